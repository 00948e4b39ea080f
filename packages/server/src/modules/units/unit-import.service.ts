import { randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { ImportJob, ImportRejection, ImportSummary, ImportUnitsInput } from '@danvan/shared';
import { authorize, can, wholeScope, type Actor } from '../../auth/authorize.js';
import type { Database, Sql } from '../../db/client.js';
import { inScope } from '../../db/scope.js';
import { vietnamDay } from '../../time.js';
import { AppError, invalid } from '../../http/errors.js';
import { recordAudit } from '../audit/audit.service.js';
import { parseImportFile, ImportFormatError, type ImportRow } from './unit-import.parse.js';
import { unitActions } from './units.policy.js';
import {
  childPath,
  findCodesInUse,
  findOpenUnitsByCodes,
  findUnitTypes,
  insertUnitEvents,
  insertUnits,
  moveSubtree,
  reserveUnitIds,
  updateUnitNameAndCode,
  updateUnitType,
  type NewUnit,
  type UnitRow,
} from './units.repository.js';
import { requireUnit } from './units.service.js';

const referenceFiles = {
  'reference:post2025': 'post2025_34provinces_current.json',
  'reference:pre2025': 'pre2025_63provinces_v2.4.1.json',
} as const;

/** `YYYY-MM-DD` from `YYYY-MM-DD` or `dd/mm/yyyy`, or null when it is not a real calendar date. */
export function parseImportDate(value: string): string | null {
  const vi = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(value);
  const iso = vi ? `${vi[3]}-${vi[2].padStart(2, '0')}-${vi[1].padStart(2, '0')}` : value;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(iso)) return null;
  const date = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === iso ? iso : null;
}

const CODE_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]{0,39}$/;
const WRITE_CHUNK = 1000;

interface Plan {
  rows: ImportRow[];
  creates: ImportRow[];
  updates: { row: ImportRow; existing: UnitRow }[];
  unchanged: number;
  rejected: ImportRejection[];
  parent: UnitRow;
  existingByCode: Map<string, UnitRow>;
}

/** Reads the file text for an import request: uploaded content or one of the official lists. */
export async function loadImportRows(input: ImportUnitsInput, referenceDataDir: string): Promise<ImportRow[]> {
  let content = input.content;
  if (input.source !== 'file') {
    try {
      content = await readFile(path.join(referenceDataDir, referenceFiles[input.source]), 'utf8');
    } catch {
      throw invalid('body.source', {
        vi: 'Không tìm thấy dữ liệu đơn vị hành chính chuẩn trên máy chủ',
        en: 'The official administrative-unit data is not available on this server',
      });
    }
  }
  if (!content) throw invalid('body.content', { vi: 'Chưa chọn tệp', en: 'No file given' });
  try {
    const rows = parseImportFile(content);
    if (rows.length === 0) throw new ImportFormatError('Tệp không có đơn vị nào', 'The file contains no units');
    return rows;
  } catch (error) {
    if (error instanceof ImportFormatError) throw invalid('body.content', { vi: error.vi, en: error.en });
    throw error;
  }
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
async function planImport(sql: Sql, actor: Actor, parentId: number, rows: ImportRow[]): Promise<Plan> {
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

const summarise = (plan: Plan, applied: boolean): ImportSummary => ({
  total: plan.rows.length,
  created: plan.creates.length,
  updated: plan.updates.length,
  unchanged: plan.unchanged,
  rejected: plan.rejected,
  applied,
});

/** Orders rows so that every parent in the file comes before its children. */
function parentsFirst(rows: ImportRow[]): ImportRow[] {
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

type Progress = (phase: string, processed: number, total: number) => void;

async function applyPlan(sql: Sql, actor: Actor, plan: Plan, source: string, onProgress: Progress): Promise<void> {
  const total = plan.creates.length + plan.updates.length;
  const placed = new Map<string, { id: number; path: string }>();
  for (const unit of plan.existingByCode.values()) placed.set(unit.code as string, { id: unit.id, path: unit.path });
  const today = vietnamDay();

  const ordered = parentsFirst(plan.creates);
  const ids = ordered.length ? await reserveUnitIds(sql, ordered.length) : [];
  const newUnits: NewUnit[] = ordered.map((row, index) => {
    const parentUnit = row.parentCode ? (placed.get(row.parentCode) as { id: number; path: string }) : plan.parent;
    const unit = {
      id: ids[index],
      code: row.code,
      name: row.name as string,
      type: row.type as string,
      parentId: parentUnit.id,
      path: childPath(parentUnit.path, ids[index]),
      openedOn: (row.openedOn && parseImportDate(row.openedOn)) || today,
    };
    placed.set(row.code as string, unit);
    return unit;
  });
  for (let start = 0; start < newUnits.length; start += WRITE_CHUNK) {
    const chunk = newUnits.slice(start, start + WRITE_CHUNK);
    await insertUnits(sql, chunk);
    await insertUnitEvents(
      sql,
      chunk.map((unit) => ({
        unitId: unit.id,
        kind: 'imported' as const,
        effectiveOn: today,
        detail: { source },
        actorUserId: actor.userId,
      })),
    );
    onProgress('write', start + chunk.length, total);
  }

  let done = newUnits.length;
  for (const { row, existing } of plan.updates) {
    if (existing.name !== row.name) await updateUnitNameAndCode(sql, existing.id, row.name as string, existing.code);
    if (existing.type !== row.type) await updateUnitType(sql, existing.id, row.type as string);
    const target = row.parentCode ? (placed.get(row.parentCode) as { id: number; path: string }) : plan.parent;
    if (target.id !== existing.parent_id) {
      const current = await requireUnit(sql, actor, existing.id, unitActions.move);
      if (target.path.startsWith(`${current.path}.`)) {
        throw invalid(`rows.${row.row}.parentCode`, {
          vi: 'Không thể chuyển đơn vị vào đơn vị trực thuộc của nó',
          en: 'A unit cannot move under its own descendant',
        });
      }
      await moveSubtree(sql, current, target);
    }
    await insertUnitEvents(sql, [
      {
        unitId: existing.id,
        kind: 'imported',
        effectiveOn: today,
        detail: {
          source,
          from: { name: existing.name, type: existing.type, parentId: existing.parent_id },
          to: { name: row.name, type: row.type, parentId: target.id },
        },
        actorUserId: actor.userId,
      },
    ]);
    onProgress('write', ++done, total);
  }
}

const jobs = new Map<string, ImportJob & { ownerUserId: number; finishedAt?: number }>();
const JOB_TTL_MS = 60 * 60_000;

function forgetOldJobs(): void {
  const now = Date.now();
  for (const [id, job] of jobs) if (job.finishedAt && now - job.finishedAt > JOB_TTL_MS) jobs.delete(id);
}

const publicJob = ({
  ownerUserId: _owner,
  finishedAt: _finished,
  ...job
}: ImportJob & { ownerUserId: number; finishedAt?: number }): ImportJob => job;

function rejectionError(summary: ImportSummary): AppError {
  return new AppError(
    422,
    'import_rejected',
    {
      vi: `Có ${summary.rejected.length} dòng không hợp lệ; chưa nhập đơn vị nào`,
      en: `${summary.rejected.length} rows are invalid; nothing was imported`,
    },
    summary.rejected.map((r) => ({ path: `rows.${r.row}.${r.field}`, vi: r.vi, en: r.en })),
  );
}

/**
 * Checks an import now (a bad file or bad rows answer 4xx, nothing written) and, unless it is a
 * dry run, applies it in the background in one transaction, reporting progress through the job.
 */
export async function startUnitImport(
  deps: { db: Database; referenceDataDir: string },
  actor: Actor,
  input: ImportUnitsInput,
  ip: string,
): Promise<ImportJob> {
  forgetOldJobs();
  const rows = await loadImportRows(input, deps.referenceDataDir);
  const plan = await inScope(deps.db, actor.scopePath, (sql) => planImport(sql, actor, input.parentId, rows));
  const summary = summarise(plan, false);
  const id = randomUUID();
  if (input.dryRun) {
    const job = {
      id,
      status: 'done' as const,
      phase: 'checked',
      processed: rows.length,
      total: rows.length,
      summary,
      error: null,
      ownerUserId: actor.userId,
      finishedAt: Date.now(),
    };
    jobs.set(id, job);
    return publicJob(job);
  }
  if (summary.rejected.length > 0) throw rejectionError(summary);

  const job: ImportJob & { ownerUserId: number; finishedAt?: number } = {
    id,
    status: 'running',
    phase: 'write',
    processed: 0,
    total: plan.creates.length + plan.updates.length,
    summary: null,
    error: null,
    ownerUserId: actor.userId,
  };
  jobs.set(id, job);
  const source = input.source === 'file' ? (input.fileName ?? 'file') : input.source;
  const done = runImport(deps.db, actor, input.parentId, rows, source, ip, (phase, processed, total) => {
    Object.assign(job, { phase, processed, total });
  }).then(
    (finalSummary) =>
      Object.assign(job, {
        status: 'done',
        phase: 'done',
        summary: finalSummary,
        processed: job.total,
        finishedAt: Date.now(),
      }),
    (error: unknown) => {
      const messages =
        error instanceof AppError
          ? error.messages
          : { vi: 'Nhập dữ liệu thất bại, không có thay đổi nào được lưu', en: 'The import failed; nothing was saved' };
      Object.assign(job, { status: 'failed', phase: 'failed', error: messages, finishedAt: Date.now() });
    },
  );
  runningImports.add(done);
  void done.finally(() => runningImports.delete(done));
  return publicJob(job);
}

/** Imports still writing; shutdown and tests wait for them. */
export const runningImports = new Set<Promise<unknown>>();

/** Plans and applies an import in one transaction; used by the background job and by the CLI. */
export async function runImport(
  db: Database,
  actor: Actor,
  parentId: number,
  rows: ImportRow[],
  source: string,
  ip: string | null,
  onProgress: Progress,
): Promise<ImportSummary> {
  return inScope(db, actor.scopePath, async (sql) => {
    const plan = await planImport(sql, actor, parentId, rows);
    const summary = summarise(plan, true);
    if (plan.rejected.length > 0) throw rejectionError(summary);
    await applyPlan(sql, actor, plan, source, onProgress);
    await recordAudit(sql, {
      actorUserId: actor.userId,
      actorUsername: actor.username,
      unitId: plan.parent.id,
      action: 'unit.import',
      entityType: 'import',
      entityId: null,
      after: {
        source,
        total: summary.total,
        created: summary.created,
        updated: summary.updated,
        unchanged: summary.unchanged,
      },
      ip,
    });
    return summary;
  });
}

/** A job started by this user, or 404. */
export function getImportJob(actor: Actor, id: string): ImportJob {
  authorize(actor, unitActions.import, wholeScope(actor));
  const job = jobs.get(id);
  if (!job || job.ownerUserId !== actor.userId) {
    throw new AppError(404, 'not_found', { vi: 'Không tìm thấy lượt nhập dữ liệu', en: 'Import not found' });
  }
  return publicJob(job);
}
