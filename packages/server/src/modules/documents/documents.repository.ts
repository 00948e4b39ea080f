import type { DocumentAttachment, DocumentTopic, DocumentType } from '@danvan/shared';
import type { Sql } from '../../db/client.js';
import { inArea, type ReportArea } from '../../reporting/computed-indicators.js';

export interface DocumentRow {
  id: number;
  unit_id: number;
  unit_name: string;
  unit_path: string;
  type: DocumentType;
  symbol: string;
  issued_on: string;
  signer: string;
  title: string;
  summary: string;
  topics: DocumentTopic[];
  role: 'issued' | 'advised';
  attachment_text: string;
  attachments: DocumentAttachment[];
}

const documentSelect = `
  SELECT d.id, d.unit_id, u.name AS unit_name, u.path::text AS unit_path, d.type, d.symbol, d.issued_on, d.signer,
         d.title, d.summary, d.topics, d.role, d.attachment_text,
         coalesce((SELECT json_agg(json_build_object('id', a.id, 'fileName', a.file_name, 'mime', a.mime, 'size', a.size, 'textStatus', a.text_status,
                                      'textNote', CASE WHEN a.text_reason IS NOT NULL THEN json_build_object('reason', a.text_reason, 'limit', a.text_limit, 'pages', a.text_pages) END) ORDER BY a.id)
                     FROM document_attachments a WHERE a.document_id = d.id), '[]') AS attachments
    FROM documents d JOIN units u ON u.id = d.unit_id`;

export interface DocumentSearch {
  /** Folded syllables of the query, all required, the last one as a prefix; empty: no text query. */
  terms: string[];
  type?: DocumentType;
  topic?: DocumentTopic;
  unitId?: number;
  from?: string;
  to?: string;
  sort: 'relevance' | 'issuedOn' | '-issuedOn' | 'symbol';
  limit: number;
  offset: number;
  /** Matches are counted up to this many; `capped` says there are more. */
  countCap: number;
  /** With relevance order, only the newest this many matches are ranked; the rest follow, newest first. */
  rankPool: number;
}

export interface DocumentSearchPage {
  ids: number[];
  total: number;
  capped: boolean;
  /** The syllables searched for, a typo replaced by its corrections: what snippets mark. */
  matchedTerms: string[];
}

/**
 * The ids of one page of a search of the transaction's scope, in order, and the count of matches up to
 * `countCap`. search_document_page() applies the scope itself (it runs as the owner so that the GIN
 * index serves the match, which it cannot under row-level security) and corrects syllables found in
 * no document; see db/functions/document_search.sql.
 */
export async function searchDocumentPage(sql: Sql, search: DocumentSearch): Promise<DocumentSearchPage> {
  const { rows } = await sql.query<DocumentSearchPage>(
    `SELECT ids, total, capped, matched_terms AS "matchedTerms" FROM search_document_page($1::text[], $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)`,
    [
      search.terms,
      search.type ?? null,
      search.topic ?? null,
      search.unitId ?? null,
      search.from ?? null,
      search.to ?? null,
      search.sort,
      search.limit,
      search.offset,
      search.countCap,
      search.rankPool,
    ],
  );
  return rows[0];
}

/** The documents with these ids that the scope shows (row-level security applies), in the ids' order. */
export async function findDocuments(sql: Sql, ids: number[]): Promise<DocumentRow[]> {
  if (ids.length === 0) return [];
  const { rows } = await sql.query<DocumentRow>(
    `${documentSelect} WHERE d.id = ANY($1::int[]) ORDER BY array_position($1::int[], d.id)`,
    [ids],
  );
  return rows;
}

/** Of these documents, the ids of those that hold the query's syllables in a row (document_phrase_query). */
export async function findPhraseMatches(sql: Sql, ids: number[], terms: string[]): Promise<Set<number>> {
  if (ids.length === 0 || terms.length < 2) return new Set();
  const { rows } = await sql.query<{ id: number }>(
    `SELECT d.id FROM documents d WHERE d.id = ANY($1::int[]) AND d.search_vector @@ document_phrase_query($2::text[])`,
    [ids, terms],
  );
  return new Set(rows.map((row) => row.id));
}

export async function findDocument(
  sql: Sql,
  id: number,
  options: { forUpdate?: boolean } = {},
): Promise<DocumentRow | null> {
  const { rows } = await sql.query<DocumentRow>(
    `${documentSelect} WHERE d.id = $1 ${options.forUpdate ? 'FOR UPDATE OF d' : ''}`,
    [id],
  );
  return rows[0] ?? null;
}

export interface DocumentValues {
  unitId: number;
  type: string;
  symbol: string;
  number: number;
  issuer: string;
  issuedOn: string;
  signer: string;
  title: string;
  summary: string;
  topics: string[];
  role: string;
}

export async function insertDocument(sql: Sql, doc: DocumentValues, createdBy: number): Promise<number> {
  const { rows } = await sql.query<{ id: number }>(
    `INSERT INTO documents (unit_id, type, symbol, doc_number, issuer_abbr, issued_on, signer, title, summary, topics, role, created_by)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12) RETURNING id`,
    [
      doc.unitId,
      doc.type,
      doc.symbol,
      doc.number,
      doc.issuer,
      doc.issuedOn,
      doc.signer,
      doc.title,
      doc.summary,
      doc.topics,
      doc.role,
      createdBy,
    ],
  );
  return rows[0].id;
}

/** Where a number/symbol is unique: issuer, type, number and year of issue (documents_symbol_key). */
export interface SymbolKey {
  issuer: string;
  type: string;
  number: number;
  year: number;
}

/**
 * Registers many documents in one statement, skipping those whose number/symbol is taken (by a
 * document of any branch: the unique index sees them all); returns the keys of those inserted.
 */
export async function insertDocuments(
  sql: Sql,
  docs: DocumentValues[],
  createdBy: number,
): Promise<(SymbolKey & { id: number })[]> {
  if (docs.length === 0) return [];
  const records = docs.map((doc, ord) => ({
    ord,
    unit_id: doc.unitId,
    type: doc.type,
    symbol: doc.symbol,
    doc_number: doc.number,
    issuer_abbr: doc.issuer,
    issued_on: doc.issuedOn,
    signer: doc.signer,
    title: doc.title,
    summary: doc.summary,
    topics: doc.topics,
    role: doc.role,
  }));
  const { rows } = await sql.query<SymbolKey & { id: number }>(
    `INSERT INTO documents (unit_id, type, symbol, doc_number, issuer_abbr, issued_on, signer, title, summary, topics, role, created_by)
     SELECT r.unit_id, r.type, r.symbol, r.doc_number, r.issuer_abbr, r.issued_on, r.signer, r.title, r.summary,
            ARRAY(SELECT jsonb_array_elements_text(r.topics)), r.role, $2
       FROM jsonb_to_recordset($1::jsonb) AS r(ord int, unit_id int, type text, symbol text, doc_number int, issuer_abbr text, issued_on date,
                                                signer text, title text, summary text, topics jsonb, role text)
      ORDER BY r.ord
     ON CONFLICT DO NOTHING
     RETURNING id, issuer_abbr AS issuer, type, doc_number AS number, extract(year FROM issued_on)::int AS year`,
    [JSON.stringify(records), createdBy],
  );
  return rows;
}

/** The documents the scope shows that hold one of these numbers/symbols. */
export async function findDocumentsBySymbolKeys(
  sql: Sql,
  keys: SymbolKey[],
): Promise<(SymbolKey & { symbol: string; unit_name: string })[]> {
  if (keys.length === 0) return [];
  const { rows } = await sql.query<SymbolKey & { symbol: string; unit_name: string }>(
    `SELECT d.issuer_abbr AS issuer, d.type, d.doc_number AS number, extract(year FROM d.issued_on)::int AS year, d.symbol, u.name AS unit_name
       FROM documents d JOIN units u ON u.id = d.unit_id
      WHERE (d.issuer_abbr, d.type, d.doc_number, extract(year FROM d.issued_on))
            IN (SELECT k.issuer, k.type, k.number, k.year FROM jsonb_to_recordset($1::jsonb) AS k(issuer text, type text, number int, year int))`,
    [JSON.stringify(keys)],
  );
  return rows;
}

/** One unit's own register (not the units under it), oldest first, issue dates optionally in a range. */
export async function findUnitRegister(
  sql: Sql,
  args: { unitId: number; from?: string; to?: string; limit: number },
): Promise<DocumentRow[]> {
  const { rows } = await sql.query<DocumentRow>(
    `${documentSelect}
      WHERE d.unit_id = $1 AND ($2::date IS NULL OR d.issued_on >= $2) AND ($3::date IS NULL OR d.issued_on <= $3)
      ORDER BY d.issued_on, d.type, d.doc_number, d.id LIMIT $4`,
    [args.unitId, args.from ?? null, args.to ?? null, args.limit],
  );
  return rows;
}

export async function updateDocument(sql: Sql, id: number, doc: DocumentValues): Promise<void> {
  await sql.query(
    `UPDATE documents SET unit_id = $2, type = $3, symbol = $4, doc_number = $5, issuer_abbr = $6, issued_on = $7, signer = $8,
            title = $9, summary = $10, topics = $11, role = $12, updated_at = now()
      WHERE id = $1`,
    [
      id,
      doc.unitId,
      doc.type,
      doc.symbol,
      doc.number,
      doc.issuer,
      doc.issuedOn,
      doc.signer,
      doc.title,
      doc.summary,
      doc.topics,
      doc.role,
    ],
  );
}

/** A new attachment, its text still to extract (text_status pending). */
export async function insertAttachment(
  sql: Sql,
  attachment: {
    documentId: number;
    fileName: string;
    mime: string;
    size: number;
    sha256: string;
    createdBy: number;
  },
): Promise<number> {
  const { rows } = await sql.query<{ id: number }>(
    `INSERT INTO document_attachments (document_id, file_name, mime, size, sha256, created_by)
     VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
    [
      attachment.documentId,
      attachment.fileName,
      attachment.mime,
      attachment.size,
      attachment.sha256,
      attachment.createdBy,
    ],
  );
  await sql.query(`UPDATE documents SET updated_at = now() WHERE id = $1`, [attachment.documentId]);
  return rows[0].id;
}

export async function findAttachment(sql: Sql, documentId: number, attachmentId: number) {
  const { rows } = await sql.query<{ file_name: string; mime: string; sha256: string; size: number }>(
    `SELECT file_name, mime, sha256, size FROM document_attachments WHERE document_id = $1 AND id = $2`,
    [documentId, attachmentId],
  );
  return rows[0] ?? null;
}

/**
 * Documents of a report's area in a period, counted in one pass: all of them, by type, and by topic
 * (a document counts once under each of its topics). What the report's document indicators take.
 */
export async function countDocumentsByTypeAndTopic(
  sql: Sql,
  args: { area: ReportArea; from: string; to: string },
): Promise<{ total: number; byType: Map<string, number>; byTopic: Map<string, number> }> {
  const { rows } = await sql.query<{ kind: 'type' | 'topic'; key: string; n: number }>(
    `WITH docs AS (
       SELECT d.type, d.topics FROM documents d JOIN units u ON u.id = d.unit_id
        WHERE ${inArea('u.path', 3)} AND d.issued_on BETWEEN $1 AND $2)
     SELECT 'type' AS kind, type AS key, count(*)::int AS n FROM docs GROUP BY type
     UNION ALL
     SELECT 'topic', topic, count(*)::int FROM docs, unnest(docs.topics) AS topic GROUP BY topic`,
    [args.from, args.to, args.area.unitPath, args.area.excludedPaths],
  );
  const byType = new Map(rows.filter((row) => row.kind === 'type').map((row) => [row.key, row.n]));
  const byTopic = new Map(rows.filter((row) => row.kind === 'topic').map((row) => [row.key, row.n]));
  return { total: [...byType.values()].reduce((sum, n) => sum + n, 0), byType, byTopic };
}

/** The highest number a unit gave a document of this type in the year (0: none yet), of what the caller sees. */
export async function findLastDocumentNumber(sql: Sql, unitId: number, type: string, year: number): Promise<number> {
  const { rows } = await sql.query<{ last: number }>(
    `SELECT coalesce(max(doc_number), 0)::int AS last FROM documents
      WHERE unit_id = $1 AND type = $2 AND issued_on >= make_date($3, 1, 1) AND issued_on < make_date($3 + 1, 1, 1)`,
    [unitId, type, year],
  );
  return rows[0].last;
}
