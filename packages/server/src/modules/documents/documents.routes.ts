import path from 'node:path';
import fastifyMultipart from '@fastify/multipart';
import {
  documentBody,
  documentImportQuery,
  documentListQuery,
  documentRegisterQuery,
  documentTopics,
  documentTypes,
  idSchema,
} from '@danvan/shared';
import { z } from 'zod';
import { FileStore } from '../../files/file-store.js';
import { contentDisposition } from '../../http/content-disposition.js';
import type { AppInstance } from '../../http/app-types.js';
import { readUploadedFile } from '../../http/upload.js';
import { XLSX_MIME } from '../../files/xlsx.js';
import { AttachmentExtraction } from './attachment-extraction.js';
import { renderDocumentsXlsx } from './documents-xlsx.js';
import { readRegisterUpload } from './document-import.upload.js';
import { exportDocumentRegister, importRegisterUpload } from './document-import.service.js';
import {
  attachFile,
  attachmentMessages,
  createDocument,
  editDocument,
  getDocument,
  listDocuments,
  MAX_ATTACHMENT_BYTES,
  readAttachment,
} from './documents.service.js';

const tags = ['documents'];
const idParam = z.object({ id: idSchema });

export async function documentRoutes(app: AppInstance): Promise<void> {
  const files = new FileStore(path.join(app.config.dataDir, 'files'));
  const extraction = new AttachmentExtraction({ db: app.db, files, log: app.log }, app.config.extraction);
  app.addHook('onReady', async () => extraction.start());
  app.addHook('onClose', () => extraction.close());
  await app.register(fastifyMultipart, { limits: { fileSize: MAX_ATTACHMENT_BYTES + 1, files: 1, fields: 5 } });

  app.get(
    '/api/document-vocabulary',
    {
      schema: { tags, summary: 'Loại văn bản và chủ đề / document types and topics' },
      config: { action: 'authenticated' },
    },
    async (request) => {
      request.requireActor();
      return { types: documentTypes, topics: documentTopics };
    },
  );

  app.get(
    '/api/documents',
    {
      schema: { tags, summary: 'Tìm kiếm văn bản / search documents', querystring: documentListQuery },
      config: { action: 'document.read' },
    },
    (request) => listDocuments(app.db, request.requireActor(), request.query),
  );

  app.get(
    '/api/documents/export.xlsx',
    {
      schema: {
        tags,
        summary: 'Xuất danh sách văn bản ra Excel / export the filtered list',
        querystring: documentListQuery,
      },
      config: { action: 'document.read' },
    },
    async (request, reply) => {
      const { items } = await listDocuments(app.db, request.requireActor(), {
        ...request.query,
        limit: 10_000,
        offset: 0,
      });
      const buffer = await renderDocumentsXlsx(items, 'Danh sách văn bản');
      return reply
        .type(XLSX_MIME)
        .header('content-disposition', contentDisposition('danh-sach-van-ban.xlsx'))
        .send(buffer);
    },
  );

  app.get(
    '/api/documents/register.xlsx',
    {
      schema: {
        tags,
        summary: 'Tải sổ văn bản đi của một đơn vị / one unit’s outgoing-document register',
        querystring: documentRegisterQuery,
      },
      config: { action: 'document.read' },
    },
    async (request, reply) => {
      const file = await exportDocumentRegister(app.db, request.requireActor(), request.query);
      return reply.type(XLSX_MIME).header('content-disposition', contentDisposition(file.fileName)).send(file.content);
    },
  );

  app.post(
    '/api/documents/import',
    {
      schema: {
        tags,
        summary: 'Nhập sổ văn bản đi từ Excel / import the register (multipart "file"; a dry run unless dryRun=false)',
        querystring: documentImportQuery,
      },
      config: { action: 'document.create' },
    },
    async (request) => {
      const actor = request.requireActor();
      // The upload is read before answering, so even a refusal reaches a browser still sending it.
      const file = await readRegisterUpload(request);
      return importRegisterUpload(app.db, actor, {
        unitId: request.query.unitId,
        file,
        dryRun: request.query.dryRun,
        ip: request.ip,
      });
    },
  );

  app.get(
    '/api/documents/:id',
    {
      schema: { tags, summary: 'Chi tiết văn bản / a document', params: idParam },
      config: { action: 'document.read' },
    },
    (request) => getDocument(app.db, request.requireActor(), request.params.id),
  );

  app.post(
    '/api/documents',
    {
      schema: { tags, summary: 'Vào sổ văn bản / register a document', body: documentBody },
      config: { action: 'document.create' },
    },
    async (request, reply) =>
      reply.code(201).send(await createDocument(app.db, request.requireActor(), request.body, request.ip)),
  );

  app.put(
    '/api/documents/:id',
    {
      schema: { tags, summary: 'Sửa văn bản / edit a document', params: idParam, body: documentBody },
      config: { action: 'document.update' },
    },
    (request) => editDocument(app.db, request.requireActor(), request.params.id, request.body, request.ip),
  );

  app.post(
    '/api/documents/:id/attachments',
    {
      schema: { tags, summary: 'Đính kèm tệp PDF/DOCX / attach a file (multipart, field "file")', params: idParam },
      config: { action: 'document.update' },
    },
    async (request, reply) => {
      const actor = request.requireActor();
      const file = await readUploadedFile(request, attachmentMessages);
      return reply
        .code(201)
        .send(await attachFile({ db: app.db, files, extraction }, actor, request.params.id, file, request.ip));
    },
  );

  app.get(
    '/api/documents/:id/attachments/:attachmentId',
    {
      schema: {
        tags,
        summary: 'Tải tệp đính kèm / download an attachment',
        params: idParam.extend({ attachmentId: idSchema }),
      },
      config: { action: 'document.read' },
    },
    async (request, reply) => {
      const file = await readAttachment(
        { db: app.db, files },
        request.requireActor(),
        request.params.id,
        request.params.attachmentId,
      );
      return reply.type(file.mime).header('content-disposition', contentDisposition(file.fileName)).send(file.content);
    },
  );
}
