import type { ChecklistItem, ChecklistItemInput, ChecklistItemUpdate } from '@danvan/shared';
import { authorize, wholeScope, type Actor } from '../../auth/authorize.js';
import type { Database } from '../../db/client.js';
import { inScope } from '../../db/scope.js';
import { conflict, invalid, notFound } from '../../http/errors.js';
import { recordAudit } from '../audit/index.js';
import { democracyActions } from './democracy.policy.js';
import {
  checklistCodeExists,
  copyChecklist,
  findChecklist,
  findChecklistItem,
  findChecklistYears,
  insertChecklistItem,
  updateChecklistItem,
} from './democracy.repository.js';

/** The checklist of a year (danh mục), national and kept by the admins. */
export async function getChecklist(
  db: Database,
  actor: Actor,
  year: number,
): Promise<{ years: number[]; items: ChecklistItem[] }> {
  authorize(actor, democracyActions.read, wholeScope(actor));
  return inScope(db, actor.scopePath, async (sql) => ({
    years: await findChecklistYears(sql),
    items: await findChecklist(sql, year),
  }));
}

/** Adds an item to a year's checklist; assessments of that year ask for it from now on. */
export async function addChecklistItem(
  db: Database,
  actor: Actor,
  input: ChecklistItemInput,
  ip: string,
): Promise<ChecklistItem> {
  authorize(actor, democracyActions.manageChecklist, wholeScope(actor));
  return inScope(db, actor.scopePath, async (sql) => {
    if (await checklistCodeExists(sql, input.year, input.code)) {
      throw conflict(
        'duplicate',
        {
          vi: `Mã nội dung đã có trong danh mục năm ${input.year}`,
          en: `The code exists in the ${input.year} checklist`,
        },
        'body.code',
      );
    }
    const id = await insertChecklistItem(sql, input);
    await recordAudit(sql, {
      actorUserId: actor.userId,
      actorUsername: actor.username,
      unitId: actor.scopeUnitId,
      action: 'democracy.checklist_add',
      entityType: 'democracy_checklist_item',
      entityId: id,
      after: input,
      ip,
    });
    return (await findChecklistItem(sql, id)) as ChecklistItem;
  });
}

/** Changes an item's wording or group, or retires it (answers already given are kept). */
export async function changeChecklistItem(
  db: Database,
  actor: Actor,
  id: number,
  input: ChecklistItemUpdate,
  ip: string,
): Promise<ChecklistItem> {
  authorize(actor, democracyActions.manageChecklist, wholeScope(actor));
  return inScope(db, actor.scopePath, async (sql) => {
    const before = await findChecklistItem(sql, id);
    if (!before) throw notFound({ vi: 'Không tìm thấy nội dung trong danh mục', en: 'Checklist item not found' });
    await updateChecklistItem(sql, id, input);
    const action =
      before.retired === input.retired
        ? 'democracy.checklist_update'
        : input.retired
          ? 'democracy.checklist_retire'
          : 'democracy.checklist_restore';
    await recordAudit(sql, {
      actorUserId: actor.userId,
      actorUsername: actor.username,
      unitId: actor.scopeUnitId,
      action,
      entityType: 'democracy_checklist_item',
      entityId: id,
      before,
      after: input,
      ip,
    });
    return (await findChecklistItem(sql, id)) as ChecklistItem;
  });
}

export async function copyChecklistToYear(db: Database, actor: Actor, fromYear: number, toYear: number, ip: string) {
  authorize(actor, democracyActions.manageChecklist, wholeScope(actor));
  return inScope(db, actor.scopePath, async (sql) => {
    if ((await findChecklist(sql, toYear)).length > 0) {
      throw conflict(
        'checklist_exists',
        { vi: `Đã có danh mục năm ${toYear}`, en: `The ${toYear} checklist exists` },
        'body.toYear',
      );
    }
    const copied = await copyChecklist(sql, fromYear, toYear);
    if (copied === 0)
      throw invalid('body.fromYear', { vi: `Không có danh mục năm ${fromYear}`, en: `No checklist for ${fromYear}` });
    await recordAudit(sql, {
      actorUserId: actor.userId,
      actorUsername: actor.username,
      unitId: actor.scopeUnitId,
      action: 'democracy.checklist_copy',
      entityType: 'democracy_checklist_item',
      entityId: String(toYear),
      after: { fromYear, toYear, copied },
      ip,
    });
    return { year: toYear, copied };
  });
}
