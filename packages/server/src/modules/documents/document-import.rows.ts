import {
  documentRegisterColumns,
  documentTopics,
  documentTypeCodes,
  documentTypes,
  foldVi,
  parseDocumentSymbol,
  withCanonicalType,
  type DocumentImportProblem,
  type DocumentRegisterField,
  type DocumentTopic,
  type DocumentType,
} from '@danvan/shared';
import type { RegisterRow, RegisterSheet } from './document-register-xlsx.js';
import type { DocumentValues, SymbolKey } from './documents.repository.js';

/** A row's values as the register stores them, less the unit the import is for. */
export type RowValues = Omit<DocumentValues, 'unitId'>;

export interface CheckedRow {
  row: RegisterRow;
  values: RowValues | null;
  /** Where its number/symbol must be unique, when the row names one (even with other problems). */
  key: SymbolKey | null;
  shown: { symbol: string | null; type: string | null; issuedOn: string | null; title: string | null };
  problems: DocumentImportProblem[];
}

const folded = (text: string) =>
  foldVi(text)
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();

/** Types by abbreviation (any case; QD for QĐ), by Vietnamese name or any part of it ("quyết định"), or by English name. */
const typeByKey = new Map<string, DocumentType>();
for (const code of documentTypeCodes) {
  const { vi, en } = documentTypes[code];
  for (const name of [code, vi, en, ...vi.split(',')])
    if (!typeByKey.has(folded(name))) typeByKey.set(folded(name), code);
}

/** Topics by Vietnamese name (with or without "Công tác"), code, English name, and the short names officials use. */
const topicByKey = new Map<string, DocumentTopic>();
const topicAliases: Record<string, DocumentTopic> = {
  gpmb: 'land_clearance',
  dvk: 'skilled_mobilization',
  'dan chu': 'democracy',
  'thuc hien dan chu o co so': 'democracy',
  'dan chu co so': 'democracy',
  'du luan': 'public_opinion',
  'xay dung dang': 'party_building',
  'he thong chinh tri': 'party_building',
  'tiep dan': 'petitions',
  'don thu': 'petitions',
  'an sinh': 'social_welfare',
  'mat tran': 'mass_organisations',
  'doan the': 'mass_organisations',
};
for (const topic of Object.keys(documentTopics) as DocumentTopic[]) {
  const { vi, en } = documentTopics[topic];
  for (const name of [topic, vi, en, vi.replace(/^Công tác /u, '')]) topicByKey.set(folded(name), topic);
}
for (const [alias, topic] of Object.entries(topicAliases)) topicByKey.set(alias, topic);

/**
 * Topics of a cell, separated by ";" or "," — names that hold a comma themselves ("Tiếp dân, đơn
 * thư") are recognised by trying the longest run of pieces first.
 */
export function parseTopics(text: string): { topics: DocumentTopic[]; unknown: string[] } {
  const pieces = text
    .split(/[;,\n]/)
    .map((piece) => piece.trim())
    .filter(Boolean);
  const topics: DocumentTopic[] = [];
  const unknown: string[] = [];
  for (let i = 0; i < pieces.length;) {
    let j = pieces.length;
    for (; j > i; j--) {
      const topic = topicByKey.get(folded(pieces.slice(i, j).join(' ')));
      if (topic) {
        if (!topics.includes(topic)) topics.push(topic);
        break;
      }
    }
    if (j > i) i = j;
    else unknown.push(pieces[i++]);
  }
  return { topics, unknown };
}

/** `YYYY-MM-DD` from dd/mm/yyyy (also with - or .) or yyyy-mm-dd, or null when it is no calendar day. */
export function parseDay(text: string): string | null {
  const vi = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(text);
  const iso = vi ? `${vi[3]}-${vi[2].padStart(2, '0')}-${vi[1].padStart(2, '0')}` : text;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(iso)) return null;
  const date = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === iso ? iso : null;
}

/** `53 - kh/bdvtu` as the register writes it: `53-kh/BDVTU` (issuers are capitals; the type part is checked as written). */
export function normalizeSymbol(text: string): string {
  return text
    .normalize('NFC')
    .replace(/\s+/g, '')
    .replace(/\/.*$/u, (issuer) => issuer.toUpperCase());
}

const roleByKey = new Map<string, 'issued' | 'advised'>([
  ['ban hanh', 'issued'],
  ['issued', 'issued'],
  ['tham muu', 'advised'],
  ['advised', 'advised'],
]);

/** Before the August Revolution no register of these bodies exists: an earlier date is a typing mistake. */
const EARLIEST_DAY = '1945-01-01';

/** Checks one row on its own (the file and the register are checked by the service): its values, or what is wrong. */
export function checkRow(row: RegisterRow, sheet: RegisterSheet, latestDay: string): CheckedRow {
  const problems: DocumentImportProblem[] = [];
  const columnOf = (field: DocumentRegisterField) =>
    sheet.headers[field] ?? documentRegisterColumns.find((c) => c.field === field)?.header ?? field;
  const problem = (field: DocumentRegisterField, code: DocumentImportProblem['code'], vi: string, en: string) => {
    problems.push({
      code,
      field,
      column: columnOf(field),
      cell: row.cells[field]?.ref ?? row.cells.symbol?.ref ?? '',
      vi,
      en,
    });
  };
  const text = (field: DocumentRegisterField) => row.cells[field]?.text ?? null;
  const required = (field: DocumentRegisterField, max: number): string | null => {
    const value = text(field);
    if (!value) problem(field, 'missing', `Thiếu ${columnOf(field).toLocaleLowerCase('vi')}`, `Missing ${field}`);
    else if (value.length > max) problem(field, 'too_long', `Dài quá ${max} ký tự`, `Longer than ${max} characters`);
    else return value;
    return null;
  };

  const symbolText = text('symbol');
  const symbol = symbolText ? normalizeSymbol(symbolText) : null;
  const parsed = symbol ? parseDocumentSymbol(symbol) : null;
  if (!symbolText) problem('symbol', 'missing', 'Thiếu số, ký hiệu', 'Missing number/symbol');
  else if (!parsed)
    problem(
      'symbol',
      'invalid_symbol',
      `"${symbolText}" không đúng dạng số, ký hiệu (ví dụ 53-KH/BDVTU)`,
      `"${symbolText}" is not a number/symbol such as 53-KH/BDVTU`,
    );
  else if (parsed.number < 1)
    problem('symbol', 'invalid_number', 'Số văn bản phải từ 1 trở lên', 'The document number must be 1 or more');

  const typeText = text('type');
  const symbolType = parsed
    ? documentTypeCodes.find((code) => code.toUpperCase() === parsed.type.toUpperCase())
    : undefined;
  let type: DocumentType | undefined;
  if (typeText) {
    type = typeByKey.get(folded(typeText));
    if (!type)
      problem(
        'type',
        'unknown_type',
        `Loại văn bản "${typeText}" không có trong danh mục`,
        `Unknown document type "${typeText}"`,
      );
    else if (parsed && symbolType !== type) {
      problem(
        'symbol',
        'type_mismatch',
        `Ký hiệu "${parsed.type}" không khớp loại văn bản ${type}`,
        `Symbol type "${parsed.type}" does not match document type ${type}`,
      );
    }
  } else if (parsed) {
    type = symbolType;
    if (!type) {
      const like = typeByKey.get(folded(parsed.type));
      problem(
        'symbol',
        'unknown_type',
        like
          ? `Ký hiệu loại "${parsed.type}" phải viết là "${like}"`
          : `Ký hiệu "${parsed.type}" không phải loại văn bản nào trong danh mục; hãy ghi cột Loại`,
        like
          ? `The type abbreviation "${parsed.type}" must be written "${like}"`
          : `"${parsed.type}" is no known document type; fill in the type column`,
      );
    }
  }

  const dateCell = row.cells.issuedOn;
  const issuedOn = dateCell?.day ?? (dateCell?.text ? parseDay(dateCell.text) : null);
  if (!dateCell?.text && !dateCell?.day) problem('issuedOn', 'missing', 'Thiếu ngày ban hành', 'Missing date of issue');
  else if (!issuedOn)
    problem(
      'issuedOn',
      'invalid_date',
      `"${dateCell.text}" không phải ngày hợp lệ (dd/mm/yyyy)`,
      `"${dateCell.text}" is not a valid date (dd/mm/yyyy)`,
    );
  else if (issuedOn < EARLIEST_DAY || issuedOn > latestDay) {
    const [from, to] = [EARLIEST_DAY, latestDay].map((day) => day.split('-').reverse().join('/'));
    problem(
      'issuedOn',
      'date_out_of_range',
      `Ngày ban hành phải từ ${from} đến ${to}`,
      `The date of issue must be between ${from} and ${to}`,
    );
  }

  const title = required('title', 500);
  const signer = required('signer', 120);

  const topicText = text('topics');
  const { topics, unknown } = topicText ? parseTopics(topicText) : { topics: [], unknown: [] };
  if (unknown.length) {
    problem(
      'topics',
      'unknown_topic',
      `Chủ đề không có trong danh mục: ${unknown.map((t) => `"${t}"`).join(', ')}`,
      `Unknown topics: ${unknown.map((t) => `"${t}"`).join(', ')}`,
    );
  }

  const roleText = text('role');
  const role = roleText ? roleByKey.get(folded(roleText)) : 'issued';
  if (!role)
    problem(
      'role',
      'unknown_role',
      `Vai trò "${roleText}" phải là "Ban hành" hoặc "Tham mưu"`,
      `Role "${roleText}" must be "Ban hành" (issued) or "Tham mưu" (advised)`,
    );

  // `12-cv/KDVP1` is stored as the catalogue writes its type: `12-CV/KDVP1`.
  const canonicalSymbol = symbol && symbolType ? withCanonicalType(symbol, symbolType) : symbol;
  const shown = {
    symbol: parsed ? canonicalSymbol : symbolText,
    type: type ?? typeText,
    issuedOn: issuedOn ?? dateCell?.text ?? null,
    title: text('title'),
  };
  const symbolKey =
    parsed && type && issuedOn
      ? { issuer: parsed.issuer, type, number: parsed.number, year: Number(issuedOn.slice(0, 4)) }
      : null;
  if (problems.length || !parsed || !type || !issuedOn || !title || !signer || !role || !symbol)
    return { row, values: null, key: symbolKey, shown, problems };
  return {
    row,
    key: symbolKey,
    shown,
    problems,
    values: {
      type,
      symbol: canonicalSymbol ?? symbol,
      number: parsed.number,
      issuer: parsed.issuer,
      issuedOn,
      signer,
      title,
      summary: '',
      topics,
      role,
    },
  };
}
