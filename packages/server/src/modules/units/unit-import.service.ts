import { randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { ImportJob, ImportSummary, ImportUnitsInput } from '@danvan/shared';
import { authorize, wholeScope, type Actor } from '../../auth/authorize.js';
import type { Database, Sql } from '../../db/client.js';
import { inScope } from '../../db/scope.js';
import { vietnamDay } from '../../time.js';
import { AppError, invalid } from '../../http/errors.js';
import { recordAudit } from '../audit/index.js';
import { parseImportFile, ImportFormatError, type ImportRow } from './unit-import.parse.js';
import { unitActions } from './units.policy.js';
import {
  childPath,
  insertUnitEvents,
  insertUnits,
  moveSubtree,
  reserveUnitIds,
  updateUnitNameAndCode,
  updateUnitType,
  type NewUnit,
} from './units.repository.js';
import { parentsFirst, parseImportDate, planImport, summarise, type Plan } from './unit-import.plan.js';
import { requireUnit } from './units.service.js';

const referenceFiles = {
  'reference:post2025': 'post2025_34provinces_current.json',
  'reference:pre2025': 'pre2025_63provinces_v2.4.1.json',
} as const;

const WRITE_CHUNK = 1000;

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
