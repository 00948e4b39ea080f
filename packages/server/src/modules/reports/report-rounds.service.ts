import type {
  ChangeRoundInput,
  CompletenessRow,
  Indicator,
  OpenRoundInput,
  RoundSummary,
  Template,
} from '@danvan/shared';
import { defaultRoundTitle } from '@danvan/shared';
import { authorize, can, wholeScope, type Actor } from '../../auth/authorize.js';
import type { Database, Sql } from '../../db/client.js';
import { inScope, readInScope } from '../../db/scope.js';
import { vietnamDay } from '../../time.js';
import { conflict, invalid, notFound } from '../../http/errors.js';
import { recordAudit } from '../audit/index.js';
import { requireUnit, requireUnitType } from '../units/index.js';
import { findIndicatorsOfYear } from '../indicators/index.js';
import { isLate, requireReport } from './report-records.js';
import { reportActions, roundActions } from './reports.policy.js';
import { findRoundReports, type ReportRow } from './reports.repository.js';
import {
  deleteRound,
  findOverlappingRound,
  findRound,
  findRoundOfReport,
  findRounds,
  findRoundSummary,
  insertReportsForRound,
  insertRound,
  updateRound,
  type RoundRow,
  type RoundSummaryRow,
} from './rounds.repository.js';

export function presentRound(actor: Actor, row: RoundSummaryRow): RoundSummary {
  return {
    id: row.id,
    openerUnitId: row.opener_unit_id,
    openerUnitName: row.opener_unit_name,
    template: row.template,
    year: row.year,
    periodIndex: row.period_index,
    title: row.title,
    periodStart: row.period_start,
    periodEnd: row.period_end,
    deadline: row.deadline,
    reportingUnitTypes: row.reporting_unit_types,
    outline: row.outline,
    progress: {
      submitted: row.submitted,
      approved: row.approved,
      expected: row.expected,
      includesOpener: row.counts_opener,
    },
    abilities: {
      manage: row.opener_path !== null && can(actor, roundActions.manage, { path: row.opener_path }),
      cancel:
        row.opener_path !== null && can(actor, roundActions.cancel, { path: row.opener_path, worked: row.worked }),
    },
  };
}

/** Opens a reporting round for the opener's subtree and creates the forms of every reporting unit. */
export async function openRound(db: Database, actor: Actor, input: OpenRoundInput, ip: string): Promise<RoundSummary> {
  return inScope(db, actor.scopePath, async (sql) => {
    const opener = await requireUnit(sql, actor, input.openerUnitId, roundActions.open, { field: 'body.openerUnitId' });
    checkRoundPeriod(input);
    for (const [index, type] of input.reportingUnitTypes.entries())
      await requireUnitType(sql, type, `body.reportingUnitTypes.${index}`);
    const indicators = await findIndicatorsOfYear(sql, input.year);
    if (indicators.length === 0) {
      throw invalid('body.year', {
        vi: `Chưa có bộ chỉ tiêu năm ${input.year}`,
        en: `No indicator catalogue for ${input.year}`,
      });
    }
    const overlapping = await findOverlappingRound(sql, {
      openerPath: opener.path,
      template: input.template,
      year: input.year,
      periodIndex: input.periodIndex,
    });
    if (overlapping) {
      throw conflict('round_overlaps', {
        vi: 'Đã có kỳ báo cáo cùng kỳ cho các đơn vị này; mỗi đơn vị chỉ báo cáo một lần mỗi kỳ',
        en: 'A round for the same period already covers these units; each unit reports once per period',
      });
    }
    const title = input.title ?? defaultRoundTitle(input);
    const id = await insertRound(sql, {
      openerUnitId: opener.id,
      openerName: opener.name,
      template: input.template,
      year: input.year,
      periodIndex: input.periodIndex,
      title,
      periodStart: input.periodStart,
      periodEnd: input.periodEnd,
      deadline: input.deadline,
      reportingUnitTypes: input.reportingUnitTypes,
      indicators: input.keyIndicators ? withKeyIndicators(indicators, input.keyIndicators) : indicators,
      createdBy: actor.userId,
      outline: input.outline ?? 'standard',
    });
    const forms = await insertReportsForRound(sql, {
      id,
      openerUnitId: opener.id,
      openerPath: opener.path,
      types: input.reportingUnitTypes,
      periodStart: input.periodStart,
      periodEnd: input.periodEnd,
    });
    await recordAudit(sql, {
      actorUserId: actor.userId,
      actorUsername: actor.username,
      unitId: opener.id,
      action: 'round.open',
      entityType: 'round',
      entityId: id,
      after: { ...input, title, forms },
      ip,
    });
    return presentRound(actor, (await findRound(sql, id)) as RoundRow);
  });
}

/**
 * The round's indicators with the opener's choice of key ones (the body of the Word document shows
 * those; the annex every one); a code the round does not have is a 400 at its place in the list.
 */
function withKeyIndicators(indicators: Indicator[], keys: string[]): Indicator[] {
  const codes = new Set(indicators.map((indicator) => indicator.code));
  keys.forEach((key, index) => {
    if (!codes.has(key))
      throw invalid(`body.keyIndicators.${index}`, {
        vi: `Không có chỉ tiêu "${key}" trong bộ chỉ tiêu`,
        en: `No indicator "${key}" in the catalogue`,
      });
  });
  const chosen = new Set(keys);
  return indicators.map((indicator) => ({ ...indicator, isKey: chosen.has(indicator.code) }));
}

const periodsPerYear: Record<Template, number> = { monthly: 12, quarterly: 4, six_month: 1, nine_month: 1, annual: 1 };

/**
 * A round's period must be one its template has, and its data period must lie about its year
 * (from the start of the year before, as in 15/12–14/06, to the end of January after).
 */
function checkRoundPeriod(input: OpenRoundInput): void {
  const periods = periodsPerYear[input.template];
  if (input.periodIndex > periods) {
    throw invalid(
      'body.periodIndex',
      periods === 1
        ? { vi: 'Loại báo cáo này chỉ có một kỳ mỗi năm: để 1', en: 'This kind of report has one period a year: use 1' }
        : { vi: `Nhập số từ 1 đến ${periods}`, en: `Give a number from 1 to ${periods}` },
    );
  }
  if (input.periodStart < `${input.year - 1}-01-01` || input.periodStart > `${input.year}-12-31`) {
    throw invalid('body.periodStart', {
      vi: `Ngày bắt đầu kỳ số liệu phải thuộc năm ${input.year} hoặc năm trước đó`,
      en: `The period must start in ${input.year} or the year before`,
    });
  }
  if (input.periodEnd < `${input.year}-01-01` || input.periodEnd > `${input.year + 1}-01-31`) {
    throw invalid('body.periodEnd', {
      vi: `Ngày kết thúc kỳ số liệu phải thuộc năm ${input.year}`,
      en: `The period must end in ${input.year}`,
    });
  }
  checkDeadline(input.deadline, input.periodEnd);
}

function checkDeadline(deadline: string, periodEnd: string): void {
  if (deadline < periodEnd) {
    throw invalid('body.deadline', {
      vi: 'Hạn nộp phải sau ngày kết thúc kỳ số liệu',
      en: 'The deadline must be after the end of the period',
    });
  }
}

/**
 * A round the actor may manage or cancel: opened in their subtree (404 when it is not, 403 beyond
 * their role, 409 when cancelling one units have worked in).
 */
async function requireManagedRound(
  sql: Sql,
  actor: Actor,
  id: number,
  action: string = roundActions.manage,
): Promise<RoundRow & { opener_path: string }> {
  const round = await requireRound(sql, id);
  if (round.opener_path === null) throw roundNotFound();
  authorize(actor, action, { path: round.opener_path, worked: round.worked });
  return { ...round, opener_path: round.opener_path };
}

/** Changes a round's title or deadline (a later deadline judges lateness anew). */
export async function changeRound(
  db: Database,
  actor: Actor,
  id: number,
  input: ChangeRoundInput,
  ip: string,
): Promise<RoundSummary> {
  return inScope(db, actor.scopePath, async (sql) => {
    const round = await requireManagedRound(sql, actor, id);
    if (input.deadline) checkDeadline(input.deadline, round.period_end);
    const indicators = input.keyIndicators
      ? withKeyIndicators(round.indicator_snapshot, input.keyIndicators)
      : undefined;
    await updateRound(sql, id, { title: input.title, deadline: input.deadline, indicators });
    await recordAudit(sql, {
      actorUserId: actor.userId,
      actorUsername: actor.username,
      unitId: round.opener_unit_id,
      action: 'round.change',
      entityType: 'round',
      entityId: id,
      before: { title: round.title, deadline: round.deadline },
      after: input,
      ip,
    });
    return presentRound(actor, (await findRound(sql, id)) as RoundRow);
  });
}

/** Cancels a round opened by mistake: only while nobody has submitted a report or entered anything in it. */
export async function cancelRound(db: Database, actor: Actor, id: number, ip: string): Promise<void> {
  await inScope(db, actor.scopePath, async (sql) => {
    const round = await requireManagedRound(sql, actor, id, roundActions.cancel);
    const forms = await deleteRound(sql, id);
    await recordAudit(sql, {
      actorUserId: actor.userId,
      actorUsername: actor.username,
      unitId: round.opener_unit_id,
      action: 'round.cancel',
      entityType: 'round',
      entityId: id,
      before: {
        title: round.title,
        template: round.template,
        year: round.year,
        periodIndex: round.period_index,
        forms,
      },
      ip,
    });
  });
}

export async function listRounds(db: Database, actor: Actor): Promise<RoundSummary[]> {
  // Rounds are read where reports are: everyone in their scope (RLS shows the rounds it takes part in).
  authorize(actor, reportActions.read, wholeScope(actor));
  const rows = await inScope(db, actor.scopePath, findRounds);
  return rows.map((row) => presentRound(actor, row));
}

const roundNotFound = () => notFound({ vi: 'Không tìm thấy kỳ báo cáo', en: 'Reporting round not found' });

export async function requireRound(sql: Sql, id: number): Promise<RoundRow> {
  const round = await findRound(sql, id);
  if (!round) throw roundNotFound();
  return round;
}

/**
 * A report the actor may do `action` to (requireReport) and its round, asked for together: one round trip, not two.
 * A report the actor may not see answers as such, whatever its round's query found.
 */
export async function requireReportWithRound(
  sql: Sql,
  actor: Actor,
  id: number,
  action: string,
  options: { forUpdate?: boolean } = {},
): Promise<{ report: ReportRow; round: RoundRow }> {
  const [report, round] = await Promise.allSettled([
    requireReport(sql, actor, id, action, options),
    findRoundOfReport(sql, id),
  ]);
  if (report.status === 'rejected') throw report.reason;
  if (round.status === 'rejected') throw round.reason;
  if (!round.value) throw roundNotFound();
  return { report: report.value, round: round.value };
}

/** Every form of a round visible to the actor, with its state and whether it came in on time. */
export async function getCompleteness(
  db: Database,
  actor: Actor,
  roundId: number,
): Promise<{ round: RoundSummary; rows: CompletenessRow[] }> {
  authorize(actor, reportActions.read, wholeScope(actor));
  return readInScope(db, actor.scopePath, async (sql) => {
    // Asked for together (one round trip); the reports are not shown when the round is not found.
    const [round, rows] = await Promise.all([findRoundSummary(sql, roundId), findRoundReports(sql, roundId)]);
    if (!round) throw roundNotFound();
    return {
      round: presentRound(actor, round),
      rows: rows.map((row) => ({
        reportId: row.report_id,
        unitId: row.unit_id,
        unitName: row.unit_name,
        parentName: row.parent_name,
        status: row.status,
        submittedAt: row.submitted_at?.toISOString() ?? null,
        onTime: row.first_submitted_at ? vietnamDay(row.first_submitted_at) <= round.deadline : null,
        late: isLate(round, row.status, row.first_submitted_at),
      })),
    };
  });
}
