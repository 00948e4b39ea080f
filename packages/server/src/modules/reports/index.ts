// The reports module's public surface: other modules, app.ts, the CLI, the demo and the bench use only this.
// It holds reporting rounds, reports, their rollup and their outputs (docx, xlsx, narrative).
// Owns tables: reporting_rounds, reports, report_values, report_versions, rollup_periods, rollup_slots.

export {
  differenceOf,
  figureColumns,
  type FigureColumns,
  noTotals,
  percentChangeOf,
  type Totals,
  totalsLookup,
  type TotalsLookup,
} from './aggregation.js';
export { renderReportDocx } from './report-docx.js';
export { reportExportRoutes } from './report-export.routes.js';
export { exportSettingsFor, placeOf } from './report-export.service.js';
export { renderReportXlsx } from './report-xlsx-export.js';
export { applyRollup, findTotals, type TotalsSpan, totalsSql } from './rollup.repository.js';
export { reportRoutes } from './reports.routes.js';
export {
  draftNarrative,
  getReport,
  getReportOfUnit,
  openRound,
  saveReport,
  transitionReport,
} from './reports.service.js';
export { reportInbox } from './report-inbox.js';
