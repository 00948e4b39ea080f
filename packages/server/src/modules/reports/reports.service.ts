import type {
  ChangeRoundInput, ChildRollup, CompletenessRow, Indicator, OpenRoundInput, ReportIndicatorRow, ReportStatus, ReportVersionView, ReportView, RoundSummary, SaveReportInput, Template,
} from '@danvan/shared';
import { reportStatusNames, templateNames } from '@danvan/shared';
import { authorize, can, type Actor } from '../../auth/authorize.js';
import type { Database, Sql } from '../../db/client.js';
import { inScope } from '../../db/scope.js';
import { vietnamDay } from '../../time.js';
import { AppError, conflict, invalid, notFound } from '../../http/errors.js';
import { recordAudit } from '../audit/audit.service.js';
import { computedIndicators } from '../indicator-providers.js';
import { requireUnit, requireUnitType } from '../units/units.service.js';
import { compare, figureColumns, figureFromTotals, figureLists, noTotals, totalsLookup, totalsOfOwnValues, withReportAdded } from './aggregation.js';
import { generateNarrative } from './narrative.js';
import { reportActions, roundActions, type ReportRecord } from './reports.policy.js';
import {
  applyRollup, deleteRound, findApprovedReportAbove, findIndicatorsOfYear, findOverlappingRound, findReport, findReportingChildren, findReportingDescendantPaths,
  findReportOfUnit, findReportVersion, findReportVersions, findRound, findRoundReports, findRounds, findTotals, findValues, insertReportsForRound,
  insertReportVersion, insertRound, recomputeRollupMax, roundHasWork, updateReportState, updateRound, upsertValues, type ReportRow, type RollupValue, type RoundRow, type ValueRow,
} from './reports.repository.js';


function presentRound(actor: Actor, row: RoundRow): RoundSummary {
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
    progress: { submitted: row.submitted, approved: row.approved, expected: row.expected },
    abilities: { manage: row.opener_path !== null && can(actor, roundActions.manage, { path: row.opener_path }) },
  };
}

/** "Báo cáo kết quả công tác dân vận 9 tháng đầu năm 2026": the title Party reports use. */
export function defaultRoundTitle(input: { template: OpenRoundInput['template']; year: number; periodIndex: number }): string {
  const period =
    input.template === 'monthly' ? `tháng ${input.periodIndex} năm ${input.year}`
    : input.template === 'quarterly' ? `quý ${input.periodIndex} năm ${input.year}`
    : input.template === 'annual' ? `năm ${input.year}`
    : `${templateNames[input.template].vi} ${input.year}`;
  return `Báo cáo kết quả công tác dân vận ${period}`;
}

/** Opens a reporting round for the opener's subtree and creates the forms of every reporting unit. */
export async function openRound(db: Database, actor: Actor, input: OpenRoundInput, ip: string): Promise<RoundSummary> {
  return inScope(db, actor.scopePath, async (sql) => {
    const opener = await requireUnit(sql, actor, input.openerUnitId, roundActions.open, { field: 'body.openerUnitId' });
    checkRoundPeriod(input);
    for (const [index, type] of input.reportingUnitTypes.entries()) await requireUnitType(sql, type, `body.reportingUnitTypes.${index}`);
    const indicators = await findIndicatorsOfYear(sql, input.year);
    if (indicators.length === 0) {
      throw invalid('body.year', { vi: `Chưa có bộ chỉ tiêu năm ${input.year}`, en: `No indicator catalogue for ${input.year}` });
    }
    const overlapping = await findOverlappingRound(sql, { openerPath: opener.path, template: input.template, year: input.year, periodIndex: input.periodIndex });
    if (overlapping) {
      throw conflict('round_overlaps', {
        vi: 'Đã có kỳ báo cáo cùng kỳ cho các đơn vị này; mỗi đơn vị chỉ báo cáo một lần mỗi kỳ',
        en: 'A round for the same period already covers these units; each unit reports once per period',
      });
    }
    const title = input.title ?? defaultRoundTitle(input);
    const id = await insertRound(sql, {
      openerUnitId: opener.id, openerName: opener.name, template: input.template, year: input.year, periodIndex: input.periodIndex, title,
      periodStart: input.periodStart, periodEnd: input.periodEnd, deadline: input.deadline, reportingUnitTypes: input.reportingUnitTypes,
      indicators, createdBy: actor.userId,
    });
    const forms = await insertReportsForRound(sql, {
      id, openerUnitId: opener.id, openerPath: opener.path, types: input.reportingUnitTypes, periodStart: input.periodStart, periodEnd: input.periodEnd,
    });
    await recordAudit(sql, {
      actorUserId: actor.userId, actorUsername: actor.username, unitId: opener.id, action: 'round.open', entityType: 'round', entityId: id,
      after: { ...input, title, forms }, ip,
    });
    return presentRound(actor, (await findRound(sql, id)) as RoundRow);
  });
}

const periodsPerYear: Record<Template, number> = { monthly: 12, quarterly: 4, six_month: 1, nine_month: 1, annual: 1 };

/**
 * A round's period must be one its template has, and its data period must lie about its year
 * (from the start of the year before, as in 15/12–14/06, to the end of January after).
 */
function checkRoundPeriod(input: OpenRoundInput): void {
  const periods = periodsPerYear[input.template];
  if (input.periodIndex > periods) {
    throw invalid('body.periodIndex', periods === 1
      ? { vi: 'Loại báo cáo này chỉ có một kỳ mỗi năm: để 1', en: 'This kind of report has one period a year: use 1' }
      : { vi: `Nhập số từ 1 đến ${periods}`, en: `Give a number from 1 to ${periods}` });
  }
  if (input.periodStart < `${input.year - 1}-01-01` || input.periodStart > `${input.year}-12-31`) {
    throw invalid('body.periodStart', { vi: `Ngày bắt đầu kỳ số liệu phải thuộc năm ${input.year} hoặc năm trước đó`, en: `The period must start in ${input.year} or the year before` });
  }
  if (input.periodEnd < `${input.year}-01-01` || input.periodEnd > `${input.year + 1}-01-31`) {
    throw invalid('body.periodEnd', { vi: `Ngày kết thúc kỳ số liệu phải thuộc năm ${input.year}`, en: `The period must end in ${input.year}` });
  }
  checkDeadline(input.deadline, input.periodEnd);
}

function checkDeadline(deadline: string, periodEnd: string): void {
  if (deadline < periodEnd) {
    throw invalid('body.deadline', { vi: 'Hạn nộp phải sau ngày kết thúc kỳ số liệu', en: 'The deadline must be after the end of the period' });
  }
}

/** A round the actor may manage: opened in their subtree (404 when it is not, 403 beyond their role). */
async function requireManagedRound(sql: Sql, actor: Actor, id: number): Promise<RoundRow & { opener_path: string }> {
  const round = await requireRound(sql, id);
  if (round.opener_path === null) throw roundNotFound();
  authorize(actor, roundActions.manage, { path: round.opener_path });
  return { ...round, opener_path: round.opener_path };
}

/** Changes a round's title or deadline (a later deadline judges lateness anew). */
export async function changeRound(db: Database, actor: Actor, id: number, input: ChangeRoundInput, ip: string): Promise<RoundSummary> {
  return inScope(db, actor.scopePath, async (sql) => {
    const round = await requireManagedRound(sql, actor, id);
    if (input.deadline) checkDeadline(input.deadline, round.period_end);
    await updateRound(sql, id, input);
    await recordAudit(sql, {
      actorUserId: actor.userId, actorUsername: actor.username, unitId: round.opener_unit_id, action: 'round.change', entityType: 'round', entityId: id,
      before: { title: round.title, deadline: round.deadline }, after: input, ip,
    });
    return presentRound(actor, (await findRound(sql, id)) as RoundRow);
  });
}

/** Cancels a round opened by mistake: only while nobody has submitted a report or entered anything in it. */
export async function cancelRound(db: Database, actor: Actor, id: number, ip: string): Promise<void> {
  await inScope(db, actor.scopePath, async (sql) => {
    const round = await requireManagedRound(sql, actor, id);
    if (await roundHasWork(sql, id)) {
      throw conflict('round_in_use', {
        vi: 'Không thể hủy kỳ báo cáo đã có đơn vị nhập số liệu hoặc nộp báo cáo',
        en: 'A round in which units have entered figures or submitted reports cannot be cancelled',
      });
    }
    const forms = await deleteRound(sql, id);
    await recordAudit(sql, {
      actorUserId: actor.userId, actorUsername: actor.username, unitId: round.opener_unit_id, action: 'round.cancel', entityType: 'round', entityId: id,
      before: { title: round.title, template: round.template, year: round.year, periodIndex: round.period_index, forms }, ip,
    });
  });
}

export async function listRounds(db: Database, actor: Actor): Promise<RoundSummary[]> {
  const rows = await inScope(db, actor.scopePath, findRounds);
  return rows.map((row) => presentRound(actor, row));
}

const roundNotFound = () => notFound({ vi: 'Không tìm thấy kỳ báo cáo', en: 'Reporting round not found' });

export async function requireRound(sql: Sql, id: number): Promise<RoundRow> {
  const round = await findRound(sql, id);
  if (!round) throw roundNotFound();
  return round;
}

/** A draft or a returned report: its unit may still change it. */
const editableStatuses: ReportStatus[] = ['draft', 'returned'];
const isEditable = (status: ReportStatus) => editableStatuses.includes(status);

/** Late by the first submission: a report returned or reopened for correction stays as punctual as it came in. */
const isLate = (round: RoundRow, status: ReportStatus, firstSubmittedAt: Date | null) =>
  firstSubmittedAt ? vietnamDay(firstSubmittedAt) > round.deadline : status !== 'approved' && vietnamDay() > round.deadline;

/** Every form of a round visible to the actor, with its state and whether it came in on time. */
export async function getCompleteness(db: Database, actor: Actor, roundId: number): Promise<{ round: RoundSummary; rows: CompletenessRow[] }> {
  return inScope(db, actor.scopePath, async (sql) => {
    const round = await requireRound(sql, roundId);
    const rows = await findRoundReports(sql, roundId);
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

const recordOf = (report: ReportRow): ReportRecord => ({ path: report.unit_path, unitId: report.unit_id });

async function requireReport(sql: Sql, actor: Actor, id: number, action: string, options: { forUpdate?: boolean } = {}): Promise<ReportRow> {
  const report = await findReport(sql, id, options);
  if (!report) throw notFound({ vi: 'Không tìm thấy báo cáo', en: 'Report not found' });
  authorize(actor, action, recordOf(report));
  return report;
}

// A null value: the module has no records to compute from, so the figure stays the unit's to enter.
type ComputedFigures = Map<string, { value: number | null; denominator: number | null }>;

/** What the modules' records say now for the round's computed indicators; reads only. */
async function computeFigures(sql: Sql, report: ReportRow, round: RoundRow): Promise<ComputedFigures> {
  const figures: ComputedFigures = new Map();
  const providers = round.indicator_snapshot.flatMap((indicator) => {
    const provider = indicator.computedKey ? computedIndicators.get(indicator.computedKey) : undefined;
    return provider ? [{ indicator, provider }] : [];
  });
  if (providers.length === 0) return figures;
  const context = {
    unitPath: report.unit_path,
    excludedPaths: await findReportingDescendantPaths(sql, { unitPath: report.unit_path, roundId: round.id }),
    periodStart: round.period_start,
    periodEnd: round.period_end,
  };
  for (const { indicator, provider } of providers) {
    const result = await provider.compute(sql, context);
    figures.set(indicator.code, { value: result.value, denominator: result.denominator ?? null });
  }
  return figures;
}

/**
 * Stored figures with fresh computed ones laid over them: a computed figure follows the records,
 * a hand-adjusted one keeps its value and reason and only learns the new computed value.
 */
function withComputed(values: ValueRow[], computed: ComputedFigures): ValueRow[] {
  const byCode = new Map(values.map((v) => [v.indicator_code, v]));
  for (const [code, fresh] of computed) {
    const current = byCode.get(code);
    if (fresh.value === null && (current?.computed_value ?? null) === null) continue;
    byCode.set(code, current?.source === 'adjusted'
      ? { ...current, computed_value: fresh.value }
      : { indicator_code: code, value: fresh.value, denominator: fresh.denominator, source: 'computed', adjust_reason: null, computed_value: fresh.value });
  }
  return [...byCode.values()];
}

/**
 * Stores fresh computed figures of an editable report (on save, submit and the explicit refresh;
 * never on a read); returns the values as now stored, and what changed for the use case's audit row.
 */
async function refreshComputed(sql: Sql, report: ReportRow, round: RoundRow): Promise<{ values: ValueRow[]; computed: Record<string, { before: number | null; after: number | null }> }> {
  const stored = await findValues(sql, report.id);
  const before = new Map(stored.map((v) => [v.indicator_code, v]));
  const values = withComputed(stored, await computeFigures(sql, report, round));
  const changes = values.filter((v) => {
    const old = before.get(v.indicator_code);
    return !old || old.value !== v.value || old.denominator !== v.denominator || old.source !== v.source || old.computed_value !== v.computed_value;
  });
  await upsertValues(sql, report.id, changes.map((v) => ({
    code: v.indicator_code, value: v.value, denominator: v.denominator, source: v.source, adjustReason: v.adjust_reason, computedValue: v.computed_value,
  })));
  const computed = Object.fromEntries(changes
    .filter((v) => before.get(v.indicator_code)?.value !== v.value)
    .map((v) => [v.indicator_code, { before: before.get(v.indicator_code)?.value ?? null, after: v.value }]));
  return { values, computed };
}

const ownFigures = (values: ValueRow[]) => new Map(values.map((v) => [v.indicator_code, { value: v.value, denominator: v.denominator }]));

/**
 * A report as its reader sees it. `computedStored`: this transaction has just stored fresh computed
 * figures (save, refresh), so they are not computed again. `ownInTotal`: the totals count this
 * report's own figures as they stand even before it is approved (what its narrative drafts from).
 */
async function buildView(sql: Sql, actor: Actor, report: ReportRow, round: RoundRow, options: { computedStored?: boolean; ownInTotal?: boolean } = {}): Promise<ReportView> {
  const editable = isEditable(report.status);
  const storedValues = await findValues(sql, report.id);
  // The editor sees what the records say now; the figures are stored when the form is saved or submitted.
  const values = editable && !options.computedStored && can(actor, reportActions.edit, recordOf(report))
    ? withComputed(storedValues, await computeFigures(sql, report, round))
    : storedValues;
  const indicators = round.indicator_snapshot;
  const own = ownFigures(values);
  const ownTotalsByCode = totalsOfOwnValues(indicators, own);
  const ownTotals = totalsLookup(ownTotalsByCode);
  const children = await findReportingChildren(sql, { unitPath: report.unit_path, roundId: round.id });
  const totals = await findTotals(sql, {
    unitIds: [report.unit_id, ...children.map((c) => c.id)],
    template: round.template,
    years: [round.year, round.year - 1],
    periodIndex: round.period_index,
  });
  const approvedTotals = totals.get(`${report.unit_id}:${round.year}`) ?? noTotals;
  const current = options.ownInTotal && report.status !== 'approved'
    ? withReportAdded(approvedTotals, ownTotalsByCode)
    : approvedTotals;
  const previous = totals.get(`${report.unit_id}:${round.year - 1}`) ?? noTotals;
  const valueByCode = new Map(values.map((v) => [v.indicator_code, v]));

  const rows: ReportIndicatorRow[] = indicators.map((indicator) => {
    const stored = valueByCode.get(indicator.code);
    const ownFigure = indicator.aggregation === 'ratio' ? figureFromTotals(indicator, ownTotals) : (own.get(indicator.code) ?? { value: null, denominator: null });
    const total = figureFromTotals(indicator, current);
    const lastYear = figureFromTotals(indicator, previous);
    return {
      indicator,
      own: { ...ownFigure, source: stored?.source ?? null, computedValue: stored?.computed_value ?? null, adjustReason: stored?.adjust_reason ?? null },
      total,
      lastYear,
      ...compare(total, lastYear),
    };
  });
  const childRollups: ChildRollup[] = children.map((child) => ({
    unitId: child.id,
    unitName: child.name,
    // A child without a form of its own (a district in a commune round) counts as reported once anything under it is approved.
    status: child.status ?? (child.approved > 0 ? 'approved' : 'missing'),
    ...figureLists(figureColumns(indicators, totals.get(`${child.id}:${round.year}`) ?? noTotals)),
  }));
  // This report and every report below it, each under exactly one child.
  const included = {
    expected: 1 + children.reduce((sum, child) => sum + child.expected, 0),
    approved: (report.status === 'approved' ? 1 : 0) + children.reduce((sum, child) => sum + child.approved, 0),
  };
  const record = recordOf(report);
  const approvedAbove = report.status === 'submitted' || report.status === 'approved' ? await findApprovedReportAbove(sql, report.id) : null;
  return {
    id: report.id,
    round: presentRound(actor, round),
    unit: { id: report.unit_id, name: report.unit_name, path: report.unit_path },
    status: report.status,
    version: report.version,
    late: isLate(round, report.status, report.first_submitted_at),
    narrative: report.narrative,
    returnComment: report.return_comment,
    submittedAt: report.submitted_at?.toISOString() ?? null,
    approvedAt: report.approved_at?.toISOString() ?? null,
    rows,
    included,
    children: childRollups,
    versions: await findReportVersions(sql, report.id),
    approvedAbove,
    abilities: {
      edit: editable && can(actor, reportActions.edit, record),
      submit: editable && can(actor, reportActions.submit, record),
      approve: report.status === 'submitted' && !approvedAbove && can(actor, reportActions.approve, record),
      return: report.status === 'submitted' && can(actor, reportActions.return, record),
      reopen: report.status === 'approved' && !approvedAbove && can(actor, reportActions.reopen, record),
    },
  };
}

/** A report as its reader sees it; `ownInTotal` as buildView's (the Word export and the narrative draft state what the report stands for). */
export async function getReport(db: Database, actor: Actor, id: number, options: { ownInTotal?: boolean } = {}): Promise<ReportView> {
  return inScope(db, actor.scopePath, async (sql) => {
    const report = await requireReport(sql, actor, id, reportActions.read);
    return buildView(sql, actor, report, await requireRound(sql, report.round_id), options);
  });
}

/** A version kept on reopening, with its figures in the round's indicator order. */
export async function getReportVersion(db: Database, actor: Actor, id: number, version: number): Promise<ReportVersionView> {
  return inScope(db, actor.scopePath, async (sql) => {
    const report = await requireReport(sql, actor, id, reportActions.read);
    const kept = await findReportVersion(sql, report.id, version);
    if (!kept) throw notFound({ vi: `Báo cáo không có bản ${version}`, en: `The report has no version ${version}` });
    const round = await requireRound(sql, report.round_id);
    const byCode = new Map(kept.snapshot.values.map((v) => [v.indicator_code, v]));
    return {
      version: kept.version,
      reason: kept.reason,
      createdAt: kept.created_at.toISOString(),
      approvedAt: kept.snapshot.approvedAt,
      narrative: kept.snapshot.narrative,
      figures: round.indicator_snapshot
        .filter((indicator) => byCode.has(indicator.code))
        .map((indicator) => {
          const stored = byCode.get(indicator.code) as ValueRow;
          return { code: indicator.code, value: stored.value, denominator: stored.denominator, adjustReason: stored.adjust_reason };
        }),
    };
  });
}

/**
 * The narrative drafted from the figures the report stands for: the approved reports below it and
 * its own figures as entered, which reach the maintained totals only when it is approved.
 */
export async function draftNarrative(db: Database, actor: Actor, id: number) {
  return generateNarrative(await getReport(db, actor, id, { ownInTotal: true }));
}

/** The report of a unit in a round (the opener's consolidated report, or a child's for drill-down). */
export async function getReportOfUnit(db: Database, actor: Actor, roundId: number, unitId: number): Promise<ReportView> {
  return inScope(db, actor.scopePath, async (sql) => {
    const round = await requireRound(sql, roundId);
    const report = await findReportOfUnit(sql, roundId, unitId);
    if (!report) throw notFound({ vi: 'Đơn vị không có báo cáo trong kỳ này', en: 'The unit has no report in this round' });
    authorize(actor, reportActions.read, recordOf(report));
    return buildView(sql, actor, report, round);
  });
}

const illegal = (status: ReportStatus, action: { vi: string; en: string }) =>
  new AppError(409, 'illegal_transition', {
    vi: `Không thể ${action.vi} báo cáo đang ở trạng thái "${reportStatusNames[status].vi.toLocaleLowerCase('vi')}"`,
    en: `Cannot ${action.en} a report that is ${reportStatusNames[status].en.toLowerCase()}`,
  });

/** Checks entered figures against the round's indicators; every problem names its field. */
function validateValues(round: RoundRow, input: SaveReportInput['values'], existing: Map<string, ValueRow>) {
  const byCode = new Map(round.indicator_snapshot.map((indicator) => [indicator.code, indicator]));
  const fields: { path: string; vi: string; en: string }[] = [];
  const rows: Parameters<typeof upsertValues>[2] = [];
  const seen = new Set<string>();
  input.forEach((entry, index) => {
    const path = `body.values.${index}`;
    const indicator = byCode.get(entry.code);
    if (!indicator) return fields.push({ path: `${path}.code`, vi: `Chỉ tiêu "${entry.code}" không có trong kỳ báo cáo`, en: `Indicator "${entry.code}" is not in this round` });
    if (seen.has(entry.code)) return fields.push({ path: `${path}.code`, vi: `Chỉ tiêu "${entry.code}" được nhập hai lần`, en: `Indicator "${entry.code}" is given twice` });
    seen.add(entry.code);
    if (indicator.aggregation === 'ratio') return fields.push({ path: `${path}.value`, vi: 'Tỷ lệ được tính tự động, không nhập tay', en: 'Rates are calculated, not entered' });
    const denominator = indicator.aggregation === 'coverage' ? (entry.denominator ?? null) : null;
    if (indicator.aggregation === 'coverage' && entry.value != null && (denominator == null || denominator < entry.value)) {
      return fields.push({ path: `${path}.denominator`, vi: 'Tổng số phải lớn hơn hoặc bằng số đạt', en: 'The total must be at least the count' });
    }
    const stored = existing.get(entry.code);
    const computedValue = stored?.computed_value ?? null;
    const adjusted = indicator.computedKey !== null && computedValue !== null && entry.value !== computedValue;
    if (adjusted && !entry.adjustReason) {
      return fields.push({ path: `${path}.adjustReason`, vi: 'Cần ghi lý do khi sửa số liệu tự động tổng hợp', en: 'Give a reason for changing a computed figure' });
    }
    rows.push({
      code: entry.code, value: entry.value, denominator, computedValue,
      source: indicator.computedKey && computedValue !== null ? (adjusted ? 'adjusted' : 'computed') : 'entered',
      adjustReason: adjusted ? (entry.adjustReason ?? null) : null,
    });
  });
  if (fields.length) throw new AppError(400, 'invalid_input', { vi: 'Số liệu chưa hợp lệ', en: 'Some figures are invalid' }, fields);
  return rows;
}

const auditBase = (actor: Actor, report: ReportRow, ip: string) => ({
  actorUserId: actor.userId, actorUsername: actor.username, unitId: report.unit_id, entityType: 'report', entityId: report.id, ip,
});

/** Saves a draft (figures and narrative); the form autosaves through this. */
export async function saveReport(db: Database, actor: Actor, id: number, input: SaveReportInput, ip: string): Promise<ReportView> {
  return inScope(db, actor.scopePath, async (sql) => {
    const report = await requireReport(sql, actor, id, reportActions.edit, { forUpdate: true });
    if (!isEditable(report.status)) throw illegal(report.status, { vi: 'sửa', en: 'edit' });
    const round = await requireRound(sql, report.round_id);
    const { values: before, computed } = await refreshComputed(sql, report, round);
    const rows = validateValues(round, input.values, new Map(before.map((v) => [v.indicator_code, v])));
    await upsertValues(sql, id, rows);
    const narrative = input.narrative ? { ...report.narrative, ...input.narrative } : undefined;
    await updateReportState(sql, id, { narrative });
    const changed = rows.filter((row) => {
      const old = before.find((v) => v.indicator_code === row.code);
      return old?.value !== row.value || old?.denominator !== row.denominator;
    });
    await recordAudit(sql, {
      ...auditBase(actor, report, ip), action: 'report.save',
      before: Object.fromEntries(changed.map((row) => [row.code, before.find((v) => v.indicator_code === row.code)?.value ?? null])),
      after: {
        values: Object.fromEntries(changed.map((row) => [row.code, row.value])), narrative: input.narrative ? Object.keys(input.narrative) : [],
        ...(Object.keys(computed).length ? { computed } : {}),
      },
    });
    return buildView(sql, actor, (await findReport(sql, id)) as ReportRow, round, { computedStored: true });
  });
}

type Transition = 'submit' | 'approve' | 'return' | 'reopen';
const transitions: Record<Transition, { from: ReportStatus[]; to: ReportStatus; action: string; verb: { vi: string; en: string } }> = {
  submit: { from: editableStatuses, to: 'submitted', action: reportActions.submit, verb: { vi: 'nộp', en: 'submit' } },
  approve: { from: ['submitted'], to: 'approved', action: reportActions.approve, verb: { vi: 'duyệt', en: 'approve' } },
  return: { from: ['submitted'], to: 'returned', action: reportActions.return, verb: { vi: 'trả lại', en: 'return' } },
  reopen: { from: ['approved'], to: 'draft', action: reportActions.reopen, verb: { vi: 'mở lại', en: 'reopen' } },
};

function rollupValues(round: RoundRow, values: ValueRow[]): RollupValue[] {
  const own = ownFigures(values);
  return round.indicator_snapshot
    .filter((indicator: Indicator) => indicator.aggregation !== 'ratio')
    .map((indicator) => ({
      code: indicator.code,
      value: own.get(indicator.code)?.value ?? null,
      denominator: own.get(indicator.code)?.denominator ?? null,
      weight: indicator.weightCode ? (own.get(indicator.weightCode)?.value ?? null) : null,
      kind: indicator.aggregation,
    }));
}

/**
 * Moves a report through its workflow: submit, approve (adds its figures to every ancestor's
 * totals in this transaction), return with a comment, or reopen an approved report with a reason
 * (keeps the approved version and takes its figures back out of the totals).
 */
export async function transitionReport(
  db: Database, actor: Actor, id: number, transition: Transition, input: { comment?: string; reason?: string }, ip: string,
): Promise<ReportView> {
  const rule = transitions[transition];
  return inScope(db, actor.scopePath, async (sql) => {
    const report = await requireReport(sql, actor, id, rule.action, { forUpdate: true });
    if (!rule.from.includes(report.status)) throw illegal(report.status, rule.verb);
    const round = await requireRound(sql, report.round_id);
    const period = { unitId: report.unit_id, template: round.template, year: round.year, periodIndex: round.period_index };
    // A report goes up with the computed figures its records give at the moment it is submitted.
    const computed = transition === 'submit' ? (await refreshComputed(sql, report, round)).computed : {};
    if (transition === 'submit') refuseUnweightedAverages(round, await findValues(sql, id));
    if (transition === 'approve') {
      await applyRollup(sql, { ...period, sign: 1, values: rollupValues(round, await findValues(sql, id)) });
      await refuseUnderApprovedReport(sql, id, rule.verb);
      await updateReportState(sql, id, { status: 'approved', approvedBy: actor.userId, returnComment: null });
    } else if (transition === 'reopen') {
      const values = await findValues(sql, id);
      await insertReportVersion(sql, { reportId: id, version: report.version, snapshot: { values, narrative: report.narrative, approvedAt: report.approved_at }, reason: input.reason as string, createdBy: actor.userId });
      await updateReportState(sql, id, { status: 'draft', version: report.version + 1 });
      const withdrawn = rollupValues(round, values);
      await applyRollup(sql, { ...period, sign: -1, values: withdrawn });
      await refuseUnderApprovedReport(sql, id, rule.verb);
      await recomputeRollupMax(sql, { ...period, values: withdrawn.filter((v) => v.kind === 'max') });
    } else if (transition === 'return') {
      await updateReportState(sql, id, { status: 'returned', returnComment: input.comment as string });
    } else {
      await updateReportState(sql, id, { status: 'submitted', submitted: true });
    }
    await recordAudit(sql, {
      ...auditBase(actor, report, ip), action: `report.${transition}`,
      before: { status: report.status, version: report.version },
      after: {
        status: rule.to, ...(input.comment ? { comment: input.comment } : {}), ...(input.reason ? { reason: input.reason } : {}),
        ...(Object.keys(computed).length ? { computed } : {}),
      },
    });
    return buildView(sql, actor, (await findReport(sql, id)) as ReportRow, round);
  });
}

/**
 * An average weighted by another figure (a satisfaction score by the number of answers) counts
 * for nothing in a rollup without its weight: a report does not go up with one and not the other.
 */
function refuseUnweightedAverages(round: RoundRow, values: ValueRow[]): void {
  const valueOf = new Map(values.map((v) => [v.indicator_code, v.value]));
  const nameOf = new Map(round.indicator_snapshot.map((indicator) => [indicator.code, indicator]));
  const fields = round.indicator_snapshot
    .filter((indicator) => indicator.aggregation === 'weighted_avg' && indicator.weightCode && valueOf.get(indicator.code) != null && !valueOf.get(indicator.weightCode))
    .map((indicator) => {
      const weight = nameOf.get(indicator.weightCode as string);
      return {
        path: `values.${indicator.weightCode}`,
        vi: `Cần nhập "${weight?.nameVi ?? indicator.weightCode}" (lớn hơn 0) để tính "${indicator.nameVi}"`,
        en: `"${weight?.nameEn ?? indicator.weightCode}" (above 0) is needed to weigh "${indicator.nameEn}"`,
      };
    });
  if (fields.length) {
    throw new AppError(422, 'unweighted_average', {
      vi: `Chưa nộp được: ${fields.map((f) => f.vi).join('; ')}`,
      en: `Not submitted: ${fields.map((f) => f.en).join('; ')}`,
    }, fields);
  }
}

/**
 * An approved report stands for its subtree's totals as approved: nothing below it in the round
 * changes them until it is reopened. Checked after apply_rollup has locked the ancestors' rows, so
 * an approval above that commits first is seen here, and one that waits sees this one's figures.
 */
async function refuseUnderApprovedReport(sql: Sql, reportId: number, verb: { vi: string; en: string }): Promise<void> {
  const above = await findApprovedReportAbove(sql, reportId);
  if (!above) return;
  throw new AppError(409, 'approved_above', {
    vi: `Không thể ${verb.vi} báo cáo: báo cáo của ${above} trong kỳ này đã được duyệt. Cần mở lại báo cáo của ${above} trước.`,
    en: `Cannot ${verb.en} the report: the report of ${above} in this round is approved. Reopen the report of ${above} first.`,
  });
}

/**
 * "Cập nhật số liệu tự động": stores what the records say now for the computed figures of an
 * editable report (hand-adjusted figures keep their value and reason).
 */
export async function refreshReportFigures(db: Database, actor: Actor, id: number, ip: string): Promise<ReportView> {
  return inScope(db, actor.scopePath, async (sql) => {
    const report = await requireReport(sql, actor, id, reportActions.edit, { forUpdate: true });
    if (!isEditable(report.status)) throw illegal(report.status, { vi: 'cập nhật số liệu của', en: 'refresh the figures of' });
    const round = await requireRound(sql, report.round_id);
    const { computed } = await refreshComputed(sql, report, round);
    await updateReportState(sql, id, {});
    await recordAudit(sql, { ...auditBase(actor, report, ip), action: 'report.refresh_computed', after: { computed } });
    return buildView(sql, actor, (await findReport(sql, id)) as ReportRow, round, { computedStored: true });
  });
}
