import type { Indicator, ReportStatus, ReportView, SaveReportInput } from '@danvan/shared';
import type { Actor } from '../../auth/authorize.js';
import type { Database, Sql } from '../../db/client.js';
import { inScope } from '../../db/scope.js';
import { AppError } from '../../http/errors.js';
import { recordAudit } from '../audit/index.js';
import { errorFields } from './report-checks.js';
import { ownFigures, refreshComputed } from './report-computed.js';
import { requireReportWithRound } from './report-rounds.service.js';
import { updateNarrativeBasis } from './report-view.repository.js';
import { buildView } from './report-view.service.js';
import { reportActions, reportVerbs } from './reports.policy.js';
import {
  findReport,
  findValues,
  insertReportVersion,
  updateReportState,
  upsertValues,
  type ReportRow,
  type ValueRow,
} from './reports.repository.js';
import { applyRollup, findApprovedReportAbove, recomputeRollupMax, type RollupValue } from './rollup.repository.js';
import { type RoundRow } from './rounds.repository.js';

/** Checks entered figures against the round's indicators; every problem names its field. */
function validateValues(round: RoundRow, input: SaveReportInput['values'], existing: Map<string, ValueRow>) {
  const byCode = new Map(round.indicator_snapshot.map((indicator) => [indicator.code, indicator]));
  const fields: { path: string; vi: string; en: string }[] = [];
  const rows: Parameters<typeof upsertValues>[2] = [];
  const seen = new Set<string>();
  input.forEach((entry, index) => {
    const path = `body.values.${index}`;
    const indicator = byCode.get(entry.code);
    if (!indicator)
      return fields.push({
        path: `${path}.code`,
        vi: `Chỉ tiêu "${entry.code}" không có trong kỳ báo cáo`,
        en: `Indicator "${entry.code}" is not in this round`,
      });
    if (seen.has(entry.code))
      return fields.push({
        path: `${path}.code`,
        vi: `Chỉ tiêu "${entry.code}" được nhập hai lần`,
        en: `Indicator "${entry.code}" is given twice`,
      });
    seen.add(entry.code);
    if (indicator.aggregation === 'ratio')
      return fields.push({
        path: `${path}.value`,
        vi: 'Tỷ lệ được tính tự động, không nhập tay',
        en: 'Rates are calculated, not entered',
      });
    const denominator = indicator.aggregation === 'coverage' ? (entry.denominator ?? null) : null;
    if (
      indicator.aggregation === 'coverage' &&
      entry.value != null &&
      (denominator == null || denominator < entry.value)
    ) {
      return fields.push({
        path: `${path}.denominator`,
        vi: 'Tổng số phải lớn hơn hoặc bằng số đạt',
        en: 'The total must be at least the count',
      });
    }
    const stored = existing.get(entry.code);
    const computedValue = stored?.computed_value ?? null;
    const adjusted = indicator.computedKey !== null && computedValue !== null && entry.value !== computedValue;
    if (adjusted && !entry.adjustReason) {
      return fields.push({
        path: `${path}.adjustReason`,
        vi: 'Cần ghi lý do khi sửa số liệu tự động tổng hợp',
        en: 'Give a reason for changing a computed figure',
      });
    }
    rows.push({
      code: entry.code,
      value: entry.value,
      denominator,
      computedValue,
      source: indicator.computedKey && computedValue !== null ? (adjusted ? 'adjusted' : 'computed') : 'entered',
      // Beside a computed figure's adjustment, the reason explains a figure that changed much against last year.
      adjustReason: entry.adjustReason !== undefined ? entry.adjustReason : (stored?.adjust_reason ?? null),
    });
  });
  if (fields.length)
    throw new AppError(400, 'invalid_input', { vi: 'Số liệu chưa hợp lệ', en: 'Some figures are invalid' }, fields);
  return rows;
}

export const auditBase = (actor: Actor, report: ReportRow, ip: string) => ({
  actorUserId: actor.userId,
  actorUsername: actor.username,
  unitId: report.unit_id,
  entityType: 'report' as const,
  entityId: report.id,
  ip,
});

/** Saves a draft (figures and narrative); the form autosaves through this. */
export async function saveReport(
  db: Database,
  actor: Actor,
  id: number,
  input: SaveReportInput,
  ip: string,
): Promise<ReportView> {
  return inScope(db, actor.scopePath, async (sql) => {
    const { report, round } = await requireReportWithRound(sql, actor, id, reportActions.edit, { forUpdate: true });
    return saveInTransaction(sql, actor, report, round, input, ip);
  });
}

/** Saves figures and narrative into a report the caller has locked and authorized for editing. */
export async function saveInTransaction(
  sql: Sql,
  actor: Actor,
  report: ReportRow,
  round: RoundRow,
  input: SaveReportInput,
  ip: string,
): Promise<ReportView> {
  const id = report.id;
  const { values: before, computed, registers } = await refreshComputed(sql, report, round);
  const rows = validateValues(round, input.values, new Map(before.map((v) => [v.indicator_code, v])));
  const narrative = input.narrative ? { ...report.narrative, ...input.narrative } : undefined;
  const changed = rows.filter((row) => {
    const old = before.find((v) => v.indicator_code === row.code);
    return old?.value !== row.value || old?.denominator !== row.denominator;
  });
  // One statement each, sent together and run in this order (on PostgreSQL in one write: db/client.ts); the report
  // is read back after its own update.
  const [, , , , saved] = await Promise.all([
    upsertValues(sql, id, rows),
    updateReportState(sql, id, { narrative }),
    input.narrativeBasis ? updateNarrativeBasis(sql, id, input.narrativeBasis) : null,
    recordAudit(sql, {
      ...auditBase(actor, report, ip),
      action: 'report.save',
      before: Object.fromEntries(
        changed.map((row) => [row.code, before.find((v) => v.indicator_code === row.code)?.value ?? null]),
      ),
      after: {
        values: Object.fromEntries(changed.map((row) => [row.code, row.value])),
        narrative: input.narrative ? Object.keys(input.narrative) : [],
        ...(Object.keys(computed).length ? { computed } : {}),
      },
    }),
    findReport(sql, id),
  ]);
  // The registers as read above: this transaction writes none of them (kept-figures.ts), so the version is the same.
  return buildView(sql, actor, saved as ReportRow, round, { computedStored: true, registers });
}

type Transition = 'submit' | 'approve' | 'return' | 'reopen';
// The state each move leads to; the states it starts from are the policy's (reports.policy.ts).
const transitions: Record<Transition, ReportStatus> = {
  submit: 'submitted',
  approve: 'approved',
  return: 'returned',
  reopen: 'draft',
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
  db: Database,
  actor: Actor,
  id: number,
  transition: Transition,
  input: { comment?: string; reason?: string; confirmStaleNarrative?: boolean },
  ip: string,
): Promise<ReportView> {
  return inScope(db, actor.scopePath, async (sql) => {
    const { report, round } = await requireReportWithRound(sql, actor, id, reportActions[transition], {
      forUpdate: true,
    });
    const period = {
      unitId: report.unit_id,
      template: round.template,
      year: round.year,
      periodIndex: round.period_index,
    };
    // A report goes up with the computed figures its records give at the moment it is submitted.
    const computed = transition === 'submit' ? (await refreshComputed(sql, report, round)).computed : {};
    if (transition === 'submit') {
      refuseUnweightedAverages(round, await findValues(sql, id));
      refuseUnbelievableFigures(
        await buildView(sql, actor, report, round, { computedStored: true }),
        input.confirmStaleNarrative === true,
      );
    }
    if (transition === 'approve') {
      await applyRollup(sql, { ...period, sign: 1, values: rollupValues(round, await findValues(sql, id)) });
      await refuseUnderApprovedReport(sql, id, reportVerbs[transition]);
      await updateReportState(sql, id, { status: 'approved', approvedBy: actor.userId, returnComment: null });
    } else if (transition === 'reopen') {
      const values = await findValues(sql, id);
      await insertReportVersion(sql, {
        reportId: id,
        version: report.version,
        snapshot: { values, narrative: report.narrative, approvedAt: report.approved_at },
        reason: input.reason as string,
        createdBy: actor.userId,
      });
      await updateReportState(sql, id, { status: 'draft', version: report.version + 1 });
      const withdrawn = rollupValues(round, values);
      await applyRollup(sql, { ...period, sign: -1, values: withdrawn });
      await refuseUnderApprovedReport(sql, id, reportVerbs[transition]);
      await recomputeRollupMax(sql, { ...period, values: withdrawn.filter((v) => v.kind === 'max') });
    } else if (transition === 'return') {
      await updateReportState(sql, id, { status: 'returned', returnComment: input.comment as string });
    } else {
      await updateReportState(sql, id, { status: 'submitted', submitted: true });
    }
    await recordAudit(sql, {
      ...auditBase(actor, report, ip),
      action: `report.${transition}`,
      before: { status: report.status, version: report.version },
      after: {
        status: transitions[transition],
        ...(input.comment ? { comment: input.comment } : {}),
        ...(input.reason ? { reason: input.reason } : {}),
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
    .filter(
      (indicator) =>
        indicator.aggregation === 'weighted_avg' &&
        indicator.weightCode &&
        valueOf.get(indicator.code) != null &&
        !valueOf.get(indicator.weightCode),
    )
    .map((indicator) => {
      const weight = nameOf.get(indicator.weightCode as string);
      return {
        path: `values.${indicator.weightCode}`,
        vi: `Cần nhập "${weight?.nameVi ?? indicator.weightCode}" (lớn hơn 0) để tính "${indicator.nameVi}"`,
        en: `"${weight?.nameEn ?? indicator.weightCode}" (above 0) is needed to weigh "${indicator.nameEn}"`,
      };
    });
  if (fields.length) {
    throw new AppError(
      422,
      'unweighted_average',
      {
        vi: `Chưa nộp được: ${fields.map((f) => f.vi).join('; ')}`,
        en: `Not submitted: ${fields.map((f) => f.en).join('; ')}`,
      },
      fields,
    );
  }
}

/**
 * A report goes up only with figures that pass the catalogue's rules (422 naming each indicator and
 * rule; warnings do not block), and with a drafted narrative that still matches its figures unless
 * the submitter confirms the text as it is (409 stale_narrative).
 */
function refuseUnbelievableFigures(view: ReportView, confirmStale: boolean): void {
  const fields = errorFields(view.checks);
  if (fields.length) {
    throw new AppError(
      422,
      'figures_fail_rules',
      {
        vi: `Chưa nộp được, số liệu chưa hợp lý: ${fields.map((f) => f.vi).join('; ')}`,
        en: `Not submitted, some figures fail the rules: ${fields.map((f) => f.en).join('; ')}`,
      },
      fields,
    );
  }
  if (view.narrativeStale && !confirmStale) {
    throw new AppError(
      409,
      'stale_narrative',
      {
        vi: 'Số liệu đã thay đổi sau khi dự thảo phần nhận định: hãy dự thảo lại, hoặc xác nhận nộp với nội dung hiện tại',
        en: 'The figures have changed since the narrative was drafted: redraft it, or confirm submitting the text as it is',
      },
      [
        {
          path: 'body.confirmStaleNarrative',
          vi: 'Xác nhận nộp với phần nhận định hiện tại',
          en: 'Confirm submitting the current narrative',
        },
      ],
    );
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
    const { report, round } = await requireReportWithRound(sql, actor, id, reportActions.edit, { forUpdate: true });
    const { computed, registers } = await refreshComputed(sql, report, round);
    await updateReportState(sql, id, {});
    await recordAudit(sql, { ...auditBase(actor, report, ip), action: 'report.refresh_computed', after: { computed } });
    // The registers as read above: this transaction writes none of them (kept-figures.ts), so the version is the same.
    return buildView(sql, actor, (await findReport(sql, id)) as ReportRow, round, { computedStored: true, registers });
  });
}
