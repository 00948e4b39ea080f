import type { Figure, ReportView } from '@danvan/shared';
import type { Actor } from '../../auth/authorize.js';
import type { Database } from '../../db/client.js';
import { inScope } from '../../db/scope.js';
import { AppError } from '../../http/errors.js';
import { checkFigures, type CheckedFigure } from './report-checks.js';
import { requireReport } from './report-records.js';
import { requireRound } from './report-rounds.service.js';
import { buildView } from './report-view.service.js';
import { saveInTransaction } from './report-workflow.service.js';
import { reportActions } from './reports.policy.js';
import { formCellOfPath, openFilledForm, readFilledForm, type FormValues } from './report-xlsx.js';

/**
 * The catalogue's rules over the figures a filled form would leave (its cells over the report's
 * other figures), as errors on the cells they came from ("Số liệu!D12"): the same rules a
 * submission applies, so a file with a rate over 100 % or more resolved than received is refused whole.
 */
export function formRuleErrors(view: ReportView, form: FormValues): { path: string; vi: string; en: string }[] {
  const figures = new Map<string, CheckedFigure>(
    view.rows.map((row) => [
      row.indicator.code,
      { value: row.own.value, denominator: row.own.denominator, note: row.own.adjustReason },
    ]),
  );
  for (const value of form.values)
    figures.set(value.code, {
      value: value.value,
      denominator: value.denominator ?? null,
      note: value.adjustReason ?? null,
    });
  const lastYear = new Map<string, Figure>(view.rows.map((row) => [row.indicator.code, row.ownLastYear]));
  return checkFigures(
    view.rows.map((row) => row.indicator),
    figures,
    lastYear,
  )
    .filter((check) => check.severity === 'error')
    .map((check) => {
      const index = form.values.findIndex((value) => value.code === check.code);
      const cell =
        index >= 0
          ? formCellOfPath(`body.values.${index}.${check.rule === 'coverage' ? 'denominator' : 'value'}`, form)
          : null;
      return { path: cell ?? `values.${check.code}`, vi: check.vi, en: check.en };
    });
}

/**
 * Imports a filled Excel form into a report the actor may edit as it stands: the file is opened
 * first, then in one transaction every cell and the catalogue's rules are checked (422 naming the
 * cells) and the figures saved as the form would.
 */
export async function importReportForm(
  db: Database,
  actor: Actor,
  id: number,
  workbook: Buffer,
  ip: string,
): Promise<ReportView> {
  const opened = await openFilledForm(workbook);
  return inScope(db, actor.scopePath, async (sql) => {
    const report = await requireReport(sql, actor, id, reportActions.edit, { forUpdate: true });
    const round = await requireRound(sql, report.round_id);
    const view = await buildView(sql, actor, report, round);
    const form = readFilledForm(opened, view);
    const ruleErrors = formRuleErrors(view, form);
    if (ruleErrors.length) {
      throw new AppError(
        422,
        'figures_fail_rules',
        {
          vi: `Số liệu trong tệp chưa hợp lý: ${ruleErrors.map((error) => `${error.path}: ${error.vi}`).join('; ')}`,
          en: `Some figures in the file fail the rules: ${ruleErrors.map((error) => `${error.path}: ${error.en}`).join('; ')}`,
        },
        ruleErrors,
      );
    }
    try {
      return await saveInTransaction(sql, actor, report, round, { values: form.values }, ip);
    } catch (error) {
      // The save's own checks name JSON paths; point them at the cells the values came from.
      if (error instanceof AppError && error.status === 400 && error.fields?.length) {
        throw new AppError(
          422,
          'invalid_cells',
          error.messages,
          error.fields.map((field) => ({ ...field, path: formCellOfPath(field.path, form) ?? field.path })),
        );
      }
      throw error;
    }
  });
}
