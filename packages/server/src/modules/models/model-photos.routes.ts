import path from 'node:path';
import fastifyMultipart from '@fastify/multipart';
import { MODEL_PHOTO_MAX_BYTES, idSchema } from '@danvan/shared';
import { z } from 'zod';
import { FileStore } from '../../files/file-store.js';
import { contentDisposition } from '../../http/content-disposition.js';
import type { AppInstance } from '../../http/app-types.js';
import { readUploadedFile } from '../../http/upload.js';
import { addPhoto, readPhoto, removePhoto, tooLargeMessage } from './model-photos.service.js';

const tags = ['models'];
const photoParams = z.object({ id: idSchema, photoId: idSchema });

/** Photos of models: upload (multipart, field "file"), view, remove. Registered in its own scope for multipart. */
export async function modelPhotoRoutes(app: AppInstance): Promise<void> {
  const files = new FileStore(path.join(app.config.dataDir, 'files'));
  await app.register(fastifyMultipart, { limits: { fileSize: MODEL_PHOTO_MAX_BYTES + 1, files: 1, fields: 5 } });

  app.post(
    '/api/models/:id/photos',
    {
      schema: {
        tags,
        summary: 'Thêm ảnh mô hình (JPEG, PNG, WebP) / add a photo (multipart, field "file")',
        params: z.object({ id: idSchema }),
      },
      config: { action: 'model.managePhotos' },
    },
    async (request, reply) => {
      const actor = request.requireActor();
      const file = await readUploadedFile(request, {
        missing: { vi: 'Chưa chọn ảnh', en: 'No photo given' },
        tooLarge: tooLargeMessage,
      });
      return reply.code(201).send(await addPhoto({ db: app.db, files }, actor, request.params.id, file, request.ip));
    },
  );

  app.get(
    '/api/models/:id/photos/:photoId',
    { schema: { tags, summary: 'Xem ảnh mô hình / a photo', params: photoParams }, config: { action: 'model.read' } },
    async (request, reply) => {
      const photo = await readPhoto(
        { db: app.db, files },
        request.requireActor(),
        request.params.id,
        request.params.photoId,
      );
      return reply
        .type(photo.mime)
        .header('cache-control', 'private, max-age=3600')
        .header('content-disposition', contentDisposition(photo.fileName, 'inline'))
        .send(photo.content);
    },
  );

  app.delete(
    '/api/models/:id/photos/:photoId',
    {
      schema: { tags, summary: 'Xóa ảnh mô hình / remove a photo', params: photoParams },
      config: { action: 'model.managePhotos' },
    },
    (request) =>
      removePhoto({ db: app.db, files }, request.requireActor(), request.params.id, request.params.photoId, request.ip),
  );
}
