import { cleanVi, foldVi } from '@danvan/shared';

/** One unit read from an import file; `parentCode` null means "under the unit chosen for the import". */
export interface ImportRow {
  row: number;
  code: string | null;
  name: string | null;
  type: string | null;
  parentCode: string | null;
  /** Opening date as written in the file (`YYYY-MM-DD` or `dd/mm/yyyy`); checked when planning. */
  openedOn?: string | null;
}

export class ImportFormatError extends Error {
  constructor(
    readonly vi: string,
    readonly en: string,
  ) {
    super(en);
  }
}

// Administrative-unit prefixes of official full names, longest first so "Thành phố" wins over "Thị".
const areaPrefixes: [string, (depth: number) => string][] = [
  ['thanh pho', (depth) => (depth === 0 ? 'central_city' : 'provincial_city')],
  ['tinh', () => 'province'],
  ['quan', () => 'urban_district'],
  ['huyen', () => 'district'],
  ['thi xa', () => 'town'],
  ['thi tran', () => 'township'],
  ['phuong', () => 'ward'],
  ['xa', () => 'commune'],
  ['dac khu', () => 'special_zone'],
];

/** Unit type from an official full name such as "Phường Ba Đình" at a given depth of the tree. */
export function typeFromFullName(fullName: string, depth: number): string | null {
  const folded = foldVi(fullName);
  for (const [prefix, type] of areaPrefixes) {
    if (folded === prefix || folded.startsWith(`${prefix} `)) return type(depth);
  }
  return null;
}

const text = (value: unknown): string | null => {
  if (value === null || value === undefined) return null;
  const cleaned = cleanVi(String(value));
  return cleaned === '' ? null : cleaned;
};

interface Post2025Province {
  Code: string;
  FullName: string;
  Wards?: { Code: string; FullName: string }[] | null;
}

interface Pre2025Province {
  Code: string;
  FullName: string;
  District?: { Code: string; FullName: string; Ward?: { Code: string; FullName: string }[] | null }[] | null;
}

function fromPost2025(provinces: Post2025Province[]): ImportRow[] {
  const rows: ImportRow[] = [];
  for (const province of provinces) {
    rows.push({
      row: rows.length + 1,
      code: text(province.Code),
      name: text(province.FullName),
      type: typeFromFullName(province.FullName ?? '', 0),
      parentCode: null,
    });
    for (const ward of province.Wards ?? []) {
      rows.push({
        row: rows.length + 1,
        code: text(ward.Code),
        name: text(ward.FullName),
        type: typeFromFullName(ward.FullName ?? '', 1),
        parentCode: text(province.Code),
      });
    }
  }
  return rows;
}

function fromPre2025(provinces: Pre2025Province[]): ImportRow[] {
  const rows: ImportRow[] = [];
  for (const province of provinces) {
    rows.push({
      row: rows.length + 1,
      code: text(province.Code),
      name: text(province.FullName),
      type: typeFromFullName(province.FullName ?? '', 0),
      parentCode: null,
    });
    for (const district of province.District ?? []) {
      rows.push({
        row: rows.length + 1,
        code: text(district.Code),
        name: text(district.FullName),
        type: typeFromFullName(district.FullName ?? '', 1),
        parentCode: text(province.Code),
      });
      for (const ward of district.Ward ?? []) {
        rows.push({
          row: rows.length + 1,
          code: text(ward.Code),
          name: text(ward.FullName),
          type: typeFromFullName(ward.FullName ?? '', 2),
          parentCode: text(district.Code),
        });
      }
    }
  }
  return rows;
}

const headerAliases: Record<string, keyof Omit<ImportRow, 'row'>> = {
  code: 'code',
  ma: 'code',
  'ma don vi': 'code',
  name: 'name',
  ten: 'name',
  'ten don vi': 'name',
  type: 'type',
  loai: 'type',
  'loai don vi': 'type',
  parent_code: 'parentCode',
  parentcode: 'parentCode',
  'ma cap tren': 'parentCode',
  ma_cap_tren: 'parentCode',
  opened_on: 'openedOn',
  openedon: 'openedOn',
  'ngay thanh lap': 'openedOn',
};

const fieldForHeader = (header: string) =>
  headerAliases[foldVi(header)] ??
  headerAliases[foldVi(header).replace(/ /g, '_')] ??
  headerAliases[foldVi(header).replace(/_/g, ' ')];

function fromRecords(records: Record<string, unknown>[], firstRow: number): ImportRow[] {
  return records.map((record, index) => {
    const row: ImportRow = { row: index + firstRow, code: null, name: null, type: null, parentCode: null };
    for (const [key, value] of Object.entries(record)) {
      const field = fieldForHeader(key);
      if (field) row[field] = text(value);
    }
    return row;
  });
}

/** RFC 4180 CSV: quoted fields, doubled quotes, CRLF or LF; a leading BOM is ignored. */
export function parseCsv(content: string): string[][] {
  const records: string[][] = [];
  let field = '';
  let record: string[] = [];
  let quoted = false;
  const source = content.replace(/^\uFEFF/, '');
  for (let i = 0; i < source.length; i++) {
    const ch = source[i];
    if (quoted) {
      if (ch === '"' && source[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',' || ch === ';') {
      record.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && source[i + 1] === '\n') i++;
      record.push(field);
      if (record.some((value) => value.trim() !== '')) records.push(record);
      record = [];
      field = '';
    } else field += ch;
  }
  record.push(field);
  if (record.some((value) => value.trim() !== '')) records.push(record);
  if (quoted) throw new ImportFormatError('Tệp CSV có dấu ngoặc kép chưa đóng', 'The CSV file has an unclosed quote');
  return records;
}

/**
 * Reads an import file: the official lists (post-2025 two-tier, pre-2025 three-tier JSON),
 * a JSON array of `{code, name, type, parentCode}`, or a CSV with those columns (English or Vietnamese headers).
 */
export function parseImportFile(content: string): ImportRow[] {
  const trimmed = content.replace(/^\uFEFF/, '').trim();
  if (trimmed === '') throw new ImportFormatError('Tệp rỗng', 'The file is empty');
  if (trimmed.startsWith('[') || trimmed.startsWith('{')) {
    let data: unknown;
    try {
      data = JSON.parse(trimmed);
    } catch {
      throw new ImportFormatError('Tệp JSON không hợp lệ', 'The JSON file is not valid');
    }
    const list = Array.isArray(data) ? data : (data as { units?: unknown }).units;
    if (!Array.isArray(list) || list.some((item) => typeof item !== 'object' || item === null)) {
      throw new ImportFormatError('Tệp JSON phải là một danh sách đơn vị', 'The JSON file must be a list of units');
    }
    const first = list[0] as Record<string, unknown> | undefined;
    if (first && 'Wards' in first) return fromPost2025(list as Post2025Province[]);
    if (first && 'District' in first) return fromPre2025(list as Pre2025Province[]);
    return fromRecords(list as Record<string, unknown>[], 1);
  }
  const [header, ...body] = parseCsv(trimmed);
  const columns = header.map(fieldForHeader);
  if (!columns.includes('code') || !columns.includes('name')) {
    throw new ImportFormatError(
      'Dòng tiêu đề CSV phải có các cột code (mã), name (tên), type (loại), parent_code (mã cấp trên)',
      'The CSV header must have the columns code, name, type, parent_code',
    );
  }
  return body.map((values, index) => {
    const row: ImportRow = { row: index + 2, code: null, name: null, type: null, parentCode: null };
    columns.forEach((field, column) => {
      if (field) row[field] = text(values[column]);
    });
    return row;
  });
}
