import type { ReportExportSettings, Signing } from '@danvan/shared';
import { ApiError } from '../../lib/api';

/** The Word export form's values, the date as yyyy-mm-dd (null: the day of the export). */
export interface WordExportValues {
  number?: string | null;
  date: string | null;
  signing: Signing;
  collectiveName?: string | null;
  headTitle?: string | null;
  signerTitle?: string | null;
  signerName?: string | null;
  recipients?: (string | null | undefined)[];
}

const text = (value: string | null | undefined) => value?.trim() || null;

/**
 * The settings to store and export with: empty fields are null, the collective only for a T/M
 * signature and the head's title only for a K/T one, the recipients' lines trimmed, empty ones left out.
 */
export function toExportSettings(values: WordExportValues): ReportExportSettings {
  return {
    number: text(values.number),
    date: values.date,
    signing: values.signing,
    collectiveName: values.signing === 'collective' ? text(values.collectiveName) : null,
    headTitle: values.signing === 'deputy' ? text(values.headTitle) : null,
    signerTitle: text(values.signerTitle),
    signerName: text(values.signerName),
    recipients: (values.recipients ?? []).map((line) => line?.trim() ?? '').filter(Boolean),
  };
}

/** The export's query: the same settings, which override the stored ones (and stand alone for those who cannot store them). */
export function exportQuery(settings: ReportExportSettings): URLSearchParams {
  const query = new URLSearchParams();
  for (const key of [
    'number',
    'date',
    'signing',
    'collectiveName',
    'headTitle',
    'signerTitle',
    'signerName',
  ] as const) {
    const value = settings[key];
    if (value) query.set(key, value);
  }
  return query;
}

/** The lines of "Nơi nhận" the form starts from: the stored ones, or one empty line to fill in. */
export function recipientLines(settings: Pick<ReportExportSettings, 'recipients'>): string[] {
  return settings.recipients.length > 0 ? [...settings.recipients] : [''];
}

/**
 * The export answers field errors at `query.<name>` (a final report without its signer's name);
 * as `body.<name>` they land on the form's field of that name.
 */
export function queryErrorsOnForm(error: unknown): unknown {
  if (!(error instanceof ApiError) || !error.fields.some((field) => field.path.startsWith('query.'))) return error;
  return new ApiError(error.status, error.path, {
    error: {
      code: error.code,
      message: error.bilingual,
      fields: error.fields.map((field) => ({ ...field, path: field.path.replace(/^query\./, 'body.') })),
    },
  });
}
