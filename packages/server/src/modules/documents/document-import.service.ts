import {
  DOCUMENT_IMPORT_MAX_BYTES,
  DOCUMENT_IMPORT_MAX_ROWS,
  type DocumentImportProblem,
  type DocumentImportResult,
  type DocumentRegisterQuery,
} from '@danvan/shared';
import { authorize, type Actor } from '../../auth/authorize.js';
import type { Database, Sql } from '../../db/client.js';
import { inScope } from '../../db/scope.js';
import { AppError, invalid } from '../../http/errors.js';
import { vietnamDay } from '../../time.js';
import { recordAudit } from '../audit/index.js';
import { requireUnit, unitActions } from '../units/index.js';
import { checkRow, type CheckedRow } from './document-import.rows.js';
import {
  readRegisterXlsx,
  registerFileError,
  renderRegisterXlsx,
  type RegisterSheet,
} from './document-register-xlsx.js';
import { documentActions } from './documents.policy.js';
import {
  findDocumentsBySymbolKeys,
  findUnitRegister,
  insertDocuments,
  type SymbolKey,
} from './documents.repository.js';

export const registerUploadMessages = {
  missing: { vi: 'Chưa chọn tệp Excel (.xlsx)', en: 'No Excel (.xlsx) file given' },
  tooLarge: { vi: 'Tệp lớn hơn 5 MB', en: 'The file is larger than 5 MB' },
};

/** Documents written per statement: progress is reported after each. */
const WRITE_CHUNK = 500;
/** Rows an export holds at most. */
const EXPORT_LIMIT = 20_000;

export type ImportProgress = (phase: 'write' | 'audit', processed: number, total: number) => void;

const keyText = (key: SymbolKey) => `${key.issuer}|${key.type}|${key.number}|${key.year}`;
/** A problem's place in its row, by the column letters of its cell ("B12" before "AA12"). */
const columnOrder = (problem: DocumentImportProblem) => {
  const letters = /^[A-Z]+/.exec(problem.cell)?.[0] ?? '';
  return [...letters].reduce((n, letter) => n * 26 + letter.charCodeAt(0) - 64, 0);
};

/** The unit an import registers for: in the actor's scope (404 otherwise) and one they may record documents for (403). */
async function requireRegisterUnit(sql: Sql, actor: Actor, unitId: number, action: string) {
  const unit = await requireUnit(sql, actor, unitId, unitActions.read, { field: 'query.unitId' });
  authorize(actor, action, unit);
  return unit;
}

/**
 * An uploaded register file: the unit is checked before the workbook is parsed (the unit must be in
 * scope and writable by the actor), then the rows are checked and, unless it is a dry run, imported.
 */
export async function importRegisterUpload(
  db: Database,
  actor: Actor,
  input: { unitId: number; file: { fileName: string; content: Buffer }; dryRun: boolean; ip: string },
): Promise<DocumentImportResult> {
  await inScope(db, actor.scopePath, (sql) => requireRegisterUnit(sql, actor, input.unitId, documentActions.create));
  const sheet = await readRegisterFile(input.file.content);
  return importDocumentRegister(db, actor, { ...input, fileName: input.file.fileName, sheet });
}

/** Reads the uploaded workbook's register rows; a file that is empty, too large or no register is refused whole. */
export async function readRegisterFile(content: Buffer): Promise<RegisterSheet> {
  if (content.length === 0) throw invalid('file', { vi: 'Tệp rỗng', en: 'The file is empty' });
  if (content.length > DOCUMENT_IMPORT_MAX_BYTES) throw invalid('file', registerUploadMessages.tooLarge, 413);
  return readRegisterXlsx(content, DOCUMENT_IMPORT_MAX_ROWS);
}

/** The last acceptable date of issue: a year from today (a register may note documents planned ahead). */
function latestDay(): string {
  const [y, m, d] = vietnamDay().split('-');
  return `${Number(y) + 1}-${m}-${d}`;
}

/** Every row checked on its own, against the rows above it, and against the register the scope shows. */
async function checkRows(sql: Sql, sheet: RegisterSheet): Promise<CheckedRow[]> {
  const latest = latestDay();
  const checked = sheet.rows.map((row) => checkRow(row, sheet, latest));
  const duplicate = (item: CheckedRow, code: DocumentImportProblem['code'], vi: string, en: string) => {
    item.problems.push({
      code,
      field: 'symbol',
      column: sheet.headers.symbol ?? 'Số, ký hiệu',
      cell: item.row.cells.symbol?.ref ?? '',
      vi,
      en,
    });
    item.values = null;
  };
  const firstRow = new Map<string, number>();
  const repeated = new Set<CheckedRow>();
  for (const item of checked) {
    if (!item.key) continue;
    const first = firstRow.get(keyText(item.key));
    if (first === undefined) firstRow.set(keyText(item.key), item.row.row);
    else {
      repeated.add(item);
      duplicate(
        item,
        'duplicate_in_file',
        `Trùng số, ký hiệu với dòng ${first} (cùng năm)`,
        `Same number/symbol as row ${first} (same year)`,
      );
    }
  }
  const keys = checked.flatMap((item) => (item.key ? [item.key] : []));
  const registered = new Map((await findDocumentsBySymbolKeys(sql, keys)).map((doc) => [keyText(doc), doc]));
  for (const item of checked) {
    const existing = item.key && !repeated.has(item) && registered.get(keyText(item.key));
    if (existing) {
      duplicate(
        item,
        'already_registered',
        `Số, ký hiệu ${existing.symbol} đã có trong sổ năm ${existing.year} (${existing.unit_name})`,
        `${existing.symbol} is already registered for ${existing.year} (${existing.unit_name})`,
      );
    }
  }
  for (const item of checked) item.problems.sort((a, b) => columnOrder(a) - columnOrder(b));
  return checked;
}

function resultOf(
  unit: { id: number; name: string },
  fileName: string,
  checked: CheckedRow[],
  imported: number,
): DocumentImportResult {
  const valid = checked.filter((item) => item.values).length;
  return {
    unitId: unit.id,
    unitName: unit.name,
    fileName,
    total: checked.length,
    valid,
    rejected: checked.length - valid,
    imported,
    applied: imported > 0,
    rows: checked.map((item) => ({
      row: item.row.row,
      ...item.shown,
      ok: item.values !== null,
      problems: item.problems,
    })),
  };
}

function rejectionError(checked: CheckedRow[]): AppError {
  const bad = checked.filter((item) => !item.values);
  return new AppError(
    422,
    'import_rejected',
    {
      vi: `Có ${bad.length} dòng không hợp lệ; chưa nhập văn bản nào`,
      en: `${bad.length} rows are invalid; nothing was imported`,
    },
    bad.flatMap((item) =>
      item.problems.map((p) => ({
        path: `rows.${item.row.row}.${p.field}`,
        vi: `${p.cell}: ${p.vi}`,
        en: `${p.cell}: ${p.en}`,
      })),
    ),
  );
}

/**
 * Checks a register file against the unit's register and, unless it is a dry run, registers every
 * row for the unit in one transaction: all or nothing, a rejected row (or a number/symbol another
 * branch took meanwhile) imports none. Each document gets its audit row, as if entered by hand.
 */
export async function importDocumentRegister(
  db: Database,
  actor: Actor,
  input: {
    unitId: number;
    fileName: string;
    sheet: RegisterSheet;
    dryRun: boolean;
    ip: string | null;
    onProgress?: ImportProgress;
  },
): Promise<DocumentImportResult> {
  return inScope(db, actor.scopePath, async (sql) => {
    const unit = await requireRegisterUnit(sql, actor, input.unitId, documentActions.create);
    const checked = await checkRows(sql, input.sheet);
    if (input.dryRun) return resultOf(unit, input.fileName, checked, 0);
    if (checked.length === 0) throw registerFileError('Tệp không có dòng văn bản nào', 'The file has no document rows');
    if (checked.some((item) => !item.values)) throw rejectionError(checked);

    const ready = checked.flatMap((item) =>
      item.values && item.key ? [{ item, key: keyText(item.key), doc: { ...item.values, unitId: unit.id } }] : [],
    );
    const inserted = new Map<string, number>();
    for (let start = 0; start < ready.length; start += WRITE_CHUNK) {
      const chunk = ready.slice(start, start + WRITE_CHUNK).map((entry) => entry.doc);
      for (const row of await insertDocuments(sql, chunk, actor.userId)) inserted.set(keyText(row), row.id);
      input.onProgress?.('write', start + chunk.length, ready.length);
    }
    // A number/symbol taken by a document this scope cannot see: skipped by the unique index.
    const taken = ready.filter((entry) => !inserted.has(entry.key));
    if (taken.length) {
      for (const { item } of taken) {
        item.problems.push({
          code: 'already_registered',
          field: 'symbol',
          column: input.sheet.headers.symbol ?? 'Số, ký hiệu',
          cell: item.row.cells.symbol?.ref ?? '',
          vi: 'Số, ký hiệu đã được dùng trong năm',
          en: 'This number/symbol is already used this year',
        });
        item.values = null;
      }
      throw rejectionError(checked);
    }
    for (const [index, { item, key, doc }] of ready.entries()) {
      await recordAudit(sql, {
        actorUserId: actor.userId,
        actorUsername: actor.username,
        unitId: unit.id,
        action: 'document.import',
        entityType: 'document',
        entityId: inserted.get(key) as number,
        after: { ...doc, fileName: input.fileName, row: item.row.row },
        ip: input.ip,
      });
      if ((index + 1) % WRITE_CHUNK === 0 || index + 1 === ready.length)
        input.onProgress?.('audit', index + 1, ready.length);
    }
    return resultOf(unit, input.fileName, checked, ready.length);
  });
}

/** One unit's register as the import reads it, for those who may read the unit's documents. */
export async function exportDocumentRegister(
  db: Database,
  actor: Actor,
  query: DocumentRegisterQuery,
): Promise<{ fileName: string; content: Buffer }> {
  const { unit, rows } = await inScope(db, actor.scopePath, async (sql) => {
    const found = await requireRegisterUnit(sql, actor, query.unitId, documentActions.read);
    return {
      unit: found,
      rows: await findUnitRegister(sql, { unitId: found.id, from: query.from, to: query.to, limit: EXPORT_LIMIT }),
    };
  });
  const content = await renderRegisterXlsx({
    unitName: unit.name,
    from: query.from,
    to: query.to,
    documents: rows.map((row) => ({
      symbol: row.symbol,
      issuedOn: row.issued_on,
      title: row.title,
      signer: row.signer,
      type: row.type,
      topics: row.topics,
      role: row.role,
    })),
  });
  const period = [query.from, query.to].filter(Boolean).join('_');
  return { fileName: `so-van-ban-di-${unit.code ?? unit.id}${period ? `-${period}` : ''}.xlsx`, content };
}
