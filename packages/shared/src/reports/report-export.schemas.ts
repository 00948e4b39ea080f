import { z } from 'zod';
import { viLine } from '../text/text.schemas.js';
import { documentNumberPattern, signings, type Signing } from './reports.schemas.js';

/**
 * What a report's Word document is issued with: its number, date of issue, who signs and how, and
 * "Nơi nhận". Stored with the report (PUT /api/reports/:id/export-settings), so the next export
 * starts from it; a report that is not yet stored has the defaults of its issuing body.
 */
export const reportExportSettings = z.object({
  /** "03" in "03-BC/BDVTU"; null leaves the number for the clerk to fill in at issue. */
  number: z.string().trim().regex(documentNumberPattern).nullable().default(null),
  /** The date of issue (yyyy-mm-dd); null: the day of the export. */
  date: z.iso.date().nullable().default(null),
  signing: z.enum(signings),
  /** The collective a T/M signature is for ("Ban Thường vụ"); null: the issuing body. */
  collectiveName: viLine(100).nullable().default(null),
  /** The head's title a deputy signs for (K/T "Trưởng ban"). */
  headTitle: viLine(100).nullable().default(null),
  signerTitle: viLine(100).nullable().default(null),
  signerName: viLine(100).nullable().default(null),
  /** "Nơi nhận", one recipient a line, in order: those informed (b/c) first, "Lưu …" last. */
  recipients: z.array(viLine(200)).min(1).max(20),
});
export type ReportExportSettings = z.output<typeof reportExportSettings>;

/**
 * How a body signs by default (Hướng dẫn 36-HD/VPTW): a board or bloc by its head ("TRƯỞNG BAN");
 * T/M only for a collective body (a party committee's standing committee, the Front's standing board).
 */
export function defaultSigning(
  bodyType: string | null,
): Pick<ReportExportSettings, 'signing' | 'collectiveName' | 'signerTitle' | 'headTitle'> {
  const of = (signing: Signing, signerTitle: string, collectiveName: string | null = null) => ({
    signing,
    signerTitle,
    collectiveName,
    headTitle: null,
  });
  switch (bodyType) {
    case 'mass_mobilization_board':
      return of('direct', 'Trưởng ban');
    case 'mass_mobilization_bloc':
      return of('direct', 'Trưởng khối');
    case 'party_committee':
      return of('collective', 'Bí thư', 'Ban Thường vụ');
    case 'fatherland_front':
      return of('collective', 'Chủ tịch', 'Ban Thường trực');
    default:
      return of('direct', 'Thủ trưởng đơn vị');
  }
}
