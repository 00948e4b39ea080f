import type {
  ModelInput,
  ModelListQuery,
  ModelPhoto,
  ModelPhotoType,
  ModelStatus,
  MovementDetail,
  MovementInput,
  MovementKind,
  MovementListQuery,
  RecognitionLevel,
} from '@danvan/shared';
import type { Sql } from '../../db/client.js';
import { inArea, type ReportArea } from '../../reporting/computed-indicators.js';

export interface MovementRow {
  id: number;
  owner_unit_id: number;
  owner_unit_name: string | null;
  owner_path: string | null;
  kind: string;
  kind_name_vi: string;
  kind_name_en: string;
  name: string;
  description: string;
  start_on: string;
  end_on: string | null;
  expected: number;
  taking: number;
  missing: { unitId: number; unitName: string }[];
  registered: number;
  recognised: number;
  participant_ids: number[];
}

// Participation counts what the reader can see: an upper unit sees all its participants, a ward itself.
const movementSelect = `
  SELECT m.id, m.owner_unit_id, o.name AS owner_unit_name, o.path::text AS owner_path, m.kind, k.name_vi AS kind_name_vi, k.name_en AS kind_name_en,
         m.name, m.description, m.start_on, m.end_on,
         (SELECT count(*) FROM movement_participants p WHERE p.movement_id = m.id)::int AS expected,
         (SELECT count(*) FROM movement_participants p WHERE p.movement_id = m.id
             AND EXISTS (SELECT 1 FROM models x WHERE x.movement_id = m.id AND x.unit_id = p.unit_id))::int AS taking,
         coalesce((SELECT json_agg(json_build_object('unitId', u.id, 'unitName', u.name) ORDER BY u.path)
                     FROM movement_participants p JOIN units u ON u.id = p.unit_id
                    WHERE p.movement_id = m.id AND NOT EXISTS (SELECT 1 FROM models x WHERE x.movement_id = m.id AND x.unit_id = p.unit_id)), '[]') AS missing,
         (SELECT count(*) FROM models x WHERE x.movement_id = m.id)::int AS registered,
         (SELECT count(*) FROM models x WHERE x.movement_id = m.id AND x.status = 'recognised')::int AS recognised,
         coalesce((SELECT array_agg(p.unit_id ORDER BY p.unit_id) FROM movement_participants p WHERE p.movement_id = m.id), '{}') AS participant_ids
    FROM movements m JOIN movement_kinds k ON k.code = m.kind LEFT JOIN units o ON o.id = m.owner_unit_id`;

export async function findMovements(sql: Sql, query: MovementListQuery = {}): Promise<MovementRow[]> {
  const { rows } = await sql.query<MovementRow>(
    `${movementSelect} WHERE ($1::text IS NULL OR m.kind = $1) ORDER BY m.start_on DESC, m.id DESC`,
    [query.kind ?? null],
  );
  return rows;
}

/** The kinds a movement can be, in the form's order. */
export async function findMovementKinds(sql: Sql): Promise<MovementKind[]> {
  const { rows } = await sql.query<MovementKind>(
    `SELECT code, name_vi AS "nameVi", name_en AS "nameEn" FROM movement_kinds ORDER BY sort_order, code`,
  );
  return rows;
}

export async function movementKindExists(sql: Sql, code: string): Promise<boolean> {
  const { rows } = await sql.query(`SELECT 1 FROM movement_kinds WHERE code = $1`, [code]);
  return rows.length > 0;
}

export async function findMovement(sql: Sql, id: number): Promise<MovementRow | null> {
  const { rows } = await sql.query<MovementRow>(`${movementSelect} WHERE m.id = $1`, [id]);
  return rows[0] ?? null;
}

/** Every unit expected to take part (that the reader can see) with its number of models under the movement. */
export async function findParticipants(sql: Sql, movementId: number): Promise<MovementDetail['participants']> {
  const { rows } = await sql.query<MovementDetail['participants'][number]>(
    `SELECT p.unit_id AS "unitId", u.name AS "unitName",
            (SELECT count(*) FROM models x WHERE x.movement_id = p.movement_id AND x.unit_id = p.unit_id)::int AS models
       FROM movement_participants p JOIN units u ON u.id = p.unit_id
      WHERE p.movement_id = $1 ORDER BY u.path`,
    [movementId],
  );
  return rows;
}

/** Whether the unit is expected to take part in the movement (is one of its participants). */
export async function takesPart(sql: Sql, movementId: number, unitId: number): Promise<boolean> {
  const { rows } = await sql.query(`SELECT 1 FROM movement_participants WHERE movement_id = $1 AND unit_id = $2`, [
    movementId,
    unitId,
  ]);
  return rows.length > 0;
}

export async function insertMovement(sql: Sql, input: MovementInput, createdBy: number): Promise<number> {
  const { rows } = await sql.query<{ id: number }>(
    `INSERT INTO movements (owner_unit_id, kind, name, description, start_on, end_on, created_by) VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
    [input.ownerUnitId, input.kind, input.name, input.description, input.startOn, input.endOn, createdBy],
  );
  return rows[0].id;
}

export async function updateMovement(sql: Sql, id: number, input: MovementInput): Promise<void> {
  await sql.query(
    `UPDATE movements SET kind = $2, name = $3, description = $4, start_on = $5, end_on = $6 WHERE id = $1`,
    [id, input.kind, input.name, input.description, input.startOn, input.endOn],
  );
}

/** Replaces the participants with the given units that lie in the transaction's scope; returns those ids. */
export async function setParticipants(sql: Sql, movementId: number, unitIds: number[]): Promise<number[]> {
  await sql.query(`DELETE FROM movement_participants WHERE movement_id = $1`, [movementId]);
  const { rows } = await sql.query<{ unit_id: number }>(
    `INSERT INTO movement_participants (movement_id, unit_id)
     SELECT $1, u.id FROM units u WHERE u.id = ANY($2::int[]) RETURNING unit_id`,
    [movementId, unitIds],
  );
  return rows.map((row) => row.unit_id);
}

export interface ModelRow {
  id: number;
  movement_id: number;
  movement_name: string;
  unit_id: number;
  unit_name: string;
  unit_path: string;
  name: string;
  field: ModelInput['field'];
  owner_people: string;
  registered_on: string;
  start_on: string | null;
  description: string;
  results: string;
  result_figures: ModelInput['resultFigures'];
  status: ModelStatus;
  recognition_level: RecognitionLevel | null;
  recognised_on: string | null;
  evaluations: { score: number; comment: string; evaluatedOn: string; evaluatorName: string }[];
  score: number | null;
  photos: ModelPhoto[];
}

const modelSelect = `
  SELECT x.id, x.movement_id, mv.name AS movement_name, x.unit_id, u.name AS unit_name, u.path::text AS unit_path, x.name, x.field,
         x.owner_people, x.registered_on, x.start_on, x.description, x.results, x.result_figures, x.status, x.recognition_level, x.recognised_on,
         coalesce((SELECT json_agg(json_build_object('score', e.score, 'comment', e.comment, 'evaluatedOn', e.evaluated_on, 'evaluatorName', e.evaluator_name) ORDER BY e.id)
                     FROM model_evaluations e WHERE e.model_id = x.id), '[]') AS evaluations,
         (SELECT e.score::float8 FROM model_evaluations e WHERE e.model_id = x.id ORDER BY e.id DESC LIMIT 1) AS score,
         coalesce((SELECT json_agg(json_build_object('id', ph.id, 'fileName', ph.file_name, 'mime', ph.mime, 'size', ph.size, 'createdAt', ph.created_at) ORDER BY ph.id)
                     FROM model_photos ph WHERE ph.model_id = x.id), '[]') AS photos
    FROM models x JOIN units u ON u.id = x.unit_id JOIN movements mv ON mv.id = x.movement_id`;

const modelOrder: Record<ModelListQuery['sort'], string> = {
  '-registeredOn': 'registered_on DESC, id DESC',
  registeredOn: 'registered_on, id',
  name: 'name_folded, id',
  '-name': 'name_folded DESC, id DESC',
  unit: 'unit_path, registered_on DESC, id DESC',
  // Decided models after open ones, in the order of the lifecycle.
  status:
    "array_position(ARRAY['registered', 'evaluated', 'recognised', 'not_recognised'], status), registered_on DESC, id DESC",
  '-score': 'score DESC NULLS LAST, id DESC',
  score: 'score NULLS LAST, id',
};

/** Models of the scope matching the filters; the name search ignores accents and tone placement. */
export async function findModels(sql: Sql, query: ModelListQuery): Promise<ModelRow[]> {
  const { rows } = await sql.query<ModelRow>(
    `SELECT * FROM (
       SELECT m.*, vi_fold(m.name) AS name_folded FROM (${modelSelect}
        WHERE ($1::int IS NULL OR x.movement_id = $1)
          AND ($2::int IS NULL OR u.path <@ (SELECT path FROM units WHERE id = $2))
          AND ($3::text IS NULL OR x.field = $3)
          AND ($4::text IS NULL OR x.status = $4)
          AND ($5::text IS NULL OR vi_fold(x.name || ' ' || x.description || ' ' || x.owner_people) LIKE '%' || like_literal(vi_fold($5)) || '%')
          AND ($6::text IS NULL OR x.recognition_level = $6)
          AND ($7::int IS NULL OR x.registered_on >= make_date($7, 1, 1) AND x.registered_on < make_date($7 + 1, 1, 1))
       ) m
     ) ordered ORDER BY ${modelOrder[query.sort]}`,
    [
      query.movementId ?? null,
      query.unitId ?? null,
      query.field ?? null,
      query.status ?? null,
      query.q?.trim() || null,
      query.level ?? null,
      query.year ?? null,
    ],
  );
  return rows;
}

export async function findModel(sql: Sql, id: number, options: { forUpdate?: boolean } = {}): Promise<ModelRow | null> {
  const { rows } = await sql.query<ModelRow>(
    `${modelSelect} WHERE x.id = $1 ${options.forUpdate ? 'FOR UPDATE OF x' : ''}`,
    [id],
  );
  return rows[0] ?? null;
}

export async function insertModel(sql: Sql, input: ModelInput, createdBy: number): Promise<number> {
  const { rows } = await sql.query<{ id: number }>(
    `INSERT INTO models (movement_id, unit_id, name, field, owner_people, registered_on, start_on, description, results, result_figures, created_by)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) RETURNING id`,
    [
      input.movementId,
      input.unitId,
      input.name,
      input.field,
      input.ownerPeople,
      input.registeredOn,
      input.startOn,
      input.description,
      input.results,
      JSON.stringify(input.resultFigures),
      createdBy,
    ],
  );
  return rows[0].id;
}

export async function updateModel(sql: Sql, id: number, input: ModelInput): Promise<void> {
  await sql.query(
    `UPDATE models SET unit_id = $2, name = $3, field = $4, owner_people = $5, registered_on = $6, start_on = $7, description = $8,
            results = $9, result_figures = $10, updated_at = now() WHERE id = $1`,
    [
      id,
      input.unitId,
      input.name,
      input.field,
      input.ownerPeople,
      input.registeredOn,
      input.startOn,
      input.description,
      input.results,
      JSON.stringify(input.resultFigures),
    ],
  );
}

export async function insertEvaluation(
  sql: Sql,
  e: {
    modelId: number;
    unitId: number;
    unitName: string;
    score: number;
    comment: string;
    evaluatedOn: string;
    createdBy: number;
  },
) {
  await sql.query(
    `INSERT INTO model_evaluations (model_id, evaluator_unit_id, evaluator_name, score, comment, evaluated_on, created_by) VALUES ($1, $2, $3, $4, $5, $6, $7)`,
    [e.modelId, e.unitId, e.unitName, e.score, e.comment, e.evaluatedOn, e.createdBy],
  );
  await sql.query(
    `UPDATE models SET status = 'evaluated', updated_at = now() WHERE id = $1 AND status = 'registered'`,
    [e.modelId],
  );
}

export async function decideModel(
  sql: Sql,
  id: number,
  d: { level: RecognitionLevel | null; decidedOn: string; decidedBy: number },
) {
  await sql.query(
    `UPDATE models SET status = $2, recognition_level = $3, recognised_on = $4, decided_by = $5, updated_at = now() WHERE id = $1`,
    [id, d.level ? 'recognised' : 'not_recognised', d.level, d.level ? d.decidedOn : null, d.decidedBy],
  );
}

/** A report's model counts over its area and period: registered, recognised, and registered by field. */
export interface ModelCounts {
  registered: number;
  recognised: number;
  byField: Map<string, number>;
}

/**
 * The models of one kind of movement in an area and period, counted once for every model indicator of
 * a report (registered and recognised in the period, registered by field): one scan, not one per figure.
 */
export async function countModels(
  sql: Sql,
  args: { area: ReportArea; from: string; to: string; kind: string },
): Promise<ModelCounts> {
  const { rows } = await sql.query<{ field: string | null; registered: number; recognised: number }>(
    `SELECT x.field,
            count(*) FILTER (WHERE x.registered_on BETWEEN $3 AND $4)::int AS registered,
            count(*) FILTER (WHERE x.status = 'recognised' AND x.recognised_on BETWEEN $3 AND $4)::int AS recognised
       FROM models x JOIN units u ON u.id = x.unit_id JOIN movements m ON m.id = x.movement_id
      WHERE ${inArea('u.path', 1)} AND m.kind = $5
        AND (x.registered_on BETWEEN $3 AND $4 OR (x.status = 'recognised' AND x.recognised_on BETWEEN $3 AND $4))
      GROUP BY x.field`,
    [args.area.unitPath, args.area.excludedPaths, args.from, args.to, args.kind],
  );
  return {
    registered: rows.reduce((sum, row) => sum + row.registered, 0),
    recognised: rows.reduce((sum, row) => sum + row.recognised, 0),
    byField: new Map(rows.map((row) => [row.field ?? '', row.registered])),
  };
}

/** The models of a kind of movement recognised in the period in an area, highest level first, at most `limit`. */
export async function findRecognisedModels(
  sql: Sql,
  args: { area: ReportArea; from: string; to: string; kind: string; limit: number },
): Promise<{ name: string; unit_name: string; level: string }[]> {
  const { rows } = await sql.query<{ name: string; unit_name: string; level: string }>(
    `SELECT x.name, u.name AS unit_name, x.recognition_level AS level
       FROM models x JOIN units u ON u.id = x.unit_id JOIN movements m ON m.id = x.movement_id
      WHERE ${inArea('u.path', 1)} AND m.kind = $5 AND x.status = 'recognised' AND x.recognised_on BETWEEN $3 AND $4
      ORDER BY array_position(ARRAY['central', 'province', 'district', 'commune'], x.recognition_level), x.recognised_on, x.id
      LIMIT $6`,
    [args.area.unitPath, args.area.excludedPaths, args.from, args.to, args.kind, args.limit],
  );
  return rows;
}

/**
 * Coverage of the movements of one kind running in the period ("8/8 phường, xã tham gia phong trào
 * Dân vận khéo"): the units those movements expect that lie below the reporting unit — it reports on
 * the units under it, never on itself — each counted once however many movements expect it, and how
 * many of them registered a model under one of those movements; every kind at once (a report shows each).
 *
 * A unit is counted by the report of the nearest unit above it in the round, so here when its parent
 * lies in the report's area: a unit below that reports for itself is still counted here (its own
 * report speaks of the units under it), while the units under it reach this unit through its rollup.
 */
export async function countParticipation(
  sql: Sql,
  args: { area: ReportArea; from: string; to: string },
): Promise<Map<string, { taking: number; expected: number }>> {
  const { rows } = await sql.query<{ kind: string; taking: number; expected: number }>(
    `SELECT e.kind, count(*) FILTER (WHERE e.taking)::int AS taking, count(*)::int AS expected
       FROM (SELECT m.kind, p.unit_id,
                    bool_or(EXISTS (SELECT 1 FROM models x WHERE x.movement_id = p.movement_id AND x.unit_id = p.unit_id)) AS taking
               FROM movement_participants p JOIN movements m ON m.id = p.movement_id JOIN units u ON u.id = p.unit_id
              WHERE m.start_on <= $4 AND (m.end_on IS NULL OR m.end_on >= $3)
                AND ${inArea('subpath(u.path, 0, -1)', 1)}
              GROUP BY m.kind, p.unit_id) e
      GROUP BY e.kind`,
    [args.area.unitPath, args.area.excludedPaths, args.from, args.to],
  );
  return new Map(rows.map(({ kind, ...counts }) => [kind, counts]));
}

export async function insertPhoto(
  sql: Sql,
  p: { modelId: number; fileName: string; mime: ModelPhotoType; size: number; sha256: string; createdBy: number },
): Promise<number> {
  const { rows } = await sql.query<{ id: number }>(
    `INSERT INTO model_photos (model_id, file_name, mime, size, sha256, created_by) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
    [p.modelId, p.fileName, p.mime, p.size, p.sha256, p.createdBy],
  );
  return rows[0].id;
}

export interface PhotoRow {
  id: number;
  file_name: string;
  mime: ModelPhotoType;
  size: number;
  sha256: string;
}

export async function findPhoto(sql: Sql, modelId: number, photoId: number): Promise<PhotoRow | null> {
  const { rows } = await sql.query<PhotoRow>(
    `SELECT id, file_name, mime, size, sha256 FROM model_photos WHERE model_id = $1 AND id = $2`,
    [modelId, photoId],
  );
  return rows[0] ?? null;
}

export async function deletePhoto(sql: Sql, photoId: number): Promise<void> {
  await sql.query(`DELETE FROM model_photos WHERE id = $1`, [photoId]);
}

export interface PendingModelRow {
  id: number;
  name: string;
  unit_name: string;
  unit_path: string;
  status: ModelStatus;
  registered_on: string;
  /** How many models the query found; the rows are the first `limit` of them. */
  total: number;
}

/** The models of the units strictly below `unitPath` in the given states, counted, the first `limit` by registration. */
export async function findModelsBelow(
  sql: Sql,
  args: { unitPath: string; states: readonly string[]; limit: number },
): Promise<PendingModelRow[]> {
  const { rows } = await sql.query<PendingModelRow>(
    `SELECT m.id, m.name, u.name AS unit_name, u.path::text AS unit_path, m.status, m.registered_on::text AS registered_on,
            count(*) OVER ()::int AS total
       FROM models m JOIN units u ON u.id = m.unit_id
      WHERE m.status = ANY($2::text[]) AND u.path <@ $1::ltree AND u.path <> $1::ltree
      ORDER BY m.registered_on, m.id
      LIMIT $3`,
    [args.unitPath, args.states, args.limit],
  );
  return rows;
}
