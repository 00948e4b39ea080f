// The import's first half: every row checked against the file and the database, nothing written.
import type { ImportRejection, ImportSummary } from '@danvan/shared';
import { authorize, can, type Actor } from '../../auth/authorize.js';
import type { Sql } from '../../db/client.js';
import type { ImportRow } from './unit-import.parse.js';
import { unitActions } from './units.policy.js';
import { findCodesInUse, findOpenUnitsByCodes, findUnitTypes, type UnitRow } from './units.repository.js';
import { requireUnit } from './units.service.js';

/** `YYYY-MM-DD` from `YYYY-MM-DD` or `dd/mm/yyyy`, or null when it is not a real calendar date. */
export function parseImportDate(value: string): string | null {
  const vi = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(value);
  const iso = vi ? `${vi[3]}-${vi[2].padStart(2, '0')}-${vi[1].padStart(2, '0')}` : value;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(iso)) return null;
  const date = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === iso ? iso : null;
}

const CODE_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]{0,39}$/;

/** What an import would do: rows to create, to update and to leave, and the rows refused. */
export interface Plan {
  rows: ImportRow[];
  creates: ImportRow[];
  updates: { row: ImportRow; existing: UnitRow }[];
  unchanged: number;
  rejected: ImportRejection[];
  parent: UnitRow;
  existingByCode: Map<string, UnitRow>;
}

const reject = (row: ImportRow, field: string, vi: string, en: string): ImportRejection => ({
  row: row.row,
  code: row.code,
  name: row.name,
  field,
  vi,
  en,
});

/** Validates every row against the file and the database and decides create / update / unchanged. */
export async function planImport(sql: Sql, actor: Actor, parentId: number, rows: ImportRow[]): Promise<Plan> {
  const parent = await requireUnit(sql, actor, parentId, unitActions.import, { field: 'body.parentId' });
  authorize(actor, unitActions.createChild, parent, { field: 'body.parentId' });
  const types = new Set((await findUnitTypes(sql)).map((type) => type.code));
  const codes = rows.map((row) => row.code).filter((code): code is string => code !== null);
  // Parent codes too: a row may go under a unit that exists already and is not itself in the file.
  const parentCodes = rows.map((row) => row.parentCode).filter((code): code is string => code !== null);
  const existingByCode = new Map(
    (await findOpenUnitsByCodes(sql, [...new Set([...codes, ...parentCodes])])).map((unit) => [
      unit.code as string,
      unit,
    ]),
  );
  const inUseElsewhere = await findCodesInUse(sql, codes);

  const rejected = new Map<number, ImportRejection>();
  const firstRowOfCode = new Map<string, number>();
  for (const row of rows) {
    const problem = ((): ImportRejection | null => {
      if (!row.code) return reject(row, 'code', 'Thiếu mã đơn vị', 'Missing unit code');
      if (!CODE_PATTERN.test(row.code))
        return reject(
          row,
          'code',
          'Mã chỉ gồm chữ, số, dấu chấm, gạch (tối đa 40 ký tự)',
          'Codes use letters, digits, dots and dashes (at most 40)',
        );
      const first = firstRowOfCode.get(row.code);
      if (first !== undefined)
        return reject(row, 'code', `Mã trùng với dòng ${first}`, `Duplicate code, same as row ${first}`);
      firstRowOfCode.set(row.code, row.row);
      if (!row.name) return reject(row, 'name', 'Thiếu tên đơn vị', 'Missing unit name');
      if (row.name.length > 200) return reject(row, 'name', 'Tên dài quá 200 ký tự', 'Name longer than 200 characters');
      if (!row.type) return reject(row, 'type', 'Không xác định được loại đơn vị', 'Unknown unit type');
      if (!types.has(row.type))
        return reject(row, 'type', `Loại đơn vị "${row.type}" không tồn tại`, `Unknown unit type "${row.type}"`);
      if (inUseElsewhere.has(row.code) && !existingByCode.has(row.code)) {
        return reject(
          row,
          'code',
          'Mã đã được dùng cho đơn vị ngoài phạm vi của bạn',
          'The code belongs to a unit outside your scope',
        );
      }
      if (row.openedOn && !parseImportDate(row.openedOn)) {
        return reject(row, 'openedOn', 'Ngày thành lập phải có dạng dd/mm/yyyy', 'The opening date must be dd/mm/yyyy');
      }
      if (row.parentCode === row.code)
        return reject(row, 'parentCode', 'Đơn vị không thể trực thuộc chính nó', 'A unit cannot be its own parent');
      return null;
    })();
    if (problem) rejected.set(row.row, problem);
  }

  // Parents: a row of the file (seen before or after) or an open unit already in scope.
  // Rejected rows stay in the map (first row of each code) so their children say why.
  const rowByCode = new Map<string, ImportRow>();
  for (const row of rows) if (row.code && !rowByCode.has(row.code)) rowByCode.set(row.code, row);
  const parentRejected = (row: ImportRow, seen = new Set<number>()): ImportRejection | null => {
    if (!row.parentCode) return null;
    const parentRow = rowByCode.get(row.parentCode);
    if (!parentRow) {
      if (existingByCode.has(row.parentCode)) return null;
      return reject(
        row,
        'parentCode',
        `Không tìm thấy đơn vị cấp trên "${row.parentCode}"`,
        `Parent unit "${row.parentCode}" not found`,
      );
    }
    if (seen.has(parentRow.row))
      return reject(row, 'parentCode', 'Quan hệ cấp trên tạo thành vòng lặp', 'Parent relations form a cycle');
    seen.add(row.row);
    if (rejected.has(parentRow.row) || parentRejected(parentRow, seen)) {
      return reject(
        row,
        'parentCode',
        `Đơn vị cấp trên (dòng ${parentRow.row}) bị từ chối`,
        `Parent row ${parentRow.row} was rejected`,
      );
    }
    return null;
  };
  for (const row of rows) {
    if (rejected.has(row.row)) continue;
    const problem = parentRejected(row);
    if (problem) rejected.set(row.row, problem);
  }

  const creates: ImportRow[] = [];
  const updates: Plan['updates'] = [];
  let unchanged = 0;
  for (const row of rows) {
    if (rejected.has(row.row)) continue;
    const existing = existingByCode.get(row.code as string);
    if (!existing) {
      creates.push(row);
      continue;
    }
    const wantedParentId = row.parentCode ? existingByCode.get(row.parentCode)?.id : parent.id;
    const moves = wantedParentId !== undefined ? wantedParentId !== existing.parent_id : true;
    if (existing.name !== row.name || existing.type !== row.type || moves) {
      // An import changes existing units only where the importer could have renamed or moved them by hand.
      if (!can(actor, unitActions.update, existing) || (moves && !can(actor, unitActions.move, existing))) {
        rejected.set(
          row.row,
          reject(row, 'code', 'Bạn không có quyền sửa hoặc chuyển đơn vị này', 'You may not change or move this unit'),
        );
        continue;
      }
      updates.push({ row, existing });
    } else unchanged++;
  }
  return {
    rows,
    creates,
    updates,
    unchanged,
    rejected: [...rejected.values()].sort((a, b) => a.row - b.row),
    parent,
    existingByCode,
  };
}

export const summarise = (plan: Plan, applied: boolean): ImportSummary => ({
  total: plan.rows.length,
  created: plan.creates.length,
  updated: plan.updates.length,
  unchanged: plan.unchanged,
  rejected: plan.rejected,
  applied,
});

/** Orders rows so that every parent in the file comes before its children. */
export function parentsFirst(rows: ImportRow[]): ImportRow[] {
  const byCode = new Map(rows.map((row) => [row.code as string, row]));
  const depth = new Map<ImportRow, number>();
  const depthOf = (row: ImportRow): number => {
    const known = depth.get(row);
    if (known !== undefined) return known;
    const parentRow = row.parentCode ? byCode.get(row.parentCode) : undefined;
    const value = parentRow ? depthOf(parentRow) + 1 : 0;
    depth.set(row, value);
    return value;
  };
  return [...rows].sort((a, b) => depthOf(a) - depthOf(b) || a.row - b.row);
}
