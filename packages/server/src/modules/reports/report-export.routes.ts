import { cleanVi, documentNumberPattern, reportExportSettings, signings, idSchema } from '@danvan/shared';
import type { FastifyReply } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppInstance } from '../../http/app-types.js';
import { AppError } from '../../http/errors.js';
import { XLSX_MIME } from '../../files/xlsx.js';
import {
  attachmentHeader,
  blankReportForm,
  exportReportDocx,
  exportReportXlsx,
  saveExportSettings,
  type ReportFile,
} from './report-export.service.js';
import { importReportForm } from './report-import.service.js';

const UPLOAD_LIMIT = 5 * 1024 * 1024;
const tags = ['reports'];
const idParam = z.object({ id: idSchema });
// An empty field counts as not given.
const shortText = (max: number) =>
  z
    .string()
    .transform(cleanVi)
    .pipe(z.string().max(max))
    .optional()
    .transform((v) => v || undefined);
// Laid over the report's stored export settings (GET /api/reports/:id → exportSettings).
const docxQuery = z.object({
  number: z.string().trim().regex(documentNumberPattern).optional(),
  /** The date of issue in the date line; today when not given. */
  date: z.iso.date().optional(),
  signing: z.enum(signings).optional(),
  collectiveName: shortText(100),
  headTitle: shortText(100),
  signerName: shortText(100),
  signerTitle: shortText(100),
});

function sendFile(reply: FastifyReply, file: ReportFile) {
  return reply
    .header('content-type', file.mime)
    .header('content-disposition', attachmentHeader(file.names.ascii, file.names.display))
    .header('cache-control', 'no-store')
    .send(file.body);
}

/** Word and Excel downloads of a report, and the offline Excel form with its upload. */
export function reportExportRoutes(app: AppInstance): void {
  app.get(
    '/api/reports/:id/export.docx',
    {
      schema: {
        tags,
        summary: 'Tải báo cáo Word theo thể thức văn bản của Đảng / Word export in the Party format',
        params: idParam,
        querystring: docxQuery,
      },
      config: { action: 'report.read' },
    },
    async (request, reply) =>
      sendFile(reply, await exportReportDocx(app.db, request.requireActor(), request.params.id, request.query)),
  );

  app.put(
    '/api/reports/:id/export-settings',
    {
      schema: {
        tags,
        summary:
          'Số, ngày, người ký, nơi nhận của báo cáo Word / number, date, signer and recipients of the Word document',
        params: idParam,
        body: reportExportSettings,
      },
      config: { action: 'report.configureExport' },
    },
    (request) => saveExportSettings(app.db, request.requireActor(), request.params.id, request.body, request.ip),
  );

  app.get(
    '/api/reports/:id/export.xlsx',
    {
      schema: { tags, summary: 'Tải báo cáo Excel / Excel export', params: idParam },
      config: { action: 'report.read' },
    },
    async (request, reply) =>
      sendFile(reply, await exportReportXlsx(app.db, request.requireActor(), request.params.id)),
  );

  app.get(
    '/api/reports/:id/form.xlsx',
    {
      schema: { tags, summary: 'Tải biểu nhập số liệu Excel / Excel form to fill offline', params: idParam },
      config: { action: 'report.downloadForm' },
    },
    async (request, reply) => sendFile(reply, await blankReportForm(app.db, request.requireActor(), request.params.id)),
  );

  // The upload takes the raw workbook bytes; its parser is scoped to this plugin.
  void app.register(async (scope) => {
    scope.addContentTypeParser(XLSX_MIME, { parseAs: 'buffer', bodyLimit: UPLOAD_LIMIT }, (_request, body, done) =>
      done(null, body),
    );
    scope.withTypeProvider<ZodTypeProvider>().post(
      '/api/reports/:id/import.xlsx',
      {
        schema: { tags, summary: 'Nhập số liệu từ biểu Excel đã điền / import a filled Excel form', params: idParam },
        config: { action: 'report.edit' },
        bodyLimit: UPLOAD_LIMIT,
      },
      async (request) => {
        if (!Buffer.isBuffer(request.body)) {
          throw new AppError(
            415,
            'unsupported_media_type',
            { vi: 'Hãy gửi tệp Excel (.xlsx)', en: 'Send an Excel (.xlsx) file' },
            [{ path: 'file', vi: 'Hãy gửi tệp Excel (.xlsx)', en: 'Send an Excel (.xlsx) file' }],
          );
        }
        return importReportForm(app.db, request.requireActor(), request.params.id, request.body, request.ip);
      },
    );
  });
}
