import type {
  AgendaInput,
  AttendanceInput,
  BridgePointInput,
  ConclusionTasksInput,
  ConferenceDetail,
  ConferenceFileMeta,
  InviteeInput,
  MinutesInput,
} from '@danvan/shared';
import { authorize, type Actor } from '../../auth/authorize.js';
import type { Sql } from '../../db/client.js';
import { inScope } from '../../db/scope.js';
import { evidenceType } from '../../files/evidence-file.js';
import { cleanFileName } from '../../files/file-name.js';
import type { ExtractionQueue } from '../../files/extraction-queue.js';
import type { FileStore } from '../../files/file-store.js';
import { conflict, invalid, notFound } from '../../http/errors.js';
import { vietnamDay } from '../../time.js';
import { recordAudit } from '../audit/index.js';
import { giveTask } from '../tasks/index.js';
import { requireUnit, unitActions } from '../units/index.js';
import { conferenceActions } from './conferences.policy.js';
import {
  approveMinutes as writeApproval,
  setConferenceCounts,
  setConferenceStatus,
  setMinutes,
} from './conferences.repository.js';
import {
  addConclusionTask,
  findBridgePoints,
  findConclusions,
  findFiles,
  insertFile,
  replaceAgenda,
  replaceAttendees,
  replaceBridgePoints,
  replaceConclusions,
  replaceInvitees,
  updateBridgePoint,
} from './conference-parts.repository.js';
import {
  auditConference,
  getConference,
  recordOf,
  requireConference,
  type ConferenceDeps,
} from './conferences.service.js';

/** Runs one write on a conference the actor may `action`: locked, authorized, audited; answers the page. */
async function write(
  deps: ConferenceDeps,
  actor: Actor,
  id: number,
  action: string,
  work: (sql: Sql, row: Awaited<ReturnType<typeof requireConference>>) => Promise<void>,
): Promise<ConferenceDetail> {
  await inScope(deps.db, actor.scopePath, async (sql) =>
    work(sql, await requireConference(sql, actor, id, action, { forUpdate: true })),
  );
  return getConference(deps, actor, id);
}

/** Units of the organiser's subtree, each checked in the actor's scope (404 naming the field otherwise). */
async function unitsInScope(sql: Sql, actor: Actor, ids: number[], field: string) {
  for (const id of ids) await requireUnit(sql, actor, id, unitActions.read, { field });
}

export const setBridgePoints = (deps: ConferenceDeps, actor: Actor, id: number, unitIds: number[], ip: string) =>
  write(deps, actor, id, conferenceActions.update, async (sql, row) => {
    const unique = [...new Set(unitIds)];
    await unitsInScope(sql, actor, unique, 'body.unitIds');
    await replaceBridgePoints(sql, id, unique);
    await recordAudit(sql, auditConference(actor, ip, row, 'conference.bridge_points', { unitIds: unique }));
  });

/** A bridge point filled in by its own unit (or the organiser): the policy's `fillPoint`, on the point's unit. */
export async function fillBridgePoint(
  deps: ConferenceDeps,
  actor: Actor,
  id: number,
  pointId: number,
  input: BridgePointInput,
  ip: string,
): Promise<ConferenceDetail> {
  await inScope(deps.db, actor.scopePath, async (sql) => {
    const row = await requireConference(sql, actor, id, conferenceActions.read, { forUpdate: true });
    const point = (await findBridgePoints(sql, id)).find((p) => p.id === pointId);
    if (!point) throw notFound({ vi: 'Không tìm thấy điểm cầu', en: 'Bridge point not found' });
    authorize(actor, conferenceActions.fillPoint, { ...recordOf(row), path: point.unit_path });
    await updateBridgePoint(sql, pointId, input, actor.userId);
    // Recorded under the point's unit: the organiser may lie above the writer's scope.
    await recordAudit(sql, {
      ...auditConference(actor, ip, row, 'conference.bridge_point', { pointId, unitId: point.unit_id, ...input }),
      unitId: point.unit_id,
    });
  });
  return getConference(deps, actor, id);
}

export const setInvitees = (deps: ConferenceDeps, actor: Actor, id: number, invitees: InviteeInput[], ip: string) =>
  write(deps, actor, id, conferenceActions.update, async (sql, row) => {
    const unitIds = invitees.map((i) => i.unitId).filter((u): u is number => u !== null);
    await unitsInScope(sql, actor, [...new Set(unitIds)], 'body.invitees');
    await replaceInvitees(sql, id, invitees);
    await recordAudit(sql, auditConference(actor, ip, row, 'conference.invitees', { invitees }));
  });

export const setAttendance = (deps: ConferenceDeps, actor: Actor, id: number, input: AttendanceInput, ip: string) =>
  write(deps, actor, id, conferenceActions.update, async (sql, row) => {
    await setConferenceCounts(sql, id, input);
    await replaceAttendees(sql, id, input.attendees);
    await recordAudit(sql, auditConference(actor, ip, row, 'conference.attendance', input));
  });

export const setAgenda = (deps: ConferenceDeps, actor: Actor, id: number, input: AgendaInput, ip: string) =>
  write(deps, actor, id, conferenceActions.update, async (sql, row) => {
    await replaceAgenda(sql, id, input.items);
    await recordAudit(sql, auditConference(actor, ip, row, 'conference.agenda', input));
  });

export const holdConference = (deps: ConferenceDeps, actor: Actor, id: number, ip: string) =>
  write(deps, actor, id, conferenceActions.hold, async (sql, row) => {
    await setConferenceStatus(sql, id, 'held');
    await recordAudit(
      sql,
      auditConference(actor, ip, row, 'conference.hold', { status: 'held' }, { status: row.status }),
    );
  });

export const writeMinutes = (deps: ConferenceDeps, actor: Actor, id: number, input: MinutesInput, ip: string) =>
  write(deps, actor, id, conferenceActions.writeMinutes, async (sql, row) => {
    await setMinutes(sql, id, input.text, input.secretary);
    await recordAudit(sql, auditConference(actor, ip, row, 'conference.minutes', input));
  });

/** The chair's side approves the minutes: they lock (no action writes them after `held`). */
export const approveMinutes = (deps: ConferenceDeps, actor: Actor, id: number, approvedBy: string, ip: string) =>
  write(deps, actor, id, conferenceActions.approveMinutes, async (sql, row) => {
    if (!row.minutes_text.trim())
      throw invalid('minutes', { vi: 'Biên bản chưa có nội dung', en: 'The minutes are empty' }, 422);
    await writeApproval(sql, id, approvedBy);
    await recordAudit(
      sql,
      auditConference(actor, ip, row, 'conference.approve_minutes', { status: 'minutes_approved', approvedBy }),
    );
  });

/** The conclusions, numbered in order; a line that already became tasks may be reworded, not removed. */
export const setConclusions = (deps: ConferenceDeps, actor: Actor, id: number, lines: string[], ip: string) =>
  write(deps, actor, id, conferenceActions.conclude, async (sql, row) => {
    const existing = await findConclusions(sql, id);
    if (existing.some((c) => c.number > lines.length && c.task_ids.length > 0))
      throw conflict(
        'has_tasks',
        {
          vi: 'Không bỏ được kết luận đã giao thành nhiệm vụ',
          en: 'A conclusion that became tasks cannot be removed',
        },
        'body.lines',
      );
    await replaceConclusions(sql, id, lines);
    await recordAudit(sql, auditConference(actor, ip, row, 'conference.conclusions', { lines }));
  });

/**
 * One conclusion line becomes tasks for the units named, in one step and one transaction, through
 * the tasks module (source: this conference's conclusion): the task, its units' shares and their
 * link to the line are written together, so a failure leaves neither a task without its line nor a
 * line pointing to no task.
 */
export const conclusionToTasks = (
  deps: ConferenceDeps,
  actor: Actor,
  id: number,
  conclusionId: number,
  input: ConclusionTasksInput,
  ip: string,
  today = vietnamDay(),
) =>
  write(deps, actor, id, conferenceActions.toTasks, async (sql, row) => {
    const conclusion = (await findConclusions(sql, id)).find((c) => c.id === conclusionId);
    if (!conclusion) throw notFound({ vi: 'Không tìm thấy kết luận', en: 'Conclusion not found' });
    const task = await giveTask(
      sql,
      actor,
      {
        title: input.title ?? conclusion.text.slice(0, 500),
        sourceKind: 'conference',
        sourceRefId: id,
        sourceText: `${row.title}, kết luận số ${conclusion.number}: ${conclusion.text}`.slice(0, 2000),
        ownerUnitIds: input.ownerUnitIds,
        ownerUnitType: null,
        ownerPerson: '',
        cooperatingUnitIds: [],
        deadline: input.deadline,
        unitDeadlines: [],
        priority: input.priority,
        expectedResult: '',
      },
      ip,
      today,
    );
    // The parent and each unit's share: a unit below sees its share, not the parent.
    for (const taskId of [task.id, ...task.childIds]) await addConclusionTask(sql, conclusionId, taskId);
    await recordAudit(
      sql,
      auditConference(actor, ip, row, 'conference.to_tasks', {
        conclusion: conclusion.number,
        taskId: task.id,
        ownerUnitIds: input.ownerUnitIds,
      }),
    );
  });

/** Records tasks already given (the demo's, given before this module existed) as carrying out a conclusion. */
export const linkConclusionTasks = (
  deps: ConferenceDeps,
  actor: Actor,
  id: number,
  number: number,
  taskIds: number[],
  ip: string,
) =>
  write(deps, actor, id, conferenceActions.toTasks, async (sql, row) => {
    const conclusion = (await findConclusions(sql, id)).find((c) => c.number === number);
    if (!conclusion) throw notFound({ vi: 'Không tìm thấy kết luận', en: 'Conclusion not found' });
    for (const taskId of taskIds) await addConclusionTask(sql, conclusion.id, taskId);
    await recordAudit(sql, auditConference(actor, ip, row, 'conference.to_tasks', { conclusion: number, taskIds }));
  });

/** Stores a speech or an attachment (PDF, DOCX, JPEG, PNG, read from its bytes) while the conference is prepared or held. */
export async function attachConferenceFile(
  deps: ConferenceDeps & { files: FileStore; extraction: Pick<ExtractionQueue, 'enqueue'> },
  actor: Actor,
  id: number,
  meta: ConferenceFileMeta,
  file: { fileName: string; content: Buffer },
  ip: string,
): Promise<ConferenceDetail> {
  const mime = await evidenceType(file.content);
  // Checked before the file is stored, so nobody fills the store through a conference they may not edit.
  await inScope(deps.db, actor.scopePath, (sql) => requireConference(sql, actor, id, conferenceActions.update));
  const sha256 = await deps.files.put(file.content);
  const fileName = cleanFileName(file.fileName, meta.kind === 'speech' ? 'tham-luan' : 'tai-lieu');
  let pendingId: number | null = null;
  const detail = await write(deps, actor, id, conferenceActions.update, async (sql, row) => {
    if ((await findFiles(sql, id)).some((f) => f.sha256 === sha256))
      throw conflict(
        'duplicate',
        { vi: 'Tệp này đã được đính kèm cho hội nghị', en: 'This file is already attached to the conference' },
        'file',
      );
    const values = { ...meta, conferenceId: id, fileName, mime, size: file.content.length, sha256 };
    const inserted = await insertFile(sql, values, actor.userId);
    if (inserted.pending) pendingId = inserted.id;
    await recordAudit(sql, auditConference(actor, ip, row, 'conference.attach', { fileId: inserted.id, ...values }));
  });
  // Queued once committed: the text is read in the background and joins the conference search.
  if (pendingId !== null) deps.extraction.enqueue(pendingId);
  return detail;
}

export async function readConferenceFile(
  deps: ConferenceDeps & { files: FileStore },
  actor: Actor,
  id: number,
  fileId: number,
) {
  const file = await inScope(deps.db, actor.scopePath, async (sql) => {
    await requireConference(sql, actor, id, conferenceActions.read);
    return (await findFiles(sql, id)).find((f) => f.id === fileId);
  });
  if (!file) throw notFound({ vi: 'Không tìm thấy tệp', en: 'File not found' });
  return { fileName: file.file_name, mime: file.mime, content: await deps.files.get(file.sha256) };
}
