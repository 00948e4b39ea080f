import type { DocumentListQuery, DocumentTopic, DocumentType } from '@danvan/shared';
import type { Sql } from '../../db/client.js';

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
  attachments: { id: number; fileName: string; mime: string; size: number }[];
}

const documentSelect = `
  SELECT d.id, d.unit_id, u.name AS unit_name, u.path::text AS unit_path, d.type, d.symbol, d.issued_on, d.signer,
         d.title, d.summary, d.topics, d.role, d.attachment_text,
         coalesce((SELECT json_agg(json_build_object('id', a.id, 'fileName', a.file_name, 'mime', a.mime, 'size', a.size) ORDER BY a.id)
                     FROM document_attachments a WHERE a.document_id = d.id), '[]') AS attachments
    FROM documents d JOIN units u ON u.id = d.unit_id`;

/**
 * A page of documents matching the filters, with the filtered total. `tsquery` is built from folded
 * syllables (AND, last one as a prefix); titles close to the query by trigrams also match, for typos.
 */
export async function searchDocuments(sql: Sql, query: DocumentListQuery & { tsquery: string | null; folded: string | null }) {
  const order = {
    relevance: 'rank DESC, d.issued_on DESC, d.id DESC',
    issuedOn: 'd.issued_on, d.id',
    '-issuedOn': 'd.issued_on DESC, d.id DESC',
    symbol: 'd.issuer_abbr, d.type, d.doc_number, d.id',
  }[query.sort];
  const { rows } = await sql.query<DocumentRow & { total: number }>(
    `WITH matched AS (
       SELECT d.id,
              CASE WHEN $1::text IS NULL THEN 0
                   ELSE ts_rank_cd(d.search_vector, to_tsquery('simple', $1)) + word_similarity($2, d.title_folded) END AS rank
         FROM documents d JOIN units u ON u.id = d.unit_id
        WHERE ($1::text IS NULL OR d.search_vector @@ to_tsquery('simple', $1) OR $2 <% d.title_folded)
          AND ($3::text IS NULL OR d.type = $3)
          AND ($4::text IS NULL OR $4 = ANY(d.topics))
          AND ($5::int IS NULL OR u.path <@ (SELECT path FROM units WHERE id = $5))
          AND ($6::date IS NULL OR d.issued_on >= $6)
          AND ($7::date IS NULL OR d.issued_on <= $7)
     ), page AS (
       SELECT m.id, count(*) OVER () AS total, row_number() OVER (ORDER BY ${order}) AS ord
         FROM matched m JOIN documents d ON d.id = m.id
        ORDER BY ${order} LIMIT $8 OFFSET $9
     )
     SELECT x.*, page.total FROM page JOIN (${documentSelect}) x ON x.id = page.id ORDER BY page.ord`,
    [query.tsquery, query.folded, query.type ?? null, query.topic ?? null, query.unitId ?? null, query.from ?? null, query.to ?? null, query.limit, query.offset],
  );
  return { total: rows[0]?.total ?? 0, rows };
}

export async function findDocument(sql: Sql, id: number, options: { forUpdate?: boolean } = {}): Promise<DocumentRow | null> {
  const { rows } = await sql.query<DocumentRow>(`${documentSelect} WHERE d.id = $1 ${options.forUpdate ? 'FOR UPDATE OF d' : ''}`, [id]);
  return rows[0] ?? null;
}

export interface DocumentValues {
  unitId: number; type: string; symbol: string; number: number; issuer: string; issuedOn: string;
  signer: string; title: string; summary: string; topics: string[]; role: string;
}

export async function insertDocument(sql: Sql, doc: DocumentValues, createdBy: number): Promise<number> {
  const { rows } = await sql.query<{ id: number }>(
    `INSERT INTO documents (unit_id, type, symbol, doc_number, issuer_abbr, issued_on, signer, title, summary, topics, role, created_by)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12) RETURNING id`,
    [doc.unitId, doc.type, doc.symbol, doc.number, doc.issuer, doc.issuedOn, doc.signer, doc.title, doc.summary, doc.topics, doc.role, createdBy],
  );
  return rows[0].id;
}

export async function updateDocument(sql: Sql, id: number, doc: DocumentValues): Promise<void> {
  await sql.query(
    `UPDATE documents SET unit_id = $2, type = $3, symbol = $4, doc_number = $5, issuer_abbr = $6, issued_on = $7, signer = $8,
            title = $9, summary = $10, topics = $11, role = $12, updated_at = now()
      WHERE id = $1`,
    [id, doc.unitId, doc.type, doc.symbol, doc.number, doc.issuer, doc.issuedOn, doc.signer, doc.title, doc.summary, doc.topics, doc.role],
  );
}

export async function insertAttachment(
  sql: Sql,
  attachment: { documentId: number; fileName: string; mime: string; size: number; sha256: string; text: string; createdBy: number },
): Promise<number> {
  const { rows } = await sql.query<{ id: number }>(
    `INSERT INTO document_attachments (document_id, file_name, mime, size, sha256, text_content, created_by)
     VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
    [attachment.documentId, attachment.fileName, attachment.mime, attachment.size, attachment.sha256, attachment.text, attachment.createdBy],
  );
  await sql.query(
    `UPDATE documents SET attachment_text = (SELECT string_agg(text_content, E'\\n\\n' ORDER BY id) FROM document_attachments WHERE document_id = $1), updated_at = now()
      WHERE id = $1`,
    [attachment.documentId],
  );
  return rows[0].id;
}

export async function findAttachment(sql: Sql, documentId: number, attachmentId: number) {
  const { rows } = await sql.query<{ file_name: string; mime: string; sha256: string; size: number }>(
    `SELECT file_name, mime, sha256, size FROM document_attachments WHERE document_id = $1 AND id = $2`,
    [documentId, attachmentId],
  );
  return rows[0] ?? null;
}

/** Documents of a subtree in a period, counted per type: what the report's document indicators take. */
export async function countDocuments(sql: Sql, args: { unitPath: string; from: string; to: string; type: string | null }): Promise<number> {
  const { rows } = await sql.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM documents d JOIN units u ON u.id = d.unit_id
      WHERE u.path <@ $1::ltree AND d.issued_on BETWEEN $2 AND $3 AND ($4::text IS NULL OR d.type = $4)`,
    [args.unitPath, args.from, args.to, args.type],
  );
  return rows[0].n;
}
