import {
  DOCUMENT_COUNT_CAP,
  parseDocumentSymbol,
  withCanonicalType,
  type DocumentInput,
  type DocumentList,
  type DocumentListQuery,
  type DocumentSummary,
  type EvidenceDocument,
} from '@danvan/shared';
import { authorize, can, wholeScope, type Actor } from '../../auth/authorize.js';
import type { Database, Sql } from '../../db/client.js';
import { inScope, readInScope } from '../../db/scope.js';
import { sniffDocumentType } from '../../files/file-content.js';
import { cleanFileName } from '../../files/file-name.js';
import type { FileStore } from '../../files/file-store.js';
import { AppError, invalid, notFound } from '../../http/errors.js';
import { recordAudit } from '../audit/index.js';
import { requireUnit, unitActions } from '../units/index.js';
import type { AttachmentExtraction } from './attachment-extraction.js';
import { documentActions } from './documents.policy.js';
import {
  findAttachment,
  findDocument,
  findDocuments,
  insertAttachment,
  insertDocument,
  searchDocumentPage,
  findPhraseMatches,
  updateDocument,
  type DocumentRow,
  type DocumentValues,
} from './documents.repository.js';
import { buildSnippet, queryTerms } from './snippet.js';

export const MAX_ATTACHMENT_BYTES = 20 * 1024 * 1024;
export const attachmentMessages = {
  missing: { vi: 'Chưa chọn tệp', en: 'No file given' },
  tooLarge: { vi: 'Tệp lớn hơn 20 MB', en: 'The file is larger than 20 MB' },
};

function present(
  actor: Actor,
  row: DocumentRow,
  terms: string[],
  match: DocumentSummary['match'] = null,
): DocumentSummary {
  const snippetSource = [row.summary, row.attachment_text].filter(Boolean).join(' … ');
  return {
    id: row.id,
    unitId: row.unit_id,
    unitName: row.unit_name,
    type: row.type,
    symbol: row.symbol,
    issuedOn: row.issued_on,
    signer: row.signer,
    title: row.title,
    summary: row.summary,
    topics: row.topics,
    role: row.role,
    attachments: row.attachments,
    snippet: terms.length ? (buildSnippet(snippetSource, terms) ?? buildSnippet(row.title, terms)) : null,
    match,
    abilities: { update: can(actor, documentActions.update, { path: row.unit_path }) },
  };
}

/** With relevance order, the newest this many matches are ranked: ranking every match of a broad query costs seconds. */
const RANKED_MATCHES = 200;

/**
 * Searches the register of the actor's scope: accent- and tone-placement-insensitive, with snippets.
 * Without an order given, the best match comes first while searching and the newest otherwise. The
 * count stops at DOCUMENT_COUNT_CAP; a broad query ranks its newest RANKED_MATCHES matches. A syllable
 * found in no document is read as a typo of the nearest words ("doi thaoi" finds "đối thoại").
 */
export async function listDocuments(db: Database, actor: Actor, query: DocumentListQuery): Promise<DocumentList> {
  authorize(actor, documentActions.read, wholeScope(actor));
  const terms = queryTerms(query.q ?? '');
  const sort = query.sort ?? (terms.length ? 'relevance' : '-issuedOn');
  const { page, rows, phrases } = await readInScope(db, actor.scopePath, async (sql) => {
    const found = await searchDocumentPage(sql, {
      ...query,
      sort,
      terms,
      countCap: DOCUMENT_COUNT_CAP,
      rankPool: RANKED_MATCHES,
    });
    return {
      page: found,
      rows: await findDocuments(sql, found.ids),
      phrases: await findPhraseMatches(sql, found.ids, terms),
    };
  });
  // How a search of several syllables matched each document: the phrase as typed, or its syllables apart.
  const matchOf = (id: number) => (terms.length < 2 ? null : phrases.has(id) ? 'phrase' : 'words');
  return {
    total: page.total,
    totalCapped: page.capped,
    items: rows.map((row) => present(actor, row, page.matchedTerms, matchOf(row.id))),
  };
}

async function requireDocument(
  sql: Sql,
  actor: Actor,
  id: number,
  action: string,
  options: { forUpdate?: boolean } = {},
) {
  const row = await findDocument(sql, id, options);
  if (!row) throw notFound({ vi: 'Không tìm thấy văn bản', en: 'Document not found' });
  authorize(actor, action, { path: row.unit_path });
  return row;
}

export async function getDocument(db: Database, actor: Actor, id: number): Promise<DocumentSummary> {
  return inScope(db, actor.scopePath, async (sql) =>
    present(actor, await requireDocument(sql, actor, id, documentActions.read), []),
  );
}

/** Checks that the symbol's type abbreviation agrees with the chosen type, and writes it as the catalogue does. */
function valuesOf(input: DocumentInput): DocumentValues {
  const parsed = parseDocumentSymbol(input.symbol);
  if (!parsed)
    throw invalid('body.symbol', {
      vi: 'Số, ký hiệu phải có dạng 53-KH/BDVTU',
      en: 'The number/symbol must look like 53-KH/BDVTU',
    });
  if (parsed.type.toUpperCase() !== input.type.toUpperCase()) {
    throw invalid('body.symbol', {
      vi: `Ký hiệu "${parsed.type}" không khớp loại văn bản ${input.type}`,
      en: `Symbol type "${parsed.type}" does not match document type ${input.type}`,
    });
  }
  return {
    unitId: input.unitId,
    type: input.type,
    symbol: withCanonicalType(input.symbol, input.type),
    number: parsed.number,
    issuer: parsed.issuer,
    issuedOn: input.issuedOn,
    signer: input.signer,
    title: input.title,
    summary: input.summary,
    topics: [...new Set(input.topics)],
    role: input.role,
  };
}

/** A stored document in the shape of `DocumentValues`, so audit rows compare field by field. */
function valuesOfRow(row: DocumentRow): DocumentValues {
  const parsed = parseDocumentSymbol(row.symbol);
  return {
    unitId: row.unit_id,
    type: row.type,
    symbol: row.symbol,
    number: parsed?.number ?? 0,
    issuer: parsed?.issuer ?? '',
    issuedOn: row.issued_on,
    signer: row.signer,
    title: row.title,
    summary: row.summary,
    topics: row.topics,
    role: row.role,
  };
}

const duplicateSymbol = () =>
  new AppError(
    409,
    'duplicate',
    { vi: 'Số, ký hiệu đã được dùng trong năm', en: 'This number/symbol is already used this year' },
    [
      {
        path: 'body.symbol',
        vi: 'Số, ký hiệu đã được dùng trong năm',
        en: 'This number/symbol is already used this year',
      },
    ],
  );

async function withDuplicateCheck<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if ((error as { code?: string; constraint?: string }).constraint === 'documents_symbol_key')
      throw duplicateSymbol();
    throw error;
  }
}

export async function createDocument(
  db: Database,
  actor: Actor,
  input: DocumentInput,
  ip: string,
): Promise<DocumentSummary> {
  const values = valuesOf(input);
  return withDuplicateCheck(() =>
    inScope(db, actor.scopePath, async (sql) => {
      const unit = await requireUnit(sql, actor, input.unitId, unitActions.read, { field: 'body.unitId' });
      authorize(actor, documentActions.create, unit);
      const id = await insertDocument(sql, values, actor.userId);
      await recordAudit(sql, {
        actorUserId: actor.userId,
        actorUsername: actor.username,
        unitId: unit.id,
        action: 'document.create',
        entityType: 'document',
        entityId: id,
        after: values,
        ip,
      });
      return present(actor, (await findDocument(sql, id)) as DocumentRow, []);
    }),
  );
}

export async function editDocument(
  db: Database,
  actor: Actor,
  id: number,
  input: DocumentInput,
  ip: string,
): Promise<DocumentSummary> {
  const values = valuesOf(input);
  return withDuplicateCheck(() =>
    inScope(db, actor.scopePath, async (sql) => {
      const before = await requireDocument(sql, actor, id, documentActions.update, { forUpdate: true });
      if (input.unitId !== before.unit_id) {
        const unit = await requireUnit(sql, actor, input.unitId, unitActions.read, { field: 'body.unitId' });
        authorize(actor, documentActions.update, unit);
      }
      await updateDocument(sql, id, values);
      await recordAudit(sql, {
        actorUserId: actor.userId,
        actorUsername: actor.username,
        unitId: input.unitId,
        action: 'document.update',
        entityType: 'document',
        entityId: id,
        before: valuesOfRow(before),
        after: values,
        ip,
      });
      return present(actor, (await findDocument(sql, id)) as DocumentRow, []);
    }),
  );
}

/**
 * Stores a PDF or DOCX (type checked from its bytes) and links it, its text pending: the answer does
 * not wait for the text, which `extraction` reads in the background and adds to the document's search.
 */
export async function attachFile(
  deps: { db: Database; files: FileStore; extraction: Pick<AttachmentExtraction, 'enqueue'> },
  actor: Actor,
  id: number,
  file: { fileName: string; content: Buffer },
  ip: string,
): Promise<DocumentSummary> {
  if (file.content.length === 0) throw invalid('file', { vi: 'Tệp rỗng', en: 'The file is empty' });
  if (file.content.length > MAX_ATTACHMENT_BYTES) throw invalid('file', attachmentMessages.tooLarge, 413);
  const mime = await sniffDocumentType(file.content);
  if (!mime)
    throw invalid(
      'file',
      { vi: 'Chỉ nhận tệp PDF hoặc Word (.docx)', en: 'Only PDF or Word (.docx) files are accepted' },
      415,
    );
  await inScope(deps.db, actor.scopePath, (sql) => requireDocument(sql, actor, id, documentActions.update));
  const sha256 = await deps.files.put(file.content);
  const fileName = cleanFileName(file.fileName, 'tep-dinh-kem');
  const { attachmentId, summary } = await inScope(deps.db, actor.scopePath, async (sql) => {
    const doc = await requireDocument(sql, actor, id, documentActions.update, { forUpdate: true });
    const attachmentId = await insertAttachment(sql, {
      documentId: id,
      fileName,
      mime,
      size: file.content.length,
      sha256,
      createdBy: actor.userId,
    });
    await recordAudit(sql, {
      actorUserId: actor.userId,
      actorUsername: actor.username,
      unitId: doc.unit_id,
      action: 'document.attach',
      entityType: 'document',
      entityId: id,
      after: { attachmentId, fileName, mime, size: file.content.length, sha256 },
      ip,
    });
    return { attachmentId, summary: present(actor, (await findDocument(sql, id)) as DocumentRow, []) };
  });
  deps.extraction.enqueue(attachmentId);
  return summary;
}

/** An attachment's bytes, only for users who may see its document. */
export async function readAttachment(
  deps: { db: Database; files: FileStore },
  actor: Actor,
  id: number,
  attachmentId: number,
) {
  const attachment = await inScope(deps.db, actor.scopePath, async (sql) => {
    await requireDocument(sql, actor, id, documentActions.read);
    return findAttachment(sql, id, attachmentId);
  });
  if (!attachment) throw notFound({ vi: 'Không tìm thấy tệp đính kèm', en: 'Attachment not found' });
  return { fileName: attachment.file_name, mime: attachment.mime, content: await deps.files.get(attachment.sha256) };
}

/**
 * Documents another module cites by id (a democracy checklist's evidence), in the order asked: only
 * those the reader may see (the documents' row-level security), each once.
 */
export async function citedDocuments(sql: Sql, ids: number[]): Promise<EvidenceDocument[]> {
  const rows = await findDocuments(sql, [...new Set(ids)]);
  return rows.map((doc) => ({ id: doc.id, symbol: doc.symbol, title: doc.title, issuedOn: doc.issued_on }));
}
