import {
  memberPeriodLabel,
  memberPeriodRange,
  organisationKindCodes,
  type AuditEntry,
  type BilingualWarning,
  type MemberCountInput,
  type MemberCountListQuery,
  type MemberCountSaved,
  type MemberCountSummary,
  type MemberKindFigures,
  type MemberRollup,
  type MemberRollupQuery,
  type OrganisationKind,
} from '@danvan/shared';
import { authorize, can, wholeScope, type Actor } from '../../auth/authorize.js';
import type { Database, Sql } from '../../db/client.js';
import { inScope } from '../../db/scope.js';
import { AppError, invalid, notFound } from '../../http/errors.js';
import { vietnamDay } from '../../time.js';
import { findEntityHistory, recordAudit } from '../audit/index.js';
import { isUnitOpenDuring, requireUnit, unitActions } from '../units/index.js';
import { memberCountActions } from './members.policy.js';
import {
  findMemberCount,
  findMemberCounts,
  findNextCount,
  findOverlappingCount,
  findRollupChildren,
  findRollupGroups,
  insertMemberCount,
  lockOrganisation,
  updateMemberCount,
  type MemberCountRow,
  type MemberCountValues,
  type RollupGroupRow,
} from './members.repository.js';

const ENTITY = 'member_count';

function present(actor: Actor, row: MemberCountRow): MemberCountSummary {
  return {
    id: row.id,
    unitId: row.unit_id,
    unitName: row.unit_name,
    kind: row.kind,
    parentName: row.parent_name,
    periodKind: row.period_kind,
    year: row.year,
    periodIndex: row.period_index,
    periodStart: row.period_start,
    periodEnd: row.period_end,
    members: row.members,
    admitted: row.admitted,
    left: row.left_count,
    referredToParty: row.referred_to_party,
    note: row.note,
    previousMembers: row.previous_members,
    expectedMembers: row.previous_members === null ? null : row.previous_members + row.admitted - row.left_count,
    updatedAt: row.updated_at.toISOString(),
    abilities: { update: can(actor, memberCountActions.update, { path: row.unit_path }) },
  };
}

/** Member counts of the actor's scope, filtered, sorted and paged. */
export async function listMemberCounts(
  db: Database,
  actor: Actor,
  query: MemberCountListQuery,
): Promise<{ total: number; items: MemberCountSummary[] }> {
  authorize(actor, memberCountActions.read, wholeScope(actor));
  const { total, rows } = await inScope(db, actor.scopePath, (sql) =>
    findMemberCounts(sql, { ...query, kinds: organisationKindCodes }),
  );
  return { total, items: rows.map((row) => present(actor, row)) };
}

async function requireMemberCount(
  sql: Sql,
  actor: Actor,
  id: number,
  action: string,
  options: { forUpdate?: boolean } = {},
) {
  const row = await findMemberCount(sql, id, options);
  if (!row) throw notFound({ vi: 'Không tìm thấy số liệu đoàn viên, hội viên', en: 'Member count not found' });
  authorize(actor, action, { path: row.unit_path });
  return row;
}

export async function getMemberCount(db: Database, actor: Actor, id: number): Promise<MemberCountSummary> {
  return inScope(db, actor.scopePath, async (sql) =>
    present(actor, await requireMemberCount(sql, actor, id, memberCountActions.read)),
  );
}

/** Who recorded and changed the entry, newest first: open to everyone who may read the entry. */
export async function getMemberCountHistory(db: Database, actor: Actor, id: number): Promise<AuditEntry[]> {
  return inScope(db, actor.scopePath, async (sql) => {
    await requireMemberCount(sql, actor, id, memberCountActions.read);
    return (await findEntityHistory(sql, ENTITY, id)).items;
  });
}

const isOrganisation = (type: string): type is OrganisationKind =>
  (organisationKindCodes as readonly string[]).includes(type);

/** Checks the period and the organisation; returns the values to store. */
async function valuesOf(sql: Sql, actor: Actor, input: MemberCountInput, action: string): Promise<MemberCountValues> {
  if (input.periodKind === 'quarter' && input.periodIndex > 4) {
    throw invalid('body.periodIndex', { vi: 'Quý phải từ 1 đến 4', en: 'A quarter is 1 to 4' });
  }
  const { start, end } = memberPeriodRange(input.periodKind, input.year, input.periodIndex);
  if (start > vietnamDay()) {
    throw invalid('body.periodIndex', {
      vi: 'Kỳ này chưa bắt đầu, chưa thể nhập số liệu',
      en: 'This period has not started yet',
    });
  }
  const unit = await requireUnit(sql, actor, input.unitId, unitActions.read, { field: 'body.unitId' });
  if (!isOrganisation(unit.type)) {
    throw invalid('body.unitId', {
      vi: 'Đơn vị được chọn không phải là tổ chức Mặt trận, đoàn thể',
      en: 'The unit chosen is not a Front or member organisation',
    });
  }
  if (!isUnitOpenDuring(unit, start, end)) {
    throw invalid(
      'body.unitId',
      {
        vi: 'Tổ chức không hoạt động trong kỳ này (đã giải thể hoặc chưa thành lập)',
        en: 'The organisation was not open during this period (closed, or not yet founded)',
      },
      409,
    );
  }
  authorize(actor, action, unit);
  return {
    unitId: unit.id,
    periodKind: input.periodKind,
    year: input.year,
    periodIndex: input.periodIndex,
    periodStart: start,
    periodEnd: end,
    members: input.members,
    admitted: input.admitted,
    left: input.left,
    referredToParty: input.referredToParty,
    note: input.note,
  };
}

/** Refuses a second entry for a period of the organisation already covered (the same or an overlapping one). */
async function checkNoOverlap(sql: Sql, values: MemberCountValues, exceptId: number | null): Promise<void> {
  await lockOrganisation(sql, values.unitId);
  const other = await findOverlappingCount(sql, {
    unitId: values.unitId,
    start: values.periodStart,
    end: values.periodEnd,
    exceptId,
  });
  if (!other) return;
  const label = memberPeriodLabel(other.period_kind, other.year, other.period_index);
  const message = {
    vi: `Tổ chức này đã có số liệu cho ${label}; hãy sửa số liệu đã có thay vì nhập mới`,
    en: `This organisation already has figures for ${label.replace('Quý', 'quarter').replace('Tháng', 'month')}; edit them instead of adding another entry`,
  };
  throw new AppError(409, 'duplicate', message, [{ path: 'body.periodIndex', ...message }]);
}

/** Figures that do not add up: saved all the same (the organisation may have recounted), but flagged. */
async function balanceWarnings(sql: Sql, row: MemberCountRow): Promise<BilingualWarning[]> {
  const warnings: BilingualWarning[] = [];
  if (row.previous_members !== null) {
    const expected = row.previous_members + row.admitted - row.left_count;
    if (expected !== row.members) {
      warnings.push({
        code: 'balance',
        vi: `Số đầu kỳ ${row.previous_members} + kết nạp ${row.admitted} − ra khỏi ${row.left_count} = ${expected}, khác số cuối kỳ ${row.members}`,
        en: `Previous ${row.previous_members} + admitted ${row.admitted} − left ${row.left_count} = ${expected}, not ${row.members}`,
      });
    }
  }
  const next = await findNextCount(sql, row.unit_id, row.period_end);
  if (next) {
    const expected = row.members + next.admitted - next.left_count;
    if (expected !== next.members) {
      const label = memberPeriodLabel(next.period_kind, next.year, next.period_index);
      warnings.push({
        code: 'next_balance',
        vi: `Số liệu ${label} (${next.members}) không khớp với số cuối kỳ này ${row.members} + kết nạp ${next.admitted} − ra khỏi ${next.left_count} = ${expected}`,
        en: `The next period's ${next.members} members do not match ${row.members} + ${next.admitted} − ${next.left_count} = ${expected}`,
      });
    }
  }
  return warnings;
}

async function saved(sql: Sql, actor: Actor, id: number): Promise<MemberCountSaved> {
  const row = (await findMemberCount(sql, id)) as MemberCountRow;
  return { ...present(actor, row), warnings: await balanceWarnings(sql, row) };
}

const auditValues = (row: MemberCountRow): MemberCountValues => ({
  unitId: row.unit_id,
  periodKind: row.period_kind,
  year: row.year,
  periodIndex: row.period_index,
  periodStart: row.period_start,
  periodEnd: row.period_end,
  members: row.members,
  admitted: row.admitted,
  left: row.left_count,
  referredToParty: row.referred_to_party,
  note: row.note,
});

/** Records an organisation's count for a period; one entry per organisation and period. */
export async function createMemberCount(
  db: Database,
  actor: Actor,
  input: MemberCountInput,
  ip: string,
): Promise<MemberCountSaved> {
  return inScope(db, actor.scopePath, async (sql) => {
    const values = await valuesOf(sql, actor, input, memberCountActions.create);
    await checkNoOverlap(sql, values, null);
    const id = await insertMemberCount(sql, values, actor.userId);
    await recordAudit(sql, {
      actorUserId: actor.userId,
      actorUsername: actor.username,
      unitId: values.unitId,
      action: 'member_count.create',
      entityType: ENTITY,
      entityId: id,
      after: values,
      ip,
    });
    return saved(sql, actor, id);
  });
}

export async function editMemberCount(
  db: Database,
  actor: Actor,
  id: number,
  input: MemberCountInput,
  ip: string,
): Promise<MemberCountSaved> {
  return inScope(db, actor.scopePath, async (sql) => {
    const before = await requireMemberCount(sql, actor, id, memberCountActions.update, { forUpdate: true });
    const values = await valuesOf(sql, actor, input, memberCountActions.update);
    await checkNoOverlap(sql, values, id);
    await updateMemberCount(sql, id, values);
    await recordAudit(sql, {
      actorUserId: actor.userId,
      actorUsername: actor.username,
      unitId: values.unitId,
      action: 'member_count.update',
      entityType: ENTITY,
      entityId: id,
      before: auditValues(before),
      after: values,
      ip,
    });
    return saved(sql, actor, id);
  });
}

function kindFigures(rows: RollupGroupRow[]): MemberKindFigures[] {
  return organisationKindCodes.flatMap((kind) => {
    const row = rows.find((r) => r.kind === kind);
    if (!row) return [];
    return [
      {
        kind,
        organisations: row.organisations,
        reporting: row.reporting,
        members: row.members,
        admitted: row.admitted,
        left: row.left_count,
        referredToParty: row.referred_to_party,
      },
    ];
  });
}

/**
 * Totals by organisation kind for a unit's subtree in a quarter or a year, with the same per child
 * for drill-down. Organisations without an entry count as missing, never as zero.
 */
export async function getMemberRollup(db: Database, actor: Actor, query: MemberRollupQuery): Promise<MemberRollup> {
  const { start, end } = query.quarter
    ? memberPeriodRange('quarter', query.year, query.quarter)
    : { start: `${query.year}-01-01`, end: `${query.year}-12-31` };
  return inScope(db, actor.scopePath, async (sql) => {
    const unit = await requireUnit(sql, actor, query.unitId, unitActions.read, { field: 'query.unitId' });
    authorize(actor, memberCountActions.read, unit);
    const groups = await findRollupGroups(sql, { unitId: unit.id, from: start, to: end, kinds: organisationKindCodes });
    const children = await findRollupChildren(sql, { unitId: unit.id, from: start, to: end });
    const byGroup = (id: number) => groups.filter((g) => g.group_id === id);
    return {
      unitId: unit.id,
      unitName: unit.name,
      periodStart: start,
      periodEnd: end,
      totals: kindFigures(byGroup(unit.id)),
      children: children
        .map((child) => ({
          unitId: child.id,
          unitName: child.name,
          unitType: child.type,
          hasChildren: child.has_children,
          kinds: kindFigures(byGroup(child.id)),
        }))
        .filter((child) => child.kinds.length > 0),
    };
  });
}
