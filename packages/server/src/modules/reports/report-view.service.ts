import { createHash } from 'node:crypto';
import {
  reportExportSettings,
  type ChildRollup,
  type Figure,
  type ReportBody,
  type ReportIndicatorRow,
  type ReportVersionView,
  type ReportView,
} from '@danvan/shared';
import { authorize, can, type Actor } from '../../auth/authorize.js';
import type { Database, Sql } from '../../db/client.js';
import { inScope, readInScope } from '../../db/scope.js';
import { keptWhileRegistersUnchanged, registerReading, type RegisterReading } from '../../reporting/kept-figures.js';
import { notFound } from '../../http/errors.js';
import { figureColumns, figureLists, noTotals, totalsOfOwnValues, withReportAdded } from './aggregation.js';
import { defaultExportSettings, defaultRecipients, reportBodyOf } from './report-body.js';
import { checkFigures } from './report-checks.js';
import { collectHighlights, computeFigures, computeOverKept, ownFigures, withComputed } from './report-computed.js';
import { buildFigureRows, comparableParts, hasFigures, ownLookup, type AreaPart } from './report-figures.js';
import { isLate, recordOf, requireReport } from './report-records.js';
import { presentRound, requireReportWithRound, requireRound } from './report-rounds.service.js';
import { findApprovedValuesOfPeriod } from './report-view.repository.js';
import { generateNarrative } from './narrative.js';
import { reportActions } from './reports.policy.js';
import {
  findReportingChildren,
  findReportOfUnit,
  findReportVersion,
  findReportVersions,
  findValues,
  type ReportRow,
  type ValueRow,
} from './reports.repository.js';
import { findApprovedReportAbove, findTotals } from './rollup.repository.js';
import { type RoundRow } from './rounds.repository.js';

/** The same calendar day a year earlier (29/02 becomes 28/02). */
export function yearEarlier(day: string): string {
  const [year, month, date] = day.split('-').map(Number);
  const shifted = new Date(Date.UTC(year - 1, month - 1, date));
  if (shifted.getUTCMonth() !== month - 1) shifted.setUTCDate(0);
  return shifted.toISOString().slice(0, 10);
}

/**
 * What the narrative is drafted from, as a short fingerprint: when the figures change after a
 * draft (a late approval, a correction), the text is out of date.
 */
export function figuresFingerprint(view: Pick<ReportView, 'rows' | 'comparison'>): string {
  const figures = view.rows.map((row) => [
    row.indicator.code,
    row.own.value,
    row.total.value,
    row.total.denominator,
    row.comparable.lastYear.value,
    row.difference,
  ]);
  return createHash('sha256')
    .update(JSON.stringify([figures, view.comparison.units, view.comparison.of]))
    .digest('base64url')
    .slice(0, 22);
}

/**
 * A report as its reader sees it, the one object the screen, the Word document and the Excel
 * workbook are all rendered from: the unit's own figures, the area's total (its own figures as
 * entered plus the approved reports below, "toàn địa bàn"), last year's, the like-for-like change,
 * the rule checks, and whether the drafted narrative still matches the figures.
 * `computedStored`: this transaction has just stored fresh computed figures, so they are not computed again.
 */
export async function buildView(
  sql: Sql,
  actor: Actor,
  report: ReportRow,
  round: RoundRow,
  options: { computedStored?: boolean; registers?: RegisterReading } = {},
): Promise<ReportView> {
  const record = recordOf(report);
  const period = { template: round.template, periodIndex: round.period_index };
  // Reads that need only the report and its round are asked for together: on PostgreSQL they go in one write and
  // one round trip (db/client.ts); on PGlite its thread runs them back to back.
  const [storedValues, registers, children, ownLastYearRows, versions, approvedAbove] = await Promise.all([
    findValues(sql, report.id),
    // Everything computed from the registers below is kept while they are unchanged (kept-figures.ts).
    options.registers ?? registerReading(sql),
    findReportingChildren(sql, { unitPath: report.unit_path, roundId: round.id }),
    findApprovedValuesOfPeriod(sql, { unitId: report.unit_id, ...period, year: round.year - 1 }),
    findReportVersions(sql, report.id),
    report.status === 'submitted' || report.status === 'approved' ? findApprovedReportAbove(sql, report.id) : null,
  ]);
  const [computed, totals] = await Promise.all([
    // The editor sees what the records say now; the figures are stored when the form is saved or submitted.
    !options.computedStored && can(actor, reportActions.edit, record) ? computeFigures(registers, report, round) : null,
    findTotals(sql, {
      unitIds: [report.unit_id, ...children.map((c) => c.id)],
      ...period,
      years: [round.year, round.year - 1],
    }),
  ]);
  const values = computed ? withComputed(storedValues, computed) : storedValues;
  const indicators = round.indicator_snapshot;
  const own = ownFigures(values);
  const approvedTotals = totals.get(`${report.unit_id}:${round.year}`) ?? noTotals;
  // The area's total always holds the unit's own figures: before approval they are in no maintained total yet.
  const current =
    report.status === 'approved' ? approvedTotals : withReportAdded(approvedTotals, totalsOfOwnValues(indicators, own));
  const previous = totals.get(`${report.unit_id}:${round.year - 1}`) ?? null;
  const ownLastYear = ownLastYearRows ? ownFigures(ownLastYearRows) : null;
  const lastYearFromRegisters = hasFigures(previous) ? null : await registersOfLastYear(registers, report, round);
  const parts: AreaPart[] = [
    {
      name: report.unit_name,
      current: own.size ? ownLookup(indicators, own) : null,
      lastYear: ownLastYear ? ownLookup(indicators, ownLastYear) : null,
    },
    ...children.map((child) => ({
      name: child.name,
      current: totals.get(`${child.id}:${round.year}`) ?? null,
      lastYear: totals.get(`${child.id}:${round.year - 1}`) ?? null,
    })),
  ];
  const figureRows = buildFigureRows({
    indicators,
    own,
    current,
    lastYear: hasFigures(previous) ? previous : null,
    lastYearFromRegisters,
    ownLastYear,
    parts,
  });
  const valueByCode = new Map(values.map((v) => [v.indicator_code, v]));
  const rows: ReportIndicatorRow[] = figureRows.map(({ ownFigure, ...row }) => {
    const stored = valueByCode.get(row.indicator.code);
    return {
      ...row,
      own: {
        ...ownFigure,
        source: stored?.source ?? null,
        computedValue: stored?.computed_value ?? null,
        adjustReason: stored?.adjust_reason ?? null,
      },
    };
  });
  const comparedParts = comparableParts(parts);
  const comparison = {
    units: comparedParts.length,
    of: parts.length,
    missing: parts.filter((part) => !comparedParts.includes(part)).map((part) => part.name),
  };
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
  const checked = new Map(
    values.map((v) => [v.indicator_code, { value: v.value, denominator: v.denominator, note: v.adjust_reason }]),
  );
  const unit = { id: report.unit_id, name: report.unit_name };
  const { body, recipients } = await issuingBodyOf(registers, unit, round, {
    openerName: round.opener_unit_id === report.unit_id ? null : round.opener_unit_name,
    hasUnitsBelow: children.length > 0,
  });
  const storedSettings = reportExportSettings.safeParse(report.export_settings);
  const exportSettings = storedSettings.success ? storedSettings.data : defaultExportSettings(body, recipients);
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
    comparison,
    body,
    checks: checkFigures(indicators, checked, ownLastYear),
    highlights: await collectHighlights(registers, report, round),
    narrativeStale:
      Boolean(report.narrative_basis?.fingerprint) &&
      report.narrative_basis?.fingerprint !== figuresFingerprint({ rows, comparison }),
    exportSettings,
    children: childRollups,
    versions,
    approvedAbove,
    abilities: {
      edit: can(actor, reportActions.edit, record),
      submit: can(actor, reportActions.submit, record),
      // An approved report above locks this one's totals (the workflow's 409 approved_above).
      approve: !approvedAbove && can(actor, reportActions.approve, record),
      return: can(actor, reportActions.return, record),
      reopen: !approvedAbove && can(actor, reportActions.reopen, record),
      configureExport: can(actor, reportActions.configureExport, record),
    },
  };
}

/**
 * Last year's computed figures from the registers, over the whole area and last year's period,
 * for a year that has no approved report to compare with; null when no indicator is computed.
 */
async function registersOfLastYear(
  registers: RegisterReading,
  report: ReportRow,
  round: RoundRow,
): Promise<Map<string, Figure> | null> {
  if (!round.indicator_snapshot.some((indicator) => indicator.computedKey)) return null;
  const figures = await computeOverKept(registers, round.indicator_snapshot, {
    unitPath: report.unit_path,
    excludedPaths: [],
    periodStart: yearEarlier(round.period_start),
    periodEnd: yearEarlier(round.period_end),
  });
  const found = new Map([...figures].filter(([, figure]) => figure.value !== null));
  return found.size ? found : null;
}

/**
 * The body that issues the report and its default recipients: half a dozen lookups of units above and of unit
 * types, kept while the registers (the units among them) are unchanged.
 */
function issuingBodyOf(
  registers: RegisterReading,
  unit: { id: number; name: string },
  round: RoundRow,
  options: { openerName: string | null; hasUnitsBelow: boolean },
): Promise<{ body: ReportBody; recipients: string[] }> {
  const key = `issuing:${JSON.stringify([unit, round.reporting_unit_types, options])}`;
  return keptWhileRegistersUnchanged(registers, key, async () => {
    const issuing = await reportBodyOf(registers.sql, unit, {
      reportingUnitTypes: round.reporting_unit_types,
      openerName: options.openerName,
    });
    const { bodies: _bodies, ...body } = issuing;
    return { body, recipients: await defaultRecipients(registers.sql, unit, issuing, options.hasUnitsBelow) };
  });
}

/** A report as its reader sees it (buildView), if the actor may do `action` to it. */
export async function getReport(
  db: Database,
  actor: Actor,
  id: number,
  action: string = reportActions.read,
): Promise<ReportView> {
  return readInScope(db, actor.scopePath, async (sql) => {
    const { report, round } = await requireReportWithRound(sql, actor, id, action);
    return buildView(sql, actor, report, round);
  });
}

/** A version kept on reopening, with its figures in the round's indicator order. */
export async function getReportVersion(
  db: Database,
  actor: Actor,
  id: number,
  version: number,
): Promise<ReportVersionView> {
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
          return {
            code: indicator.code,
            value: stored.value,
            denominator: stored.denominator,
            adjustReason: stored.adjust_reason,
          };
        }),
    };
  });
}

/**
 * The narrative drafted from the figures the report stands for, with the fingerprint of those
 * figures: saved with the text, it tells the form when the figures have changed since.
 */
export async function draftNarrative(db: Database, actor: Actor, id: number) {
  const view = await getReport(db, actor, id);
  return { ...generateNarrative(view), basis: figuresFingerprint(view) };
}

/** The report of a unit in a round (the opener's consolidated report, or a child's for drill-down). */
export async function getReportOfUnit(
  db: Database,
  actor: Actor,
  roundId: number,
  unitId: number,
): Promise<ReportView> {
  return readInScope(db, actor.scopePath, async (sql) => {
    const [round, report] = await Promise.all([requireRound(sql, roundId), findReportOfUnit(sql, roundId, unitId)]);
    // Not found and out of scope read alike: the answer must not say whether the unit reports in the round.
    if (!report)
      throw notFound({
        vi: 'Không tìm thấy báo cáo này, hoặc tài khoản của bạn không được xem báo cáo này',
        en: 'This report was not found, or your account may not see it',
      });
    authorize(actor, reportActions.read, recordOf(report));
    return buildView(sql, actor, report, round);
  });
}
