import { z } from 'zod';
import { idSchema } from '../ids.js';

/**
 * The outgoing-document register (sổ văn bản đi) as officials keep it in Excel: one row per
 * document, these columns in any order under a header row. What the export writes and the import reads.
 */
export const documentRegisterColumns = [
  { field: 'symbol', header: 'Số, ký hiệu', required: true },
  { field: 'issuedOn', header: 'Ngày ban hành', required: true },
  { field: 'title', header: 'Trích yếu', required: true },
  { field: 'signer', header: 'Người ký', required: true },
  { field: 'type', header: 'Loại', required: false },
  { field: 'topics', header: 'Chủ đề', required: false },
  { field: 'role', header: 'Vai trò', required: false },
] as const;
export type DocumentRegisterField = (typeof documentRegisterColumns)[number]['field'];

/** Rows and bytes one import takes: a busy board registers a few hundred documents a year. */
export const DOCUMENT_IMPORT_MAX_ROWS = 5_000;
export const DOCUMENT_IMPORT_MAX_BYTES = 5 * 1024 * 1024;

const booleanFlag = z.enum(['true', 'false']).transform((value) => value === 'true');

/** `POST /api/documents/import?unitId=…&dryRun=…` with the .xlsx as multipart field "file"; a dry run unless told otherwise. */
export const documentImportQuery = z.object({
  unitId: idSchema,
  dryRun: booleanFlag.default(true),
});
export type DocumentImportQuery = z.infer<typeof documentImportQuery>;

/** `GET /api/documents/register.xlsx`: one unit's register, optionally for issue dates in a range. */
export const documentRegisterQuery = z.object({
  unitId: idSchema,
  from: z.iso.date().optional(),
  to: z.iso.date().optional(),
});
export type DocumentRegisterQuery = z.infer<typeof documentRegisterQuery>;

export const documentImportProblemCodes = [
  'missing',
  'too_long',
  'invalid_symbol',
  'invalid_number',
  'unknown_type',
  'type_mismatch',
  'invalid_date',
  'date_out_of_range',
  'unknown_topic',
  'unknown_role',
  'duplicate_in_file',
  'already_registered',
] as const;

/** What is wrong with one cell of a row: its column as the file names it and the cell ("B12"). */
export interface DocumentImportProblem {
  code: (typeof documentImportProblemCodes)[number];
  field: DocumentRegisterField;
  column: string;
  cell: string;
  vi: string;
  en: string;
}

/** One data row of the file as read, with its problems; `ok` rows are what an import registers. */
export interface DocumentImportRow {
  /** The row number in the worksheet, as the official sees it in Excel. */
  row: number;
  symbol: string | null;
  type: string | null;
  issuedOn: string | null;
  title: string | null;
  ok: boolean;
  problems: DocumentImportProblem[];
}

export interface DocumentImportResult {
  unitId: number;
  unitName: string;
  fileName: string;
  /** Data rows read (empty rows are skipped). */
  total: number;
  valid: number;
  rejected: number;
  /** Documents registered: 0 for a dry run or when any row is rejected (all or nothing). */
  imported: number;
  applied: boolean;
  rows: DocumentImportRow[];
}
