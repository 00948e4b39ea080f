import { inArea, type ComputeContext } from '../../reporting/computed-indicators.js';
import type { Sql } from '../../db/client.js';

export interface ConferenceInboxRow {
  id: number;
  title: string;
  unit_name: string;
  date: string;
  status: string;
  total: number;
}

/** The bridge points of this unit still to fill in (no room, host or technical contact) for conferences to come. */
export async function findPointsToFill(
  sql: Sql,
  args: { unitPath: string; states: readonly string[]; today: string; limit: number },
): Promise<ConferenceInboxRow[]> {
  const { rows } = await sql.query<ConferenceInboxRow>(
    `SELECT c.id, c.title, c.organiser_name AS unit_name, c.held_on::text AS date, c.status, count(*) OVER ()::int AS total
       FROM conference_bridge_points b
       JOIN units u ON u.id = b.unit_id
       JOIN conferences c ON c.id = b.conference_id
      WHERE u.path = $1::ltree AND c.status = ANY($2::text[]) AND c.held_on >= $3::date
        AND (b.room = '' OR b.host = '' OR b.tech_name = '')
      ORDER BY c.held_on, c.id LIMIT $4`,
    [args.unitPath, args.states, args.today, args.limit],
  );
  return rows;
}

/** Conferences of this organiser held with their minutes written, waiting for the chair's approval. */
export async function findMinutesToApprove(
  sql: Sql,
  args: { organiserPath: string; states: readonly string[]; limit: number },
): Promise<ConferenceInboxRow[]> {
  const { rows } = await sql.query<ConferenceInboxRow>(
    `SELECT c.id, c.title, o.name AS unit_name, c.held_on::text AS date, c.status, count(*) OVER ()::int AS total
       FROM conferences c JOIN units o ON o.id = c.organiser_unit_id
      WHERE o.path = $1::ltree AND c.status = ANY($2::text[]) AND c.minutes_text <> ''
      ORDER BY c.held_on, c.id LIMIT $3`,
    [args.organiserPath, args.states, args.limit],
  );
  return rows;
}

/** The conferences organised in the area and held in the period, by kind: how many, the people attending, the bridge points. */
export async function countHeldConferences(sql: Sql, c: ComputeContext) {
  const { rows } = await sql.query<{ kind: string; n: number; attending: number; points: number }>(
    `SELECT c.kind, count(*)::int AS n,
            sum(coalesce(c.leaders, 0) + coalesce(c.officials, 0) + coalesce(c.front, 0) + coalesce(c.citizens, 0)
                + coalesce(p.people, 0))::int AS attending,
            sum(coalesce(p.n, 0))::int AS points
       FROM conferences c
       JOIN units o ON o.id = c.organiser_unit_id
       LEFT JOIN LATERAL (
         SELECT count(*) AS n,
                sum(coalesce(b.leaders, 0) + coalesce(b.officials, 0) + coalesce(b.front, 0) + coalesce(b.citizens, 0)) AS people
           FROM conference_bridge_points b WHERE b.conference_id = c.id
       ) p ON true
      WHERE ${inArea('o.path', 1)} AND c.status <> 'planned' AND c.held_on BETWEEN $3::date AND $4::date
      GROUP BY c.kind`,
    [c.unitPath, c.excludedPaths, c.periodStart, c.periodEnd],
  );
  return rows;
}
