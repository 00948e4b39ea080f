import { cleanVi, foldVi, shortPlace, type ReportExportSettings, type ReportView } from '@danvan/shared';
import type { Actor } from '../../auth/authorize.js';
import type { Database } from '../../db/client.js';
import { inScope } from '../../db/scope.js';
import { invalid } from '../../http/errors.js';
import { recordAudit } from '../audit/index.js';
import { isFinal } from './report-docx.js';
import { requireReport } from './report-records.js';
import { updateExportSettings } from './report-view.repository.js';
import { reportActions } from './reports.policy.js';
import { auditBase } from './report-workflow.service.js';

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
    // eslint-disable-next-line no-control-regex -- control characters are what this removes
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
