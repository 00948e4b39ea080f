import { cleanVi, foldVi, type ReportView } from '@danvan/shared';
import { reportBodyOf, shortPlace } from './report-body.js';
import type { Actor } from '../../auth/authorize.js';
import type { Database } from '../../db/client.js';
import { inScope } from '../../db/scope.js';
import type { DocxOptions } from './report-docx.js';

/**
 * Header fields of the Party document for a report: the issuing body is the most specialised
 * leading body of the unit's area (its mass-mobilization board or bloc), under the area's first
 * leading body (its party committee); leading bodies are ordered by their type's sort order.
 * Without leading bodies the unit itself issues, under the unit that opened the round.
 */
export async function documentHeader(db: Database, actor: Actor, view: ReportView): Promise<Pick<DocxOptions, 'issuer' | 'issuerUpper' | 'place' | 'recipients'>> {
  const { bodies } = await inScope(db, actor.scopePath, (sql) => reportBodyOf(sql, view.unit, view.round.reportingUnitTypes));
  const opener = view.round.openerUnitId !== view.unit.id ? view.round.openerUnitName : null;
  const issuer = bodies.length ? bodies[bodies.length - 1] : view.unit.name;
  const issuerUpper = bodies.length > 1 ? bodies[0] : (opener ?? '');
  const place = shortPlace(view.unit.name) ?? (opener ? shortPlace(opener) : null) ?? cleanVi(view.unit.name);
  return {
    issuer: issuer.toLocaleUpperCase('vi'),
    issuerUpper: issuerUpper.toLocaleUpperCase('vi'),
    place,
    recipients: [...(opener ? [`${opener} (b/c),`] : []), 'Lưu VP.'],
  };
}

const slug = (text: string) => foldVi(text).replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '') || 'don-vi';

/** A Content-Disposition for a download: an ASCII name for old clients and the Vietnamese one (RFC 5987). */
export function attachmentHeader(asciiName: string, displayName: string): string {
  const safeDisplay = displayName.normalize('NFC').replace(/[\\/:*?"<>|\u0000-\u001f]+/g, ' ').replace(/\s+/g, ' ').trim();
  const encoded = encodeURIComponent(safeDisplay).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `attachment; filename="${asciiName}"; filename*=UTF-8''${encoded}`;
}

/** bao-cao-phuong-1-nine-month-2026.docx, and its Vietnamese name. */
export function exportFileNames(view: ReportView, kind: 'report' | 'form', extension: 'docx' | 'xlsx') {
  const base = `${slug(view.unit.name)}-${view.round.template.replace(/_/g, '-')}-${view.round.year}`;
  return kind === 'report'
    ? { ascii: `bao-cao-${base}.${extension}`, display: `${view.round.title} - ${view.unit.name}.${extension}` }
    : { ascii: `bieu-mau-${base}.${extension}`, display: `Biểu nhập số liệu - ${view.unit.name} - ${view.round.title}.${extension}` };
}
