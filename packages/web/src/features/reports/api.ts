import { hashKey, type QueryClient } from '@tanstack/react-query';
import type {
  ChangeRoundInput,
  CompletenessRow,
  NarrativeSection,
  OpenRoundInput,
  ReportExportSettings,
  ReportVersionView,
  ReportView,
  RoundSummary,
  RoundTrend,
  SaveReportInput,
} from '@danvan/shared';
import { api, withQuery } from '../../lib/api';

export const reportKeys = {
  all: ['reports'] as const,
  rounds: ['reports', 'rounds'] as const,
  completeness: (roundId: number) => ['reports', 'completeness', roundId] as const,
  ofUnit: (roundId: number, unitId: number) => ['reports', 'unit', roundId, unitId] as const,
  trend: (roundId: number, unitId: number, indicator: string) =>
    ['reports', 'trend', roundId, unitId, indicator] as const,
  version: (reportId: number, version: number) => ['reports', 'version', reportId, version] as const,
};

export interface Completeness {
  round: RoundSummary;
  rows: CompletenessRow[];
}

/** The situation and results drafted from the figures, and the fingerprint of those figures to save with the text. */
export type NarrativeDraft = Partial<Record<NarrativeSection, string>> & { basis: string };

const xlsxType = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export function fetchRounds(): Promise<RoundSummary[]> {
  return api<RoundSummary[]>('/api/rounds');
}

export function openRound(input: OpenRoundInput): Promise<RoundSummary> {
  return api<RoundSummary>('/api/rounds', { method: 'POST', body: input });
}

export function changeRound(id: number, input: ChangeRoundInput): Promise<RoundSummary> {
  return api<RoundSummary>(`/api/rounds/${id}`, { method: 'PATCH', body: input });
}

export function cancelRound(id: number): Promise<void> {
  return api<undefined>(`/api/rounds/${id}`, { method: 'DELETE' });
}

export function fetchCompleteness(roundId: number): Promise<Completeness> {
  return api<Completeness>(`/api/rounds/${roundId}/completeness`);
}

export function fetchReportOfUnit(roundId: number, unitId: number): Promise<ReportView> {
  return api<ReportView>(`/api/rounds/${roundId}/units/${unitId}/report`);
}

/** An indicator's figure for a unit over the same period of the last five years. */
/** The dashboard's charts as SVG (components/LazyChart.tsx adds their size). */
export const chartSvgPaths = {
  children: (roundId: number, unitId: number, indicator: string | undefined) =>
    withQuery(`/api/rounds/${roundId}/units/${unitId}/report/children.svg`, { indicator }),
  yearComparison: (roundId: number, unitId: number) =>
    `/api/rounds/${roundId}/units/${unitId}/report/year-comparison.svg`,
  trend: (roundId: number, unitId: number, indicator: string) =>
    withQuery(`/api/rounds/${roundId}/trend.svg`, { indicator, unitId }),
};

export function fetchRoundTrend(roundId: number, unitId: number, indicator: string): Promise<RoundTrend> {
  const query = new URLSearchParams({ indicator, unitId: String(unitId) });
  return api<RoundTrend>(`/api/rounds/${roundId}/trend?${query}`);
}

export function saveReport(id: number, input: SaveReportInput): Promise<ReportView> {
  return api<ReportView>(`/api/reports/${id}`, { method: 'PUT', body: input });
}

/** Submits a report; 422 figures_fail_rules names each failing figure, 409 stale_narrative asks for `confirmStaleNarrative`. */
export function submitReport(id: number, confirmStaleNarrative = false): Promise<ReportView> {
  return api<ReportView>(`/api/reports/${id}/submit`, {
    method: 'POST',
    ...(confirmStaleNarrative ? { body: { confirmStaleNarrative: true } } : {}),
  });
}

/** "Cập nhật số liệu tự động": stores the counts the registers give now. */
export function refreshComputedFigures(id: number): Promise<ReportView> {
  return api<ReportView>(`/api/reports/${id}/refresh-computed`, { method: 'POST' });
}

export function approveReport(id: number): Promise<ReportView> {
  return api<ReportView>(`/api/reports/${id}/approve`, { method: 'POST' });
}

export function returnReport(id: number, comment: string): Promise<ReportView> {
  return api<ReportView>(`/api/reports/${id}/return`, { method: 'POST', body: { comment } });
}

export function reopenReport(id: number, reason: string): Promise<ReportView> {
  return api<ReportView>(`/api/reports/${id}/reopen`, { method: 'POST', body: { reason } });
}

export function fetchReportVersion(id: number, version: number): Promise<ReportVersionView> {
  return api<ReportVersionView>(`/api/reports/${id}/versions/${version}`);
}

export function fetchNarrativeDraft(id: number): Promise<NarrativeDraft> {
  return api<NarrativeDraft>(`/api/reports/${id}/narrative-draft`);
}

/** Stores the number, date, signature and recipients the Word document is issued with. */
export function saveExportSettings(id: number, settings: ReportExportSettings): Promise<ReportExportSettings> {
  return api<ReportExportSettings>(`/api/reports/${id}/export-settings`, { method: 'PUT', body: settings });
}

/** Uploads a filled-in Excel form as raw bytes; a 422 names every bad cell ("Số liệu!D12"). */
export function importReportXlsx(id: number, file: Blob): Promise<ReportView> {
  return api<ReportView>(`/api/reports/${id}/import.xlsx`, {
    method: 'POST',
    body: new Blob([file], { type: xlsxType }),
  });
}

export const reportFiles = {
  word: (id: number) => `/api/reports/${id}/export.docx`,
  excel: (id: number) => `/api/reports/${id}/export.xlsx`,
  blankForm: (id: number) => `/api/reports/${id}/form.xlsx`,
};

/** After a report changes state: its view, the rounds' progress, completeness and the totals of the levels above. */
export function applyReportChange(queryClient: QueryClient, view: ReportView): Promise<void> {
  const key = reportKeys.ofUnit(view.round.id, view.unit.id);
  queryClient.setQueryData(key, view);
  const hash = hashKey(key);
  return queryClient.invalidateQueries({ queryKey: reportKeys.all, predicate: (query) => query.queryHash !== hash });
}
