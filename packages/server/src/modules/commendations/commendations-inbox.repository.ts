import type { Sql } from '../../db/client.js';

export interface InboxRow {
  id: number;
  campaign_id: number;
  title: string;
  unit_name: string;
  unit_path: string;
  owner_path: string;
  at_path: string;
  status: string;
  date: string;
  total: number;
}

/** Nominations waiting at a unit for its approval, oldest first, with the count of them all. */
export async function findNominationsWaitingAt(
  sql: Sql,
  args: { atPath: string; states: readonly string[]; limit: number },
): Promise<InboxRow[]> {
  const { rows } = await sql.query<InboxRow>(
    `SELECT n.id, n.campaign_id, coalesce(p.full_name, cu.name, '') || ' — ' || c.title AS title, u.name AS unit_name,
            u.path::text AS unit_path, '' AS owner_path, n.at_path::text AS at_path, n.status,
            n.updated_at::date::text AS date, count(*) OVER ()::int AS total
       FROM nominations n
       JOIN commendation_campaigns c ON c.id = n.campaign_id
       JOIN units u ON u.id = n.unit_id
       LEFT JOIN commendation_people p ON p.id = n.person_id
       LEFT JOIN units cu ON cu.id = n.collective_unit_id
      WHERE n.at_path = $1::ltree AND n.status = ANY($2::text[])
      ORDER BY n.updated_at, n.id LIMIT $3`,
    [args.atPath, args.states, args.limit],
  );
  return rows;
}

/** Open campaigns due by a day in which the unit has a quota and has nominated nobody, nearest deadline first. */
export async function findCampaignsDueWithoutNominations(
  sql: Sql,
  args: { unitPath: string; dueBy: string; limit: number },
): Promise<InboxRow[]> {
  const { rows } = await sql.query<InboxRow>(
    `SELECT c.id, c.id AS campaign_id, c.title, c.owner_name AS unit_name, '' AS unit_path, '' AS owner_path,
            '' AS at_path, c.status, c.deadline::text AS date, count(*) OVER ()::int AS total
       FROM commendation_campaigns c
       JOIN campaign_quotas q ON q.campaign_id = c.id AND q.quota > 0
       JOIN units u ON u.id = q.unit_id AND u.path = $1::ltree
      WHERE c.status = 'open' AND c.deadline <= $2::date
        AND NOT EXISTS (SELECT 1 FROM nominations n WHERE n.campaign_id = c.id AND n.unit_id = q.unit_id)
      ORDER BY c.deadline, c.id LIMIT $3`,
    [args.unitPath, args.dueBy, args.limit],
  );
  return rows;
}
