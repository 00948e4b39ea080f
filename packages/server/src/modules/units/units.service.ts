import type {
  CloseUnitInput,
  CreateUnitInput,
  MoveUnitInput,
  RenameUnitInput,
  Unit,
  UnitDetail,
  UnitDocumentNamesInput,
} from '@danvan/shared';
import { authorize, can, wholeScope, type Actor } from '../../auth/authorize.js';
import type { Database, Sql } from '../../db/client.js';
import { inScope, readInScope } from '../../db/scope.js';
import { vietnamDay } from '../../time.js';
import { AppError, conflict, invalid, notFound } from '../../http/errors.js';
import { recordAudit } from '../audit/index.js';
import { unitActions } from './units.policy.js';
import {
  childPath,
  closeUnitRow,
  countChildrenAndUsers,
  findAncestors,
  findUnitById,
  findUnitEvents,
  findUnits,
  findLeadingBodiesAbove,
  findUnitTypeNames,
  findUnitTypes,
  updateUnitDocumentNames,
  insertUnitEvents,
  insertUnits,
  moveSubtree,
  reserveUnitIds,
  unitTypeExists,
  updateUnitNameAndCode,
  type UnitRow,
} from './units.repository.js';

export function presentUnit(actor: Actor, row: UnitRow): Unit {
  return {
    id: row.id,
    code: row.code,
    name: row.name,
    type: row.type,
    parentId: row.parent_id,
    path: row.path,
    depth: row.depth,
    openedOn: row.opened_on,
    closedOn: row.closed_on,
    shortName: row.short_name,
    abbreviation: row.abbreviation,
    abilities: {
      update: can(actor, unitActions.update, row),
      move: can(actor, unitActions.move, row),
      close: can(actor, unitActions.close, row),
      createChild: can(actor, unitActions.createChild, row),
    },
  };
}

/** A unit the actor may see, or 404: RLS hides out-of-scope rows, the policy checks the role. */
export async function requireUnit(
  sql: Sql,
  actor: Actor,
  id: number,
  action: string,
  options: { forUpdate?: boolean; field?: string } = {},
): Promise<UnitRow> {
  const row = await findUnitById(sql, id, options);
  if (!row) {
    if (options.field) {
      throw new AppError(404, 'not_found', { vi: 'Không tìm thấy đơn vị', en: 'Unit not found' }, [
        { path: options.field, vi: 'Không tìm thấy đơn vị', en: 'Unit not found' },
      ]);
    }
    throw notFound({ vi: 'Không tìm thấy đơn vị', en: 'Unit not found' });
  }
  authorize(actor, action, row, { field: options.field });
  return row;
}

export async function listUnits(
  db: Database,
  actor: Actor,
  options: { query?: string; includeClosed: boolean },
): Promise<Unit[]> {
  authorize(actor, unitActions.read, wholeScope(actor));
  const rows = await readInScope(db, actor.scopePath, (sql) => findUnits(sql, options));
  return rows.map((row) => presentUnit(actor, row));
}

export async function getUnitDetail(db: Database, actor: Actor, id: number): Promise<UnitDetail> {
  return inScope(db, actor.scopePath, async (sql) => {
    const row = await requireUnit(sql, actor, id, unitActions.read);
    // One transaction is one connection: its queries run one after another.
    const ancestors = await findAncestors(sql, row.path);
    const counts = await countChildrenAndUsers(sql, row.id);
    const events = await findUnitEvents(sql, row.id);
    return {
      ...presentUnit(actor, row),
      ancestors,
      childCount: counts.children,
      userCount: counts.users,
      events: events.map((event) => ({
        kind: event.kind,
        effectiveOn: event.effective_on,
        detail: event.detail,
        at: event.at.toISOString(),
        actor: event.actor,
      })),
    };
  });
}

export function listUnitTypes(db: Database, actor: Actor) {
  return inScope(db, actor.scopePath, findUnitTypes);
}

/** The leading bodies of the area above a unit in the caller's scope, names and types only. */
export const leadingBodiesAbove = (sql: Sql, unitId: number) => findLeadingBodiesAbove(sql, unitId);

/** Vietnamese names of unit types by code ("ward" → "Phường"). */
export const unitTypeNames = (sql: Sql, codes: string[]) => findUnitTypeNames(sql, codes);

/** A unit type named by a request, at `field` (a unit's type, a round's reporting unit types): 400 when it does not exist. */
export async function requireUnitType(sql: Sql, type: string, field = 'body.type'): Promise<void> {
  if (!(await unitTypeExists(sql, type))) {
    throw invalid(field, { vi: `Loại đơn vị "${type}" không tồn tại`, en: `Unknown unit type "${type}"` });
  }
}

const auditOf = (actor: Actor, ip: string) => ({ actorUserId: actor.userId, actorUsername: actor.username, ip });

/** Creates a unit under a parent in the actor's scope. */
export async function createUnit(db: Database, actor: Actor, input: CreateUnitInput, ip: string): Promise<Unit> {
  return inScope(db, actor.scopePath, async (sql) => {
    const parent = await requireUnit(sql, actor, input.parentId, unitActions.createChild, {
      forUpdate: true,
      field: 'body.parentId',
    });
    await requireUnitType(sql, input.type);
    const [id] = await reserveUnitIds(sql, 1);
    const openedOn = input.openedOn ?? vietnamDay();
    await insertUnits(sql, [
      {
        id,
        code: input.code ?? null,
        name: input.name,
        type: input.type,
        parentId: parent.id,
        path: childPath(parent.path, id),
        openedOn,
      },
    ]);
    await insertUnitEvents(sql, [
      {
        unitId: id,
        kind: 'created',
        effectiveOn: openedOn,
        detail: { name: input.name, parentId: parent.id },
        actorUserId: actor.userId,
      },
    ]);
    const created = (await findUnitById(sql, id)) as UnitRow;
    await recordAudit(sql, {
      ...auditOf(actor, ip),
      unitId: id,
      action: 'unit.create',
      entityType: 'unit',
      entityId: id,
      after: created,
    });
    return presentUnit(actor, created);
  });
}

export async function renameUnit(
  db: Database,
  actor: Actor,
  id: number,
  input: RenameUnitInput,
  ip: string,
): Promise<Unit> {
  return inScope(db, actor.scopePath, async (sql) => {
    const before = await requireUnit(sql, actor, id, unitActions.update, { forUpdate: true });
    const code = input.code === undefined ? before.code : input.code;
    await updateUnitNameAndCode(sql, id, input.name, code);
    await insertUnitEvents(sql, [
      {
        unitId: id,
        kind: 'renamed',
        effectiveOn: input.effectiveOn,
        detail: { from: { name: before.name, code: before.code }, to: { name: input.name, code } },
        actorUserId: actor.userId,
      },
    ]);
    const after = (await findUnitById(sql, id)) as UnitRow;
    await recordAudit(sql, {
      ...auditOf(actor, ip),
      unitId: id,
      action: 'unit.rename',
      entityType: 'unit',
      entityId: id,
      before,
      after,
    });
    return presentUnit(actor, after);
  });
}

/** Sets the customary names of a unit's documents: the short name under its superior body and the symbol's abbreviation. */
export async function setUnitDocumentNames(
  db: Database,
  actor: Actor,
  id: number,
  input: UnitDocumentNamesInput,
  ip: string,
): Promise<Unit> {
  return inScope(db, actor.scopePath, async (sql) => {
    const before = await requireUnit(sql, actor, id, unitActions.update, { forUpdate: true });
    await updateUnitDocumentNames(sql, id, input);
    const after = (await findUnitById(sql, id)) as UnitRow;
    await recordAudit(sql, {
      ...auditOf(actor, ip),
      unitId: id,
      action: 'unit.documentNames',
      entityType: 'unit',
      entityId: id,
      before,
      after,
    });
    return presentUnit(actor, after);
  });
}

/** Moves a unit and its whole subtree under a new parent; refuses cycles. */
export async function moveUnit(
  db: Database,
  actor: Actor,
  id: number,
  input: MoveUnitInput,
  ip: string,
): Promise<Unit> {
  return inScope(db, actor.scopePath, async (sql) => {
    const before = await requireUnit(sql, actor, id, unitActions.move, { forUpdate: true });
    const parent = await requireUnit(sql, actor, input.parentId, unitActions.createChild, {
      forUpdate: true,
      field: 'body.parentId',
    });
    if (parent.path === before.path || parent.path.startsWith(`${before.path}.`)) {
      throw invalid('body.parentId', {
        vi: 'Không thể chuyển đơn vị vào chính nó hoặc đơn vị trực thuộc của nó',
        en: 'A unit cannot be moved under itself or one of its descendants',
      });
    }
    if (parent.id === before.parent_id) {
      throw invalid('body.parentId', {
        vi: 'Đơn vị đã trực thuộc đơn vị này',
        en: 'The unit is already under this parent',
      });
    }
    await moveSubtree(sql, before, parent);
    await insertUnitEvents(sql, [
      {
        unitId: id,
        kind: 'moved',
        effectiveOn: input.effectiveOn,
        detail: { fromParentId: before.parent_id, toParentId: parent.id },
        actorUserId: actor.userId,
      },
    ]);
    const after = (await findUnitById(sql, id)) as UnitRow;
    await recordAudit(sql, {
      ...auditOf(actor, ip),
      unitId: id,
      action: 'unit.move',
      entityType: 'unit',
      entityId: id,
      before,
      after,
    });
    return presentUnit(actor, after);
  });
}

/** Closes a unit with an effective date; it stays in history. Open child units must be moved or closed first. */
export async function closeUnit(
  db: Database,
  actor: Actor,
  id: number,
  input: CloseUnitInput,
  ip: string,
): Promise<Unit> {
  return inScope(db, actor.scopePath, async (sql) => {
    const before = await requireUnit(sql, actor, id, unitActions.close, { forUpdate: true });
    if (before.opened_on && input.closedOn < before.opened_on) {
      throw invalid('body.closedOn', {
        vi: 'Ngày giải thể trước ngày thành lập',
        en: 'The closing date is before the opening date',
      });
    }
    const counts = await countChildrenAndUsers(sql, id);
    if (counts.openChildren > 0) {
      throw conflict(
        'unit_has_children',
        {
          vi: `Đơn vị còn ${counts.openChildren} đơn vị trực thuộc đang hoạt động; hãy chuyển hoặc giải thể trước`,
          en: `The unit still has ${counts.openChildren} open child units; move or close them first`,
        },
        'params.id',
      );
    }
    await closeUnitRow(sql, id, input.closedOn, input.reason);
    await insertUnitEvents(sql, [
      {
        unitId: id,
        kind: 'closed',
        effectiveOn: input.closedOn,
        detail: { reason: input.reason },
        actorUserId: actor.userId,
      },
    ]);
    const after = (await findUnitById(sql, id)) as UnitRow;
    await recordAudit(sql, {
      ...auditOf(actor, ip),
      unitId: id,
      action: 'unit.close',
      entityType: 'unit',
      entityId: id,
      before,
      after,
    });
    return presentUnit(actor, after);
  });
}
