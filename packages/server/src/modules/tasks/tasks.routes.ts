import path from 'node:path';
import fastifyMultipart from '@fastify/multipart';
import {
  idSchema,
  taskCancelBody,
  taskCommentBody,
  taskEditBody,
  taskCreateBody,
  taskExtensionBody,
  taskFromReportBody,
  taskListQuery,
  taskProgressBody,
  taskProposeBody,
  taskSendBackBody,
} from '@danvan/shared';
import { z } from 'zod';
import { FileStore } from '../../files/file-store.js';
import { XLSX_MIME } from '../../files/xlsx.js';
import { contentDisposition } from '../../http/content-disposition.js';
import type { AppInstance } from '../../http/app-types.js';
import { evidenceMessages, MAX_EVIDENCE_BYTES } from '../../files/evidence-file.js';
import { readUploadedFile } from '../../http/upload.js';
import { renderTasksXlsx } from './tasks-xlsx.js';
import { attachTaskEvidence, readTaskEvidence } from './task-evidence.service.js';
import {
  acceptCompletion,
  decideExtension,
  proposeCompletion,
  reportProgress,
  requestExtension,
  sendBack,
} from './task-workflow.service.js';
import { cancelTask, editTask } from './task-edit.service.js';
import { createTasksFromReport, previewTasksFromReport, type ReportLookup } from './task-from-report.service.js';
import { createTask, getTask, getTaskHistory, listTasks } from './tasks.service.js';

const tags = ['tasks'];
const idParam = z.object({ id: idSchema });
const extensionParams = idParam.extend({ extensionId: idSchema });
const listQuery = taskListQuery.extend({ flat: z.stringbool().optional() });

export async function taskRoutes(app: AppInstance, options: { findReport: ReportLookup }): Promise<void> {
  const files = new FileStore(path.join(app.config.dataDir, 'files'));
  await app.register(fastifyMultipart, { limits: { fileSize: MAX_EVIDENCE_BYTES + 1, files: 1, fields: 5 } });
  const deps = { db: app.db };

  app.get(
    '/api/tasks',
    {
      schema: { tags, summary: 'Danh sách nhiệm vụ / tasks', querystring: listQuery },
      config: { action: 'task.read' },
    },
    (request) => listTasks(app.db, request.requireActor(), request.query),
  );
  app.get(
    '/api/tasks/export.xlsx',
    {
      schema: { tags, summary: 'Xuất danh sách ra Excel / export the filtered list', querystring: listQuery },
      config: { action: 'task.read' },
    },
    async (request, reply) => {
      const { items } = await listTasks(app.db, request.requireActor(), { ...request.query, limit: 10_000, offset: 0 });
      const buffer = await renderTasksXlsx(items, 'Theo dõi thực hiện nhiệm vụ');
      return reply.type(XLSX_MIME).header('content-disposition', contentDisposition('nhiem-vu.xlsx')).send(buffer);
    },
  );
  app.post(
    '/api/tasks',
    {
      schema: { tags, summary: 'Giao nhiệm vụ / give a task', body: taskCreateBody },
      config: { action: 'task.create' },
    },
    async (request, reply) =>
      reply.code(201).send(await createTask(app.db, request.requireActor(), request.body, request.ip)),
  );
  app.post(
    '/api/tasks/from-report',
    {
      schema: {
        tags,
        summary: 'Chuyển phương hướng, nhiệm vụ của báo cáo đã duyệt thành nhiệm vụ / tasks from a report',
        body: taskFromReportBody,
      },
      config: { action: 'task.fromReport' },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(
          await createTasksFromReport(
            { db: app.db, findReport: options.findReport },
            request.requireActor(),
            request.body,
            request.ip,
          ),
        ),
  );
  app.get(
    '/api/tasks/from-report/:reportId',
    {
      schema: {
        tags,
        summary: 'Các dòng phương hướng, nhiệm vụ của báo cáo và nhiệm vụ đã tạo / the lines and the tasks made',
        params: z.object({ reportId: idSchema }),
      },
      config: { action: 'task.read' },
    },
    (request) =>
      previewTasksFromReport(
        { db: app.db, findReport: options.findReport },
        request.requireActor(),
        request.params.reportId,
      ),
  );
  app.get(
    '/api/tasks/:id',
    { schema: { tags, summary: 'Một nhiệm vụ / a task', params: idParam }, config: { action: 'task.read' } },
    (request) => getTask(app.db, request.requireActor(), request.params.id),
  );
  app.get(
    '/api/tasks/:id/history',
    { schema: { tags, summary: 'Lịch sử / history', params: idParam }, config: { action: 'task.read' } },
    (request) => getTaskHistory(app.db, request.requireActor(), request.params.id),
  );
  app.post(
    '/api/tasks/:id/progress',
    {
      schema: { tags, summary: 'Báo cáo tiến độ / report progress', params: idParam, body: taskProgressBody },
      config: { action: 'task.report' },
    },
    (request) => reportProgress(deps, request.requireActor(), request.params.id, request.body, request.ip),
  );
  app.post(
    '/api/tasks/:id/attachments',
    {
      schema: { tags, summary: 'Đính kèm minh chứng (multipart, trường "file") / attach evidence', params: idParam },
      config: { action: 'task.report' },
    },
    async (request, reply) => {
      const actor = request.requireActor();
      const file = await readUploadedFile(request, evidenceMessages);
      return reply
        .code(201)
        .send(await attachTaskEvidence({ db: app.db, files }, actor, request.params.id, file, request.ip));
    },
  );
  app.get(
    '/api/tasks/:id/attachments/:attachmentId',
    {
      schema: {
        tags,
        summary: 'Tải tệp minh chứng / download evidence',
        params: idParam.extend({ attachmentId: idSchema }),
      },
      config: { action: 'task.read' },
    },
    async (request, reply) => {
      const { id, attachmentId } = request.params;
      const file = await readTaskEvidence({ db: app.db, files }, request.requireActor(), id, attachmentId);
      return reply.type(file.mime).header('content-disposition', contentDisposition(file.fileName)).send(file.content);
    },
  );
  app.post(
    '/api/tasks/:id/propose',
    {
      schema: { tags, summary: 'Đề nghị công nhận hoàn thành / propose done', params: idParam, body: taskProposeBody },
      config: { action: 'task.propose' },
    },
    (request) => proposeCompletion(deps, request.requireActor(), request.params.id, request.body, request.ip),
  );
  app.post(
    '/api/tasks/:id/accept',
    {
      schema: { tags, summary: 'Công nhận hoàn thành / accept', params: idParam, body: taskCommentBody },
      config: { action: 'task.accept' },
    },
    (request) => acceptCompletion(deps, request.requireActor(), request.params.id, request.body.comment, request.ip),
  );
  app.post(
    '/api/tasks/:id/send-back',
    {
      schema: { tags, summary: 'Trả lại đề nghị / send back', params: idParam, body: taskSendBackBody },
      config: { action: 'task.sendBack' },
    },
    (request) => sendBack(deps, request.requireActor(), request.params.id, request.body.comment, request.ip),
  );
  app.post(
    '/api/tasks/:id/extensions',
    {
      schema: { tags, summary: 'Xin gia hạn / request an extension', params: idParam, body: taskExtensionBody },
      config: { action: 'task.requestExtension' },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(await requestExtension(deps, request.requireActor(), request.params.id, request.body, request.ip)),
  );
  app.patch(
    '/api/tasks/:id',
    {
      schema: { tags, summary: 'Sửa nhiệm vụ đã giao / edit a given task', params: idParam, body: taskEditBody },
      config: { action: 'task.edit' },
    },
    (request) => editTask(deps, request.requireActor(), request.params.id, request.body, request.ip),
  );
  app.post(
    '/api/tasks/:id/cancel',
    {
      schema: { tags, summary: 'Hủy nhiệm vụ đã giao / cancel a given task', params: idParam, body: taskCancelBody },
      config: { action: 'task.cancel' },
    },
    (request) => cancelTask(deps, request.requireActor(), request.params.id, request.body.reason, request.ip),
  );
  for (const [verb, approve] of [
    ['approve', true],
    ['refuse', false],
  ] as const) {
    app.post(
      `/api/tasks/:id/extensions/:extensionId/${verb}`,
      {
        schema: {
          tags,
          summary: approve ? 'Đồng ý gia hạn / approve' : 'Không đồng ý gia hạn / refuse',
          params: extensionParams,
          body: taskCommentBody,
        },
        config: { action: 'task.decideExtension' },
      },
      (request) =>
        decideExtension(
          deps,
          request.requireActor(),
          request.params.id,
          request.params.extensionId,
          { approve, comment: request.body.comment },
          request.ip,
        ),
    );
  }
}
