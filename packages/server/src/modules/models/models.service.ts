import type {
  AuditAction,
  AuditEntityType,
  ModelInput,
  ModelListQuery,
  ModelSummary,
  MovementDetail,
  MovementInput,
  MovementKind,
  MovementListQuery,
  MovementSummary,
  RecognitionLevel,
} from '@danvan/shared';
import { authorize, can, wholeScope, type Actor } from '../../auth/authorize.js';
import type { Database, Sql } from '../../db/client.js';
import { inScope } from '../../db/scope.js';
import { AppError, invalid, notFound } from '../../http/errors.js';
import { recordAudit } from '../audit/index.js';
import { requireUnit, unitActions } from '../units/index.js';
import { modelActions, movementActions } from './models.policy.js';
import {
  decideModel,
  findModel,
  findModels,
  findMovement,
  findMovementKinds,
  findMovements,
  findParticipants,
  insertEvaluation,
  insertModel,
  insertMovement,
  movementKindExists,
  takesPart,
  setParticipants,
  updateModel,
  updateMovement,
  type ModelRow,
  type MovementRow,
} from './models.repository.js';

function presentMovement(actor: Actor, row: MovementRow): MovementSummary {
  return {
    id: row.id,
    ownerUnitId: row.owner_unit_id,
    ownerUnitName: row.owner_unit_name,
    kind: row.kind,
    kindName: { vi: row.kind_name_vi, en: row.kind_name_en },
    name: row.name,
    description: row.description,
    startOn: row.start_on,
    endOn: row.end_on,
    participation: {
      taking: row.taking,
      expected: row.expected,
      missing: row.missing,
      unitIds: row.participant_ids,
    },
    models: { registered: row.registered, recognised: row.recognised },
    abilities: { update: row.owner_path !== null && can(actor, movementActions.manage, { path: row.owner_path }) },
  };
}

export function presentModel(actor: Actor, row: ModelRow): ModelSummary {
  const record = { path: row.unit_path, status: row.status };
  return {
    id: row.id,
    movementId: row.movement_id,
    movementName: row.movement_name,
    unitId: row.unit_id,
    unitName: row.unit_name,
    name: row.name,
    field: row.field,
    ownerPeople: row.owner_people,
    registeredOn: row.registered_on,
    startOn: row.start_on,
    description: row.description,
    results: row.results,
    resultFigures: row.result_figures,
    status: row.status,
    recognitionLevel: row.recognition_level,
    recognisedOn: row.recognised_on,
    evaluations: row.evaluations,
    score: row.score,
    photos: row.photos,
    abilities: {
      update: can(actor, modelActions.update, record),
      evaluate: can(actor, modelActions.evaluate, record),
      decide: can(actor, modelActions.decide, record),
      managePhotos: can(actor, modelActions.managePhotos, record),
    },
  };
}

export const audit = (
  actor: Actor,
  ip: string,
  unitId: number,
  action: AuditAction,
  entityType: AuditEntityType,
  entityId: number,
  before: unknown,
  after: unknown,
) => ({
  actorUserId: actor.userId,
  actorUsername: actor.username,
  unitId,
  action,
  entityType,
  entityId,
  before,
  after,
  ip,
});

/** The movements the actor's units launch or take part in, optionally of one kind (an unknown kind: 400 at query.kind). */
export async function listMovements(
  db: Database,
  actor: Actor,
  query: MovementListQuery = {},
): Promise<MovementSummary[]> {
  authorize(actor, movementActions.read, wholeScope(actor));
  const rows = await inScope(db, actor.scopePath, async (sql) => {
    if (query.kind !== undefined) await requireMovementKind(sql, query.kind, 'query.kind');
    return findMovements(sql, query);
  });
  return rows.map((row) => presentMovement(actor, row));
}

/** The kinds a movement can be ("Dân vận khéo", "Chính quyền thân thiện…", …), for the movement form and filters. */
export function listMovementKinds(db: Database, actor: Actor): Promise<MovementKind[]> {
  authorize(actor, movementActions.read, wholeScope(actor));
  return inScope(db, actor.scopePath, findMovementKinds);
}

/** A movement kind named by a request, at `field`: 400 when there is no such kind. */
async function requireMovementKind(sql: Sql, kind: string, field: string): Promise<void> {
  if (!(await movementKindExists(sql, kind))) {
    throw invalid(field, { vi: `Loại phong trào "${kind}" không tồn tại`, en: `Unknown movement kind "${kind}"` });
  }
}

/** A movement with the units expected to take part, each with its number of models. */
export async function getMovement(db: Database, actor: Actor, id: number): Promise<MovementDetail> {
  // A movement is shown to the units taking part, its owner may lie outside the scope: RLS decides what is seen.
  authorize(actor, movementActions.read, wholeScope(actor));
  return inScope(db, actor.scopePath, async (sql) => {
    const row = await findMovement(sql, id);
    if (!row) throw notFound({ vi: 'Không tìm thấy phong trào', en: 'Movement not found' });
    return { ...presentMovement(actor, row), participants: await findParticipants(sql, id) };
  });
}

/** Launches (or edits) a movement for a unit's subtree with the units expected to take part. */
export async function saveMovement(
  db: Database,
  actor: Actor,
  input: MovementInput,
  ip: string,
  id?: number,
): Promise<MovementSummary> {
  return inScope(db, actor.scopePath, async (sql) => {
    const owner = await requireUnit(sql, actor, input.ownerUnitId, movementActions.manage, {
      field: 'body.ownerUnitId',
    });
    const before = id ? await findMovement(sql, id) : null;
    if (id && (!before || before.owner_path === null))
      throw notFound({ vi: 'Không tìm thấy phong trào', en: 'Movement not found' });
    if (before?.owner_path) authorize(actor, movementActions.manage, { path: before.owner_path });
    await requireMovementKind(sql, input.kind, 'body.kind');
    const movementId = id ?? (await insertMovement(sql, input, actor.userId));
    if (id) await updateMovement(sql, id, input);
    const participants = await setParticipants(sql, movementId, input.participantUnitIds);
    const unknown = input.participantUnitIds.filter((unitId) => !participants.includes(unitId));
    if (unknown.length) {
      throw new AppError(
        404,
        'not_found',
        { vi: 'Có đơn vị tham gia không tìm thấy', en: 'Some participating units were not found' },
        unknown.map((unitId) => ({
          path: `body.participantUnitIds.${input.participantUnitIds.indexOf(unitId)}`,
          vi: 'Không tìm thấy đơn vị',
          en: 'Unit not found',
        })),
      );
    }
    await recordAudit(
      sql,
      audit(actor, ip, owner.id, id ? 'movement.update' : 'movement.create', 'movement', movementId, before, input),
    );
    return presentMovement(actor, (await findMovement(sql, movementId)) as MovementRow);
  });
}

export async function listModels(db: Database, actor: Actor, query: ModelListQuery): Promise<ModelSummary[]> {
  authorize(actor, modelActions.read, wholeScope(actor));
  return (await inScope(db, actor.scopePath, (sql) => findModels(sql, query))).map((row) => presentModel(actor, row));
}

/** The model if the actor may do `action` to it as it stands (404 outside the scope, 403 beyond the role, 409 for its state); locked for writes. */
export async function requireModel(sql: Sql, actor: Actor, id: number, action: string): Promise<ModelRow> {
  const row = await findModel(sql, id, { forUpdate: action !== modelActions.read });
  if (!row) throw notFound({ vi: 'Không tìm thấy mô hình', en: 'Model not found' });
  authorize(actor, action, { path: row.unit_path, status: row.status });
  return row;
}

export async function getModel(db: Database, actor: Actor, id: number): Promise<ModelSummary> {
  return inScope(db, actor.scopePath, async (sql) =>
    presentModel(actor, await requireModel(sql, actor, id, modelActions.read)),
  );
}

/** Registers a model of a unit under a movement the unit can see, or edits one not yet decided. */
export async function saveModel(
  db: Database,
  actor: Actor,
  input: ModelInput,
  ip: string,
  id?: number,
): Promise<ModelSummary> {
  return inScope(db, actor.scopePath, async (sql) => {
    const unit = await requireUnit(sql, actor, input.unitId, unitActions.read, { field: 'body.unitId' });
    // The unit it goes in takes models from the actor; an edited model is checked in its state below.
    authorize(actor, modelActions.register, unit);
    const movement = await findMovement(sql, input.movementId);
    if (!movement) {
      throw new AppError(404, 'not_found', { vi: 'Không tìm thấy phong trào', en: 'Movement not found' }, [
        { path: 'body.movementId', vi: 'Không tìm thấy phong trào', en: 'Movement not found' },
      ]);
    }
    let before: ModelRow | null = null;
    if (id) before = await requireModel(sql, actor, id, modelActions.update);
    // A movement names the units expected to take part; a model of another unit would count for a unit the
    // movement's owner did not enrol, so it is refused (the owner adds the unit first). A model kept where it
    // was can still be edited.
    const moved = !before || before.movement_id !== input.movementId || before.unit_id !== unit.id;
    if (moved && !(await takesPart(sql, movement.id, unit.id))) {
      throw invalid(
        'body.movementId',
        {
          vi: `${unit.name} không có trong danh sách đơn vị tham gia phong trào "${movement.name}"`,
          en: `${unit.name} is not among the units taking part in "${movement.name}"`,
        },
        422,
      );
    }
    if (id) await updateModel(sql, id, input);
    const modelId = id ?? (await insertModel(sql, input, actor.userId));
    await recordAudit(
      sql,
      audit(actor, ip, unit.id, id ? 'model.update' : 'model.register', 'model', modelId, before, input),
    );
    return presentModel(actor, (await findModel(sql, modelId)) as ModelRow);
  });
}

/** The upper unit scores a model (0–100) with a comment; the first evaluation moves it to "evaluated". */
export async function evaluateModel(
  db: Database,
  actor: Actor,
  id: number,
  input: { score: number; comment: string; evaluatedOn: string },
  ip: string,
) {
  return inScope(db, actor.scopePath, async (sql) => {
    const model = await requireModel(sql, actor, id, modelActions.evaluate);
    if (input.evaluatedOn < model.registered_on)
      throw invalid('body.evaluatedOn', {
        vi: 'Ngày đánh giá trước ngày đăng ký',
        en: 'Evaluated before it was registered',
      });
    const evaluator = await requireUnit(sql, actor, actor.scopeUnitId, unitActions.read);
    await insertEvaluation(sql, {
      modelId: id,
      unitId: evaluator.id,
      unitName: evaluator.name,
      ...input,
      createdBy: actor.userId,
    });
    await recordAudit(
      sql,
      audit(actor, ip, model.unit_id, 'model.evaluate', 'model', id, { status: model.status }, input),
    );
    return presentModel(actor, (await findModel(sql, id)) as ModelRow);
  });
}

/** Recognises an evaluated model at a level, or decides not to. */
export async function decideOnModel(
  db: Database,
  actor: Actor,
  id: number,
  input: { recognised: boolean; level?: RecognitionLevel; decidedOn: string },
  ip: string,
) {
  return inScope(db, actor.scopePath, async (sql) => {
    const model = await requireModel(sql, actor, id, modelActions.decide);
    await decideModel(sql, id, {
      level: input.recognised ? (input.level as RecognitionLevel) : null,
      decidedOn: input.decidedOn,
      decidedBy: actor.userId,
    });
    await recordAudit(
      sql,
      audit(
        actor,
        ip,
        model.unit_id,
        input.recognised ? 'model.recognise' : 'model.reject',
        'model',
        id,
        { status: model.status },
        input,
      ),
    );
    return presentModel(actor, (await findModel(sql, id)) as ModelRow);
  });
}
