import path from 'node:path';
import fastifyMultipart from '@fastify/multipart';
import {
  agendaBody,
  attendanceBody,
  bridgePointBody,
  bridgePointsBody,
  conclusionsBody,
  conclusionTasksBody,
  conferenceBody,
  conferenceListQuery,
  fileMetaQuery,
  idSchema,
  inviteesBody,
  issueBody,
  minutesBody,
} from '@danvan/shared';
import { z } from 'zod';
import { evidenceMessages, MAX_EVIDENCE_BYTES } from '../../files/evidence-file.js';
import { ExtractionQueue } from '../../files/extraction-queue.js';
import { FileStore } from '../../files/file-store.js';
import { XLSX_MIME } from '../../files/xlsx.js';
import type { AppInstance } from '../../http/app-types.js';
import { contentDisposition } from '../../http/content-disposition.js';
import { readUploadedFile } from '../../http/upload.js';
import { exportConferenceDocx, issueConferenceDocument } from './conference-export.service.js';
import {
  approveMinutes,
  attachConferenceFile,
  conclusionToTasks,
  fillBridgePoint,
  holdConference,
  readConferenceFile,
  setAgenda,
  setAttendance,
  setBridgePoints,
  setConclusions,
  setInvitees,
  writeMinutes,
} from './conference-workflow.service.js';
import { conferenceFileTexts } from './conference-file-text.repository.js';
import { renderConferencesXlsx, renderRosterXlsx } from './conference-xlsx.js';
import {
  createConference,
  getConference,
  getConferenceHistory,
  listConferences,
  listKinds,
  updateConference,
  type RoundLookup,
} from './conferences.service.js';

const tags = ['conferences'];
const idParam = z.object({ id: idSchema });
const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

export async function conferenceRoutes(app: AppInstance, options: { findRound: RoundLookup }): Promise<void> {
  const files = new FileStore(path.join(app.config.dataDir, 'files'));
  await app.register(fastifyMultipart, { limits: { fileSize: MAX_EVIDENCE_BYTES + 1, files: 1, fields: 5 } });
  const deps = { db: app.db, findRound: options.findRound };
  // The speeches' and attachments' text, read off the request path like the documents' attachments.
  const extraction = new ExtractionQueue(
    { db: app.db, files, log: app.log },
    app.config.extraction,
    conferenceFileTexts,
  );
  app.addHook('onReady', async () => extraction.start());
  app.addHook('onClose', () => extraction.close());

  app.get(
    '/api/conferences/kinds',
    { schema: { tags, summary: 'Loại hội nghị / kinds of conference' }, config: { action: 'conference.read' } },
    (request) => listKinds(app.db, request.requireActor()),
  );
  app.get(
    '/api/conferences',
    {
      schema: { tags, summary: 'Danh sách hội nghị / conferences', querystring: conferenceListQuery },
      config: { action: 'conference.read' },
    },
    (request) => listConferences(app.db, request.requireActor(), request.query),
  );
  app.get(
    '/api/conferences/export.xlsx',
    {
      schema: { tags, summary: 'Xuất danh sách ra Excel / export the list', querystring: conferenceListQuery },
      config: { action: 'conference.read' },
    },
    async (request, reply) => {
      const query = { ...request.query, limit: 10_000, offset: 0 };
      const { items } = await listConferences(app.db, request.requireActor(), query);
      const buffer = await renderConferencesXlsx(items);
      return reply.type(XLSX_MIME).header('content-disposition', contentDisposition('hoi-nghi.xlsx')).send(buffer);
    },
  );
  app.post(
    '/api/conferences',
    {
      schema: { tags, summary: 'Thêm hội nghị / record a conference', body: conferenceBody },
      config: { action: 'conference.create' },
    },
    async (request, reply) =>
      reply.code(201).send(await createConference(deps, request.requireActor(), request.body, request.ip)),
  );
  app.get(
    '/api/conferences/:id',
    {
      schema: { tags, summary: 'Một hội nghị / a conference', params: idParam },
      config: { action: 'conference.read' },
    },
    (request) => getConference(deps, request.requireActor(), request.params.id),
  );
  app.get(
    '/api/conferences/:id/history',
    { schema: { tags, summary: 'Lịch sử / history', params: idParam }, config: { action: 'conference.read' } },
    (request) => getConferenceHistory(app.db, request.requireActor(), request.params.id),
  );
  app.put(
    '/api/conferences/:id',
    {
      schema: { tags, summary: 'Sửa thông tin chung / edit', params: idParam, body: conferenceBody },
      config: { action: 'conference.update' },
    },
    (request) => updateConference(deps, request.requireActor(), request.params.id, request.body, request.ip),
  );
  app.put(
    '/api/conferences/:id/bridge-points',
    {
      schema: { tags, summary: 'Danh sách điểm cầu / the roster', params: idParam, body: bridgePointsBody },
      config: { action: 'conference.update' },
    },
    (request) => setBridgePoints(deps, request.requireActor(), request.params.id, request.body.unitIds, request.ip),
  );
  app.put(
    '/api/conferences/:id/bridge-points/:pointId',
    {
      schema: {
        tags,
        summary: 'Cập nhật một điểm cầu (đơn vị của điểm cầu) / fill in a bridge point',
        params: idParam.extend({ pointId: idSchema }),
        body: bridgePointBody,
      },
      config: { action: 'conference.fillPoint' },
    },
    (request) =>
      fillBridgePoint(
        deps,
        request.requireActor(),
        request.params.id,
        request.params.pointId,
        request.body,
        request.ip,
      ),
  );
  app.put(
    '/api/conferences/:id/invitees',
    {
      schema: { tags, summary: 'Thành phần mời / invitees', params: idParam, body: inviteesBody },
      config: { action: 'conference.update' },
    },
    (request) => setInvitees(deps, request.requireActor(), request.params.id, request.body.invitees, request.ip),
  );
  app.put(
    '/api/conferences/:id/attendance',
    {
      schema: { tags, summary: 'Thành phần dự / attendance', params: idParam, body: attendanceBody },
      config: { action: 'conference.update' },
    },
    (request) => setAttendance(deps, request.requireActor(), request.params.id, request.body, request.ip),
  );
  app.put(
    '/api/conferences/:id/agenda',
    {
      schema: { tags, summary: 'Chương trình / agenda', params: idParam, body: agendaBody },
      config: { action: 'conference.update' },
    },
    (request) => setAgenda(deps, request.requireActor(), request.params.id, request.body, request.ip),
  );
  app.post(
    '/api/conferences/:id/files',
    {
      schema: {
        tags,
        summary: 'Đính kèm tham luận, tài liệu (multipart, trường "file") / attach a speech or a document',
        params: idParam,
        querystring: fileMetaQuery,
      },
      config: { action: 'conference.update' },
    },
    async (request, reply) => {
      const actor = request.requireActor();
      const file = await readUploadedFile(request, evidenceMessages);
      const detail = await attachConferenceFile(
        { ...deps, files, extraction },
        actor,
        request.params.id,
        request.query,
        file,
        request.ip,
      );
      return reply.code(201).send(detail);
    },
  );
  app.get(
    '/api/conferences/:id/files/:fileId',
    {
      schema: { tags, summary: 'Tải tệp / download a file', params: idParam.extend({ fileId: idSchema }) },
      config: { action: 'conference.read' },
    },
    async (request, reply) => {
      const { id, fileId } = request.params;
      const file = await readConferenceFile({ ...deps, files }, request.requireActor(), id, fileId);
      return reply.type(file.mime).header('content-disposition', contentDisposition(file.fileName)).send(file.content);
    },
  );
  app.post(
    '/api/conferences/:id/hold',
    {
      schema: { tags, summary: 'Ghi nhận đã tổ chức / record as held', params: idParam },
      config: { action: 'conference.hold' },
    },
    (request) => holdConference(deps, request.requireActor(), request.params.id, request.ip),
  );
  app.put(
    '/api/conferences/:id/minutes',
    {
      schema: { tags, summary: 'Biên bản / minutes', params: idParam, body: minutesBody },
      config: { action: 'conference.writeMinutes' },
    },
    (request) => writeMinutes(deps, request.requireActor(), request.params.id, request.body, request.ip),
  );
  app.post(
    '/api/conferences/:id/minutes/approve',
    {
      schema: { tags, summary: 'Chủ trì duyệt biên bản / the chair approves the minutes', params: idParam },
      config: { action: 'conference.approveMinutes' },
    },
    (request) => {
      const actor = request.requireActor();
      const name = request.accountNames().fullName || actor.username;
      return approveMinutes(deps, actor, request.params.id, name, request.ip);
    },
  );
  app.put(
    '/api/conferences/:id/conclusions',
    {
      schema: { tags, summary: 'Kết luận / conclusions', params: idParam, body: conclusionsBody },
      config: { action: 'conference.conclude' },
    },
    (request) => setConclusions(deps, request.requireActor(), request.params.id, request.body.lines, request.ip),
  );
  app.post(
    '/api/conferences/:id/conclusions/:conclusionId/tasks',
    {
      schema: {
        tags,
        summary: 'Giao nhiệm vụ từ một kết luận / tasks from a conclusion',
        params: idParam.extend({ conclusionId: idSchema }),
        body: conclusionTasksBody,
      },
      config: { action: 'conference.toTasks' },
    },
    async (request, reply) => {
      const { id, conclusionId } = request.params;
      const detail = await conclusionToTasks(deps, request.requireActor(), id, conclusionId, request.body, request.ip);
      return reply.code(201).send(detail);
    },
  );
  for (const which of ['invitation', 'notice'] as const)
    app.post(
      `/api/conferences/:id/${which}`,
      {
        schema: {
          tags,
          summary:
            which === 'invitation'
              ? 'Phát hành giấy mời, vào sổ văn bản / issue the invitation'
              : 'Phát hành thông báo kết luận, vào sổ văn bản / issue the notice of conclusions',
          params: idParam,
          body: issueBody,
        },
        config: { action: which === 'invitation' ? 'conference.issueInvitation' : 'conference.issueNotice' },
      },
      async (request, reply) => {
        const actor = request.requireActor();
        const detail = await issueConferenceDocument(deps, actor, request.params.id, which, request.body, request.ip);
        return reply.code(201).send(detail);
      },
    );
  for (const which of ['invitation', 'minutes', 'notice'] as const)
    app.get(
      `/api/conferences/:id/${which}.docx`,
      {
        schema: { tags, summary: `Tải ${which} (Word) / download`, params: idParam },
        config: { action: 'conference.read' },
      },
      async (request, reply) => {
        const file = await exportConferenceDocx(deps, request.requireActor(), request.params.id, which);
        return reply
          .type(DOCX_MIME)
          .header('content-disposition', contentDisposition(file.fileName))
          .send(file.content);
      },
    );
  app.get(
    '/api/conferences/:id/roster.xlsx',
    {
      schema: { tags, summary: 'Danh sách điểm cầu, đại biểu (Excel) / roster', params: idParam },
      config: { action: 'conference.read' },
    },
    async (request, reply) => {
      const detail = await getConference(deps, request.requireActor(), request.params.id);
      const buffer = await renderRosterXlsx(detail);
      return reply.type(XLSX_MIME).header('content-disposition', contentDisposition('diem-cau.xlsx')).send(buffer);
    },
  );
}
