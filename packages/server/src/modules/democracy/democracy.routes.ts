import path from 'node:path';
import fastifyMultipart from '@fastify/multipart';
import {
  assessmentKeyParams,
  assessmentListQuery,
  chartSvgQuery,
  ratingChart,
  assessmentRateBody,
  assessmentReturnBody,
  assessmentSaveBody,
  checklistCopyBody,
  checklistItemBody,
  checklistItemUpdateBody,
  checklistQuery,
  idSchema,
} from '@danvan/shared';
import { z } from 'zod';
import { FileStore } from '../../files/file-store.js';
import { XLSX_MIME } from '../../files/xlsx.js';
import { contentDisposition } from '../../http/content-disposition.js';
import type { AppInstance } from '../../http/app-types.js';
import { sendChartSvg } from '../../http/chart-svg.js';
import { evidenceMessages, MAX_EVIDENCE_BYTES } from '../../files/evidence-file.js';
import { readUploadedFile } from '../../http/upload.js';
import { renderAssessmentsXlsx } from './democracy-xlsx.js';
import {
  addChecklistItem,
  changeChecklistItem,
  copyChecklistToYear,
  getChecklist,
} from './democracy-checklist.service.js';
import { attachEvidence, readEvidence } from './democracy-evidence.service.js';
import {
  getAssessment,
  listAssessments,
  rateAssessment,
  returnAssessment,
  saveAssessment,
  submitAssessment,
} from './democracy.service.js';

const tags = ['democracy'];
const idParam = z.object({ id: idSchema });
const base = '/api/democracy/assessments/:unitId/:year';

export async function democracyRoutes(app: AppInstance): Promise<void> {
  const files = new FileStore(path.join(app.config.dataDir, 'files'));
  await app.register(fastifyMultipart, { limits: { fileSize: MAX_EVIDENCE_BYTES + 1, files: 1, fields: 5 } });

  app.get(
    '/api/democracy/checklist',
    {
      schema: { tags, summary: 'Danh mục nội dung dân chủ ở cơ sở / checklist of a year', querystring: checklistQuery },
      config: { action: 'democracy.read' },
    },
    (request) => getChecklist(app.db, request.requireActor(), request.query.year),
  );
  app.post(
    '/api/democracy/checklist',
    {
      schema: { tags, summary: 'Thêm nội dung vào danh mục / add an item', body: checklistItemBody },
      config: { action: 'democracy.manageChecklist' },
    },
    async (request, reply) =>
      reply.code(201).send(await addChecklistItem(app.db, request.requireActor(), request.body, request.ip)),
  );
  app.put(
    '/api/democracy/checklist/:id',
    {
      schema: {
        tags,
        summary: 'Sửa, thôi dùng nội dung / change or retire an item',
        params: idParam,
        body: checklistItemUpdateBody,
      },
      config: { action: 'democracy.manageChecklist' },
    },
    (request) => changeChecklistItem(app.db, request.requireActor(), request.params.id, request.body, request.ip),
  );
  app.post(
    '/api/democracy/checklist/copy',
    {
      schema: { tags, summary: 'Sao chép danh mục sang năm sau / copy a year', body: checklistCopyBody },
      config: { action: 'democracy.manageChecklist' },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(
          await copyChecklistToYear(
            app.db,
            request.requireActor(),
            request.body.fromYear,
            request.body.toYear,
            request.ip,
          ),
        ),
  );

  app.get(
    '/api/democracy/assessments',
    {
      schema: { tags, summary: 'Đơn vị × năm: trạng thái, xếp loại / units by year', querystring: assessmentListQuery },
      config: { action: 'democracy.read' },
    },
    (request) => listAssessments(app.db, request.requireActor(), request.query),
  );
  app.get(
    '/api/democracy/assessments/chart.svg',
    {
      schema: {
        tags,
        summary: 'Biểu đồ xếp loại (SVG) / ratings of the listed units, as SVG',
        querystring: assessmentListQuery.extend(chartSvgQuery.shape),
      },
      config: { action: 'democracy.read' },
    },
    async (request, reply) => {
      const rows = await listAssessments(app.db, request.requireActor(), request.query);
      return sendChartSvg(reply, ratingChart(rows, request.query), request.query);
    },
  );
  app.get(
    '/api/democracy/assessments/export.xlsx',
    {
      schema: { tags, summary: 'Xuất danh sách ra Excel / export the filtered list', querystring: assessmentListQuery },
      config: { action: 'democracy.read' },
    },
    async (request, reply) => {
      const rows = await listAssessments(app.db, request.requireActor(), request.query);
      const buffer = await renderAssessmentsXlsx(rows, `Thực hiện dân chủ ở cơ sở năm ${request.query.year}`);
      return reply
        .type(XLSX_MIME)
        .header('content-disposition', contentDisposition(`dan-chu-co-so-${request.query.year}.xlsx`))
        .send(buffer);
    },
  );
  app.get(
    base,
    {
      schema: { tags, summary: "Bản tự đánh giá của đơn vị / a unit's assessment", params: assessmentKeyParams },
      config: { action: 'democracy.read' },
    },
    (request) => getAssessment(app.db, request.requireActor(), request.params.unitId, request.params.year),
  );
  app.put(
    base,
    {
      schema: { tags, summary: 'Lưu nháp / save the draft', params: assessmentKeyParams, body: assessmentSaveBody },
      config: { action: 'democracy.edit' },
    },
    (request) =>
      saveAssessment(
        app.db,
        request.requireActor(),
        request.params.unitId,
        request.params.year,
        request.body,
        request.ip,
      ),
  );
  app.post(
    `${base}/submit`,
    {
      schema: { tags, summary: 'Nộp cấp trên / submit', params: assessmentKeyParams },
      config: { action: 'democracy.submit' },
    },
    (request) =>
      submitAssessment(app.db, request.requireActor(), request.params.unitId, request.params.year, request.ip),
  );
  app.post(
    `${base}/return`,
    {
      schema: {
        tags,
        summary: 'Trả lại để sửa / return for correction',
        params: assessmentKeyParams,
        body: assessmentReturnBody,
      },
      config: { action: 'democracy.return' },
    },
    (request) =>
      returnAssessment(
        app.db,
        request.requireActor(),
        request.params.unitId,
        request.params.year,
        request.body.comment,
        request.ip,
      ),
  );
  app.post(
    `${base}/rate`,
    {
      schema: { tags, summary: 'Cấp trên xếp loại / rate', params: assessmentKeyParams, body: assessmentRateBody },
      config: { action: 'democracy.rate' },
    },
    (request) =>
      rateAssessment(
        app.db,
        request.requireActor(),
        request.params.unitId,
        request.params.year,
        request.body,
        request.ip,
      ),
  );

  app.post(
    `${base}/items/:itemId/attachments`,
    {
      schema: {
        tags,
        summary: 'Đính kèm minh chứng (multipart, trường "file") / attach evidence',
        params: assessmentKeyParams.extend({ itemId: idSchema }),
      },
      config: { action: 'democracy.edit' },
    },
    async (request, reply) => {
      const actor = request.requireActor();
      const file = await readUploadedFile(request, evidenceMessages);
      return reply.code(201).send(await attachEvidence({ db: app.db, files }, actor, request.params, file, request.ip));
    },
  );
  app.get(
    `${base}/attachments/:attachmentId`,
    {
      schema: {
        tags,
        summary: 'Tải tệp minh chứng / download evidence',
        params: assessmentKeyParams.extend({ attachmentId: idSchema }),
      },
      config: { action: 'democracy.read' },
    },
    async (request, reply) => {
      const file = await readEvidence({ db: app.db, files }, request.requireActor(), request.params);
      return reply.type(file.mime).header('content-disposition', contentDisposition(file.fileName)).send(file.content);
    },
  );
}
