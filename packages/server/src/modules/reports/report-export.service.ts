import { cleanVi, foldVi, shortPlace, type ReportExportSettings, type ReportView } from '@danvan/shared';
import type { Actor } from '../../auth/authorize.js';
import type { Database } from '../../db/client.js';
import { inScope } from '../../db/scope.js';
import { invalid } from '../../http/errors.js';
import { recordAudit } from '../audit/index.js';
import { XLSX_MIME } from '../../files/xlsx.js';
import { isFinal, renderReportDocx } from './report-docx.js';
import { requireReport } from './report-records.js';
import { updateExportSettings } from './report-view.repository.js';
import { getReport } from './report-view.service.js';
import { renderReportXlsx } from './report-xlsx-export.js';
import { renderBlankFormXlsx } from './report-xlsx.js';
import { reportActions } from './reports.policy.js';
import { auditBase } from './report-workflow.service.js';

const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** A file to download: its type, its ASCII and Vietnamese names, and its bytes. */
export interface ReportFile {
  mime: string;
  names: { ascii: string; display: string };
  body: Buffer;
}

/**
 * The report in the Word format of the Party's documents, with the request's number, date, signer
 * and names laid over its stored export settings; dated today when no date is given.
 */
export async function exportReportDocx(
  db: Database,
  actor: Actor,
  id: number,
  query: Partial<ReportExportSettings> & { date?: string },
): Promise<ReportFile> {
  const view = await getReport(db, actor, id);
  const settings = exportSettingsFor(view, query);
  const date = settings.date ? new Date(`${settings.date}T12:00:00+07:00`) : new Date();
  const body = await renderReportDocx(view, { place: placeOf(view), date, settings });
  return { mime: DOCX_MIME, names: exportFileNames(view, 'report', 'docx'), body };
}

/** The report as an Excel workbook. */
export async function exportReportXlsx(db: Database, actor: Actor, id: number): Promise<ReportFile> {
  const view = await getReport(db, actor, id);
  return { mime: XLSX_MIME, names: exportFileNames(view, 'report', 'xlsx'), body: await renderReportXlsx(view) };
}

/** The Excel form to fill offline, for the unit's own people. */
export async function blankReportForm(db: Database, actor: Actor, id: number): Promise<ReportFile> {
  const view = await getReport(db, actor, id, reportActions.downloadForm);
  return { mime: XLSX_MIME, names: exportFileNames(view, 'form', 'xlsx'), body: await renderBlankFormXlsx(view) };
}

/** The settings of a Word export: the report's stored (or default) settings, with what the request gives laid over them. */
export function exportSettingsFor(view: ReportView, query: Partial<ReportExportSettings>): ReportExportSettings {
  const given = Object.fromEntries(
    Object.entries(query).filter(([, value]) => value !== undefined),
  ) as Partial<ReportExportSettings>;
  const settings = { ...view.exportSettings, ...given };
  // A final document is signed: its signer is named before it goes out.
  if (isFinal(view) && !settings.signerName) {
    throw invalid('query.signerName', {
      vi: 'Báo cáo đã nộp cần ghi họ tên người ký',
      en: 'A submitted report needs the name of its signer',
    });
  }
  return settings;
}

/** "Sơn Hà" of the date line: the place of the unit, else of the round's opener, else the unit's name. */
export function placeOf(view: ReportView): string {
  const opener = view.round.openerUnitId !== view.unit.id ? view.round.openerUnitName : null;
  return shortPlace(view.unit.name) ?? (opener ? shortPlace(opener) : null) ?? cleanVi(view.unit.name);
}

/** Stores what a report's Word document is issued with; the unit's own people sign it. */
export async function saveExportSettings(
  db: Database,
  actor: Actor,
  id: number,
  input: ReportExportSettings,
  ip: string,
): Promise<ReportExportSettings> {
  return inScope(db, actor.scopePath, async (sql) => {
    const report = await requireReport(sql, actor, id, reportActions.configureExport, { forUpdate: true });
    const before = report.export_settings;
    await updateExportSettings(sql, report.id, input);
    await recordAudit(sql, { ...auditBase(actor, report, ip), action: 'report.exportSettings', before, after: input });
    return input;
  });
}

const slug = (text: string) =>
  foldVi(text)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '') || 'don-vi';

/** A Content-Disposition for a download: an ASCII name for old clients and the Vietnamese one (RFC 5987). */
export function attachmentHeader(asciiName: string, displayName: string): string {
  const safeDisplay = displayName
    .normalize('NFC')
    // eslint-disable-next-line no-control-regex -- control characters are what a file name must not carry
    .replace(/[\\/:*?"<>|\u0000-\u001f]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  const encoded = encodeURIComponent(safeDisplay).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `attachment; filename="${asciiName}"; filename*=UTF-8''${encoded}`;
}

/** bao-cao-phuong-1-nine-month-2026.docx, and its Vietnamese name. */
export function exportFileNames(view: ReportView, kind: 'report' | 'form', extension: 'docx' | 'xlsx') {
  const base = `${slug(view.unit.name)}-${view.round.template.replace(/_/g, '-')}-${view.round.year}`;
  return kind === 'report'
    ? { ascii: `bao-cao-${base}.${extension}`, display: `${view.round.title} - ${view.unit.name}.${extension}` }
    : {
        ascii: `bieu-mau-${base}.${extension}`,
        display: `Biểu nhập số liệu - ${view.unit.name} - ${view.round.title}.${extension}`,
      };
}
