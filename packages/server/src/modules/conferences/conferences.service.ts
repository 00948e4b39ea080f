import type {
  AuditAction,
  AuditEntry,
  ConferenceDetail,
  ConferenceInput,
  ConferenceKind,
  ConferenceListQuery,
  ConferenceSummary,
  ConferenceTaskLink,
} from '@danvan/shared';
import { authorize, can, wholeScope, type Actor } from '../../auth/authorize.js';
import type { Database, Sql } from '../../db/client.js';
import { inScope } from '../../db/scope.js';
import { AppError, invalid, notFound } from '../../http/errors.js';
import { findEntityHistory, recordAudit } from '../audit/index.js';
import { citedDocuments, nextDocumentNumber } from '../documents/index.js';
import { getTask } from '../tasks/index.js';
import { requireUnit, unitActions } from '../units/index.js';
import { conferenceActions, type ConferenceRecord } from './conferences.policy.js';
import {
  findConference,
  findConferences,
  findKinds,
  insertConference,
  updateConference as writeConference,
  type ConferenceRow,
} from './conferences.repository.js';
import {
  findAgenda,
  findAttendees,
  findBridgePoints,
  findConclusions,
  findFiles,
  findInvitees,
} from './conference-parts.repository.js';

export const CONFERENCE_ENTITY = 'conference';

/** The round a conference belongs to, and the organiser's report in it (the reports module's own view). */
export type RoundLookup = (
  db: Database,
  actor: Actor,
  roundId: number,
  unitId: number,
) => Promise<{ title: string; reportId: number | null; reportStatus: string | null } | null>;

export interface ConferenceDeps {
  db: Database;
  findRound: RoundLookup;
}

export const recordOf = (row: ConferenceRow): ConferenceRecord => ({
  path: row.reach_path,
  organiserPath: row.organiser_path,
  status: row.status,
});

export function presentSummary(row: ConferenceRow): ConferenceSummary {
  return {
    id: row.id,
    kind: row.kind,
    kindName: row.kind_name,
    title: row.title,
    organiserUnitId: row.organiser_unit_id,
    organiserName: row.organiser_name,
    heldOn: row.held_on,
    startsAt: row.starts_at,
    endsAt: row.ends_at,
    place: row.place,
    format: row.format,
    status: row.status,
    bridgePointCount: row.bridge_point_count,
    attending: row.attending,
  };
}

/** Loads a conference the reader sees and authorizes `action` on it: 404 outside, 403, 409 by its state. */
export async function requireConference(
  sql: Sql,
  actor: Actor,
  id: number,
  action: string,
  options: { forUpdate?: boolean } = {},
): Promise<ConferenceRow> {
  const row = await findConference(sql, id, options);
  if (!row || !row.reach_path) throw notFound({ vi: 'Không tìm thấy hội nghị', en: 'Conference not found' });
  authorize(actor, action, recordOf(row));
  return row;
}

export function auditConference(
  actor: Actor,
  ip: string,
  row: Pick<ConferenceRow, 'id' | 'organiser_unit_id'>,
  action: AuditAction,
  after: unknown,
  before?: unknown,
) {
  return {
    actorUserId: actor.userId,
    actorUsername: actor.username,
    unitId: row.organiser_unit_id,
    action,
    entityType: CONFERENCE_ENTITY as 'conference',
    entityId: row.id,
    before,
    after,
    ip,
  };
}

export async function listKinds(db: Database, actor: Actor): Promise<ConferenceKind[]> {
  authorize(actor, conferenceActions.read, wholeScope(actor));
  return inScope(db, actor.scopePath, findKinds);
}

export async function listConferences(
  db: Database,
  actor: Actor,
  query: ConferenceListQuery,
): Promise<{ total: number; items: ConferenceSummary[] }> {
  authorize(actor, conferenceActions.read, wholeScope(actor));
  const { total, rows } = await inScope(db, actor.scopePath, async (sql) => {
    if (query.unitId) await requireUnit(sql, actor, query.unitId, unitActions.read, { field: 'query.unitId' });
    return findConferences(sql, query);
  });
  return { total, items: rows.map(presentSummary) };
}

/** Everything the conference's page shows, read in one transaction; tasks and the round are read after it. */
async function loadDetail(sql: Sql, actor: Actor, row: ConferenceRow) {
  const record = recordOf(row);
  const points = await findBridgePoints(sql, row.id);
  const issued = await citedDocuments(
    sql,
    [row.invitation_document_id, row.notice_document_id].filter((id): id is number => id !== null),
  );
  const symbolOf = (id: number | null) => {
    const doc = issued.find((d) => d.id === id);
    return doc ? { documentId: doc.id, symbol: doc.symbol, issuedOn: doc.issuedOn } : null;
  };
  const able = (action: string) => can(actor, action, record);
  return {
    detail: {
      ...presentSummary(row),
      leaders: row.leaders,
      officials: row.officials,
      front: row.front,
      citizens: row.citizens,
      chairs: row.chairs,
      content: row.content,
      bridgePoints: points.map((p) => ({
        id: p.id,
        unitId: p.unit_id,
        unitName: p.unit_name,
        room: p.room,
        address: p.address,
        host: p.host,
        techName: p.tech_name,
        techPhone: p.tech_phone,
        testAt: p.test_at?.toISOString() ?? null,
        leaders: p.leaders,
        officials: p.officials,
        front: p.front,
        citizens: p.citizens,
        connected: p.connected,
        canEdit: can(actor, conferenceActions.fillPoint, { ...record, path: p.unit_path || record.path }),
      })),
      invitees: (await findInvitees(sql, row.id)).map((i) => ({
        id: i.id,
        unitId: i.unit_id,
        unitName: i.unit_name,
        personName: i.person_name,
        position: i.position,
      })),
      attendees: (await findAttendees(sql, row.id)).map((a) => ({
        id: a.id,
        fullName: a.full_name,
        unitName: a.unit_name,
        position: a.position,
        category: a.category,
        present: a.present,
      })),
      agenda: (await findAgenda(sql, row.id)).map((a) => ({
        id: a.id,
        startsAt: a.starts_at,
        item: a.item,
        presenter: a.presenter,
      })),
      files: (await findFiles(sql, row.id)).map((f) => ({
        id: f.id,
        kind: f.kind,
        title: f.title,
        speaker: f.speaker,
        speakerUnit: f.speaker_unit,
        fileName: f.file_name,
        mime: f.mime,
        size: f.size,
        textStatus: f.text_status,
      })),
      minutes: {
        text: row.minutes_text,
        secretary: row.minutes_secretary,
        approvedBy: row.minutes_approved_by,
        approvedAt: row.minutes_approved_at?.toISOString() ?? null,
      },
      invitation: symbolOf(row.invitation_document_id),
      notice: symbolOf(row.notice_document_id),
      abilities: {
        update: able(conferenceActions.update),
        hold: able(conferenceActions.hold),
        writeMinutes: able(conferenceActions.writeMinutes),
        approveMinutes: able(conferenceActions.approveMinutes),
        conclude: able(conferenceActions.conclude),
        issueNotice: able(conferenceActions.issueNotice),
        toTasks: able(conferenceActions.toTasks),
        issueInvitation: able(conferenceActions.issueInvitation),
      },
    },
    conclusions: await findConclusions(sql, row.id),
  };
}

/** The tasks made from a conclusion that the reader may see (a ward sees its own share, not the city's parent). */
async function tasksOf(db: Database, actor: Actor, ids: number[]): Promise<ConferenceTaskLink[]> {
  const links: (ConferenceTaskLink & { parentId: number | null })[] = [];
  for (const id of ids) {
    try {
      const task = await getTask(db, actor, id);
      links.push({
        parentId: task.parentId,
        id: task.id,
        title: task.title,
        ownerUnitName: task.ownerUnitName,
        deadline: task.dueOn,
        status: task.status,
        bucket: task.bucket,
        children: task.children.map((c) => ({
          id: c.id,
          ownerUnitName: c.ownerUnitName,
          deadline: c.dueOn,
          status: c.status,
          bucket: c.bucket,
        })),
      });
    } catch (error) {
      if (!(error instanceof AppError && error.status === 404)) throw error;
    }
  }
  // A share is shown under its parent when the reader sees the parent.
  const shown = new Set(links.map((link) => link.id));
  return links
    .filter((link) => link.parentId === null || !shown.has(link.parentId))
    .map(({ parentId: _parent, ...link }) => link);
}

export async function getConference(deps: ConferenceDeps, actor: Actor, id: number): Promise<ConferenceDetail> {
  const { row, loaded } = await inScope(deps.db, actor.scopePath, async (sql) => {
    const row = await requireConference(sql, actor, id, conferenceActions.read);
    const loaded = await loadDetail(sql, actor, row);
    // Prefilled in the issue forms of whoever may issue them: the organiser's next free numbers of the year.
    const { abilities } = loaded.detail;
    const next = (type: string) =>
      nextDocumentNumber(sql, actor, row.organiser_unit_id, type, Number(row.held_on.slice(0, 4)));
    const nextNumbers = {
      invitation: abilities.issueInvitation ? await next('GM') : null,
      notice: abilities.issueNotice ? await next('TB') : null,
    };
    return { row, loaded: { ...loaded, detail: { ...loaded.detail, nextNumbers } } };
  });
  const round =
    row.round_id === null
      ? null
      : { id: row.round_id, ...((await roundOf(deps, actor, row.round_id, row.organiser_unit_id)) ?? emptyRound) };
  const conclusions = [];
  for (const c of loaded.conclusions)
    conclusions.push({ id: c.id, number: c.number, text: c.text, tasks: await tasksOf(deps.db, actor, c.task_ids) });
  return { ...loaded.detail, round, conclusions };
}

const emptyRound = { title: '', reportId: null, reportStatus: null };

/** The round as the reader sees it; a reader below the organiser does not see the organiser's report. */
async function roundOf(deps: ConferenceDeps, actor: Actor, roundId: number, unitId: number) {
  try {
    return await deps.findRound(deps.db, actor, roundId, unitId);
  } catch (error) {
    if (error instanceof AppError && error.status === 404) return null;
    throw error;
  }
}

export async function getConferenceHistory(db: Database, actor: Actor, id: number): Promise<AuditEntry[]> {
  return inScope(db, actor.scopePath, async (sql) => {
    await requireConference(sql, actor, id, conferenceActions.read);
    return (await findEntityHistory(sql, CONFERENCE_ENTITY, id)).items;
  });
}

async function checkKind(sql: Sql, kind: string) {
  if (!(await findKinds(sql)).some((k) => k.code === kind))
    throw invalid('body.kind', { vi: 'Loại hội nghị không có trong danh mục', en: 'Unknown kind of conference' });
}

async function checkRound(deps: ConferenceDeps, actor: Actor, round: { roundId: number; unitId: number } | null) {
  if (round && !(await roundOf(deps, actor, round.roundId, round.unitId)))
    throw invalid(
      'body.roundId',
      {
        vi: 'Không tìm thấy báo cáo của đơn vị tổ chức trong kỳ báo cáo này',
        en: "The organiser's report in this round was not found",
      },
      404,
    );
}

/** Records a conference organised by the actor's own unit, planned. */
export async function createConference(
  deps: ConferenceDeps,
  actor: Actor,
  input: ConferenceInput,
  ip: string,
): Promise<ConferenceDetail> {
  authorize(actor, conferenceActions.create, wholeScope(actor));
  await checkRound(deps, actor, input.roundId === null ? null : { roundId: input.roundId, unitId: actor.scopeUnitId });
  const id = await inScope(deps.db, actor.scopePath, async (sql) => {
    await checkKind(sql, input.kind);
    const organiser = await requireUnit(sql, actor, actor.scopeUnitId, unitActions.read);
    const id = await insertConference(sql, organiser, input, actor.userId);
    await recordAudit(
      sql,
      auditConference(actor, ip, { id, organiser_unit_id: organiser.id }, 'conference.create', input),
    );
    return id;
  });
  return getConference(deps, actor, id);
}

export async function updateConference(
  deps: ConferenceDeps,
  actor: Actor,
  id: number,
  input: ConferenceInput,
  ip: string,
): Promise<ConferenceDetail> {
  // Checked first, so the round (read in its own transaction) is looked up only for those who may edit.
  await inScope(deps.db, actor.scopePath, (sql) => requireConference(sql, actor, id, conferenceActions.update));
  await checkRound(deps, actor, input.roundId === null ? null : { roundId: input.roundId, unitId: actor.scopeUnitId });
  await inScope(deps.db, actor.scopePath, async (sql) => {
    const before = await requireConference(sql, actor, id, conferenceActions.update, { forUpdate: true });
    await checkKind(sql, input.kind);
    await writeConference(sql, id, input);
    await recordAudit(sql, auditConference(actor, ip, before, 'conference.update', input, presentSummary(before)));
  });
  return getConference(deps, actor, id);
}
