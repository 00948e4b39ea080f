import type {
  AgendaInput,
  AttendanceCategory,
  AttendanceInput,
  BridgePointInput,
  AttachmentTextStatus,
  ConferenceFileMeta,
  InviteeInput,
} from '@danvan/shared';
import type { Sql } from '../../db/client.js';
import { DOCX_MIME, PDF_MIME } from '../../files/file-content.js';

// The parts of a conference: its bridge points, the invited, the attendees, the agenda, the files and
// the conclusions. Each list is replaced whole by the organiser; a bridge point is filled in by its unit.

export interface BridgePointRow extends Record<AttendanceCategory, number | null> {
  id: number;
  conference_id: number;
  unit_id: number;
  /** Empty when the point's unit is outside the reader's scope (never for the rows RLS lets through). */
  unit_name: string;
  unit_path: string;
  room: string;
  address: string;
  host: string;
  tech_name: string;
  tech_phone: string;
  test_at: Date | null;
  connected: boolean | null;
}

export async function findBridgePoints(sql: Sql, conferenceId: number): Promise<BridgePointRow[]> {
  const { rows } = await sql.query<BridgePointRow>(
    `SELECT b.id, b.conference_id, b.unit_id, coalesce(u.name, '') AS unit_name, coalesce(u.path::text, '') AS unit_path,
            b.room, b.address, b.host, b.tech_name, b.tech_phone, b.test_at, b.leaders, b.officials, b.front,
            b.citizens, b.connected
       FROM conference_bridge_points b LEFT JOIN units u ON u.id = b.unit_id
      WHERE b.conference_id = $1 ORDER BY u.path, b.id`,
    [conferenceId],
  );
  return rows;
}

/** The roster becomes these units: points of units no longer listed go, new ones come empty, the rest keep what was filled. */
export async function replaceBridgePoints(sql: Sql, conferenceId: number, unitIds: number[]): Promise<void> {
  await sql.query(`DELETE FROM conference_bridge_points WHERE conference_id = $1 AND NOT (unit_id = ANY($2::int[]))`, [
    conferenceId,
    unitIds,
  ]);
  await sql.query(
    `INSERT INTO conference_bridge_points (conference_id, unit_id)
     SELECT $1, u FROM unnest($2::int[]) AS u ON CONFLICT (conference_id, unit_id) DO NOTHING`,
    [conferenceId, unitIds],
  );
}

export async function updateBridgePoint(sql: Sql, id: number, input: BridgePointInput, userId: number): Promise<void> {
  await sql.query(
    `UPDATE conference_bridge_points
        SET room = $2, address = $3, host = $4, tech_name = $5, tech_phone = $6, test_at = $7, leaders = $8,
            officials = $9, front = $10, citizens = $11, connected = $12, updated_by = $13, updated_at = now()
      WHERE id = $1`,
    [
      id,
      input.room,
      input.address,
      input.host,
      input.techName,
      input.techPhone,
      input.testAt,
      input.leaders,
      input.officials,
      input.front,
      input.citizens,
      input.connected,
      userId,
    ],
  );
}

export async function findInvitees(sql: Sql, conferenceId: number) {
  const { rows } = await sql.query<{
    id: number;
    unit_id: number | null;
    unit_name: string;
    person_name: string;
    position: string;
  }>(
    `SELECT i.id, i.unit_id, coalesce(u.name, '') AS unit_name, i.person_name, i.position
       FROM conference_invitees i LEFT JOIN units u ON u.id = i.unit_id
      WHERE i.conference_id = $1 ORDER BY i.id`,
    [conferenceId],
  );
  return rows;
}

export async function replaceInvitees(sql: Sql, conferenceId: number, invitees: InviteeInput[]): Promise<void> {
  await sql.query(`DELETE FROM conference_invitees WHERE conference_id = $1`, [conferenceId]);
  for (const i of invitees)
    await sql.query(
      `INSERT INTO conference_invitees (conference_id, unit_id, person_name, position) VALUES ($1, $2, $3, $4)`,
      [conferenceId, i.unitId, i.personName, i.position],
    );
}

export async function findAttendees(sql: Sql, conferenceId: number) {
  const { rows } = await sql.query<{
    id: number;
    full_name: string;
    unit_name: string;
    position: string;
    category: AttendanceCategory;
    present: boolean;
  }>(
    `SELECT id, full_name, unit_name, position, category, present FROM conference_attendees
      WHERE conference_id = $1 ORDER BY id`,
    [conferenceId],
  );
  return rows;
}

export async function replaceAttendees(sql: Sql, conferenceId: number, attendees: AttendanceInput['attendees']) {
  await sql.query(`DELETE FROM conference_attendees WHERE conference_id = $1`, [conferenceId]);
  for (const a of attendees)
    await sql.query(
      `INSERT INTO conference_attendees (conference_id, full_name, unit_name, position, category, present)
       VALUES ($1, $2, $3, $4, $5, $6)`,
      [conferenceId, a.fullName, a.unitName, a.position, a.category, a.present],
    );
}

export async function findAgenda(sql: Sql, conferenceId: number) {
  const { rows } = await sql.query<{ id: number; starts_at: string | null; item: string; presenter: string }>(
    `SELECT id, to_char(starts_at, 'HH24:MI') AS starts_at, item, presenter FROM conference_agenda_items
      WHERE conference_id = $1 ORDER BY position, id`,
    [conferenceId],
  );
  return rows;
}

export async function replaceAgenda(sql: Sql, conferenceId: number, items: AgendaInput['items']): Promise<void> {
  await sql.query(`DELETE FROM conference_agenda_items WHERE conference_id = $1`, [conferenceId]);
  for (const [position, item] of items.entries())
    await sql.query(
      `INSERT INTO conference_agenda_items (conference_id, position, starts_at, item, presenter) VALUES ($1, $2, $3, $4, $5)`,
      [conferenceId, position + 1, item.startsAt, item.item, item.presenter],
    );
}

export interface ConferenceFileRow {
  id: number;
  kind: 'speech' | 'attachment';
  title: string;
  speaker: string;
  speaker_unit: string;
  file_name: string;
  mime: string;
  size: number;
  sha256: string;
  text_status: AttachmentTextStatus;
}

export async function findFiles(sql: Sql, conferenceId: number): Promise<ConferenceFileRow[]> {
  const { rows } = await sql.query<ConferenceFileRow>(
    `SELECT id, kind, title, speaker, speaker_unit, file_name, mime, size, sha256, text_status FROM conference_files
      WHERE conference_id = $1 ORDER BY kind DESC, id`,
    [conferenceId],
  );
  return rows;
}

export async function insertFile(
  sql: Sql,
  values: ConferenceFileMeta & { conferenceId: number; fileName: string; mime: string; size: number; sha256: string },
  userId: number,
): Promise<{ id: number; pending: boolean }> {
  // Only PDF and DOCX have text to read; a picture is settled at once.
  const { rows } = await sql.query<{ id: number; pending: boolean }>(
    `INSERT INTO conference_files (conference_id, kind, title, speaker, speaker_unit, file_name, mime, size, sha256, created_by, text_status)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, CASE WHEN $7 = ANY($11::text[]) THEN 'pending' ELSE 'none' END)
     RETURNING id, text_status = 'pending' AS pending`,
    [
      values.conferenceId,
      values.kind,
      values.title,
      values.speaker,
      values.speakerUnit,
      values.fileName,
      values.mime,
      values.size,
      values.sha256,
      userId,
      [PDF_MIME, DOCX_MIME],
    ],
  );
  return rows[0];
}

export interface ConclusionRow {
  id: number;
  number: number;
  text: string;
  task_ids: number[];
}

export async function findConclusions(sql: Sql, conferenceId: number): Promise<ConclusionRow[]> {
  const { rows } = await sql.query<ConclusionRow>(
    `SELECT id, number, text, task_ids FROM conference_conclusions WHERE conference_id = $1 ORDER BY number`,
    [conferenceId],
  );
  return rows;
}

/** The lines become 1…n; a line's tasks stay with its number. */
export async function replaceConclusions(sql: Sql, conferenceId: number, lines: string[]): Promise<void> {
  await sql.query(`DELETE FROM conference_conclusions WHERE conference_id = $1 AND number > $2`, [
    conferenceId,
    lines.length,
  ]);
  for (const [index, text] of lines.entries())
    await sql.query(
      `INSERT INTO conference_conclusions (conference_id, number, text) VALUES ($1, $2, $3)
       ON CONFLICT (conference_id, number) DO UPDATE SET text = EXCLUDED.text`,
      [conferenceId, index + 1, text],
    );
}

export async function addConclusionTask(sql: Sql, conclusionId: number, taskId: number): Promise<void> {
  await sql.query(`UPDATE conference_conclusions SET task_ids = array_append(task_ids, $2::int) WHERE id = $1`, [
    conclusionId,
    taskId,
  ]);
}
