import type {
  AttendanceCategory,
  AttendanceCounts,
  ConferenceFormat,
  ConferenceInput,
  ConferenceListQuery,
  ConferenceStatus,
} from '@danvan/shared';
import type { Sql } from '../../db/client.js';

export interface ConferenceRow extends Record<AttendanceCategory, number | null> {
  id: number;
  organiser_unit_id: number;
  organiser_name: string;
  /** Empty when the organiser lies above the reader's scope (row-level security hides it). */
  organiser_path: string;
  /** Where the reader meets the conference: the organiser, else the reader's bridge point or invited unit. */
  reach_path: string;
  round_id: number | null;
  kind: string;
  kind_name: string;
  title: string;
  held_on: string;
  starts_at: string;
  ends_at: string | null;
  place: string;
  chairs: string;
  format: ConferenceFormat;
  content: string;
  status: ConferenceStatus;
  minutes_text: string;
  minutes_secretary: string;
  minutes_approved_by: string | null;
  minutes_approved_at: Date | null;
  invitation_document_id: number | null;
  invitation_signer: string | null;
  notice_document_id: number | null;
  notice_signer: string | null;
  bridge_point_count: number;
  attending: number;
}

const people = (alias: string) =>
  `coalesce(${alias}.leaders, 0) + coalesce(${alias}.officials, 0) + coalesce(${alias}.front, 0) + coalesce(${alias}.citizens, 0)`;

const conferenceSelect = `
  SELECT c.id, c.organiser_unit_id, c.organiser_name, coalesce(o.path::text, '') AS organiser_path,
         coalesce(o.path::text,
                  (SELECT min(u.path::text) FROM conference_bridge_points b JOIN units u ON u.id = b.unit_id
                    WHERE b.conference_id = c.id),
                  (SELECT min(u.path::text) FROM conference_invitees i JOIN units u ON u.id = i.unit_id
                    WHERE i.conference_id = c.id),
                  (SELECT min(u.path::text) FROM conference_conclusions cc
                     CROSS JOIN LATERAL task_owner_units(cc.task_ids) AS owner(unit_id)
                     JOIN units u ON u.id = owner.unit_id
                    WHERE cc.conference_id = c.id), '') AS reach_path,
         c.round_id, c.kind, k.name_vi AS kind_name, c.title, c.held_on::text AS held_on,
         to_char(c.starts_at, 'HH24:MI') AS starts_at, to_char(c.ends_at, 'HH24:MI') AS ends_at,
         c.place, c.chairs, c.format, c.content, c.status, c.leaders, c.officials, c.front, c.citizens,
         c.minutes_text, c.minutes_secretary, c.minutes_approved_by, c.minutes_approved_at,
         c.invitation_document_id, c.invitation_signer, c.notice_document_id, c.notice_signer,
         coalesce(p.n, 0)::int AS bridge_point_count, (${people('c')} + coalesce(p.people, 0))::int AS attending
    FROM conferences c
    JOIN conference_kinds k ON k.code = c.kind
    LEFT JOIN units o ON o.id = c.organiser_unit_id
    LEFT JOIN LATERAL (
      SELECT count(*) AS n, sum(${people('b')}) AS people FROM conference_bridge_points b WHERE b.conference_id = c.id
    ) p ON true`;

const orders: Record<ConferenceListQuery['sort'], string> = {
  '-heldOn': 'c.held_on DESC, c.id DESC',
  heldOn: 'c.held_on, c.id',
  title: 'vi_fold(c.title), c.id',
};

/** A page of the conferences the reader sees matching the filters, with the filtered total. */
export async function findConferences(
  sql: Sql,
  query: ConferenceListQuery,
): Promise<{ total: number; rows: ConferenceRow[] }> {
  const { rows } = await sql.query<ConferenceRow & { total: number }>(
    `SELECT x.*, count(*) OVER ()::int AS total FROM (${conferenceSelect}
      WHERE ($1::text IS NULL OR c.kind = $1)
        AND ($2::int IS NULL OR extract(year FROM c.held_on) = $2)
        AND ($3::int IS NULL OR o.path <@ (SELECT path FROM units WHERE id = $3))
        AND ($4::text IS NULL OR c.status = $4)
        AND ($5::text IS NULL OR vi_fold(c.title || ' ' || c.place || ' ' || c.chairs) LIKE '%' || like_literal(vi_fold($5)) || '%'
             OR EXISTS (SELECT 1 FROM conference_files f WHERE f.conference_id = c.id
                         AND vi_fold(f.title || ' ' || f.speaker || ' ' || f.speaker_unit || ' ' || left(f.text_content, 500000)) LIKE '%' || like_literal(vi_fold($5)) || '%'))
      ORDER BY ${orders[query.sort]}) x
      LIMIT $6 OFFSET $7`,
    [
      query.kind ?? null,
      query.year ?? null,
      query.unitId ?? null,
      query.status ?? null,
      query.q?.trim() || null,
      query.limit,
      query.offset,
    ],
  );
  return { total: rows[0]?.total ?? 0, rows };
}

export async function findConference(
  sql: Sql,
  id: number,
  options: { forUpdate?: boolean } = {},
): Promise<ConferenceRow | null> {
  const { rows } = await sql.query<ConferenceRow>(
    `${conferenceSelect} WHERE c.id = $1 ${options.forUpdate ? 'FOR UPDATE OF c' : ''}`,
    [id],
  );
  return rows[0] ?? null;
}

export async function findKinds(sql: Sql) {
  const { rows } = await sql.query<{ code: string; vi: string; en: string; period_months: number | null }>(
    `SELECT code, name_vi AS vi, name_en AS en, period_months FROM conference_kinds ORDER BY sort_order`,
  );
  return rows.map((r) => ({ code: r.code, vi: r.vi, en: r.en, periodMonths: r.period_months }));
}

const generalValues = (input: ConferenceInput) => [
  input.kind,
  input.title,
  input.roundId,
  input.heldOn,
  input.startsAt,
  input.endsAt,
  input.place,
  input.chairs,
  input.format,
  input.content,
];

export async function insertConference(
  sql: Sql,
  organiser: { id: number; name: string },
  input: ConferenceInput,
  userId: number,
): Promise<number> {
  const { rows } = await sql.query<{ id: number }>(
    `INSERT INTO conferences (kind, title, round_id, held_on, starts_at, ends_at, place, chairs, format, content,
                              organiser_unit_id, organiser_name, created_by)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13) RETURNING id`,
    [...generalValues(input), organiser.id, organiser.name, userId],
  );
  return rows[0].id;
}

export async function updateConference(sql: Sql, id: number, input: ConferenceInput): Promise<void> {
  await sql.query(
    `UPDATE conferences SET kind = $1, title = $2, round_id = $3, held_on = $4, starts_at = $5, ends_at = $6,
            place = $7, chairs = $8, format = $9, content = $10, updated_at = now() WHERE id = $11`,
    [...generalValues(input), id],
  );
}

export async function setConferenceStatus(sql: Sql, id: number, status: ConferenceStatus): Promise<void> {
  await sql.query(`UPDATE conferences SET status = $2, updated_at = now() WHERE id = $1`, [id, status]);
}

export async function setConferenceCounts(sql: Sql, id: number, counts: AttendanceCounts): Promise<void> {
  await sql.query(
    `UPDATE conferences SET leaders = $2, officials = $3, front = $4, citizens = $5, updated_at = now() WHERE id = $1`,
    [id, counts.leaders, counts.officials, counts.front, counts.citizens],
  );
}

export async function setMinutes(sql: Sql, id: number, text: string, secretary: string): Promise<void> {
  await sql.query(
    `UPDATE conferences SET minutes_text = $2, minutes_secretary = $3, updated_at = now() WHERE id = $1`,
    [id, text, secretary],
  );
}

export async function approveMinutes(sql: Sql, id: number, approvedBy: string): Promise<void> {
  await sql.query(
    `UPDATE conferences SET status = 'minutes_approved', minutes_approved_by = $2, minutes_approved_at = now(),
            updated_at = now() WHERE id = $1`,
    [id, approvedBy],
  );
}

export async function setIssuedDocument(
  sql: Sql,
  id: number,
  which: 'invitation' | 'notice',
  documentId: number,
  signer: string,
): Promise<void> {
  await sql.query(
    `UPDATE conferences SET ${which}_document_id = $2, ${which}_signer = $3, updated_at = now() WHERE id = $1`,
    [id, documentId, signer],
  );
}
