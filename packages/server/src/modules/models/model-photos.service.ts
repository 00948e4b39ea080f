import { MODEL_PHOTO_MAX_BYTES, type ModelSummary } from '@danvan/shared';
import type { Actor } from '../../auth/authorize.js';
import type { Database } from '../../db/client.js';
import { inScope } from '../../db/scope.js';
import { cleanFileName } from '../../files/file-name.js';
import type { FileStore } from '../../files/file-store.js';
import { sniffImageType } from '../../files/image-type.js';
import { invalid, notFound } from '../../http/errors.js';
import { recordAudit } from '../audit/index.js';
import { modelActions } from './models.policy.js';
import { deletePhoto, findModel, findPhoto, insertPhoto, type ModelRow } from './models.repository.js';
import { audit, presentModel, requireModel } from './models.service.js';

interface Deps {
  db: Database;
  files: FileStore;
}

export const tooLargeMessage = { vi: 'Ảnh lớn hơn 10 MB', en: 'The photo is larger than 10 MB' };
const photoNotFound = () => notFound({ vi: 'Không tìm thấy ảnh', en: 'Photo not found' });

/** Stores a JPEG, PNG or WebP photo of a model (type from its bytes) and links it, audited. */
export async function addPhoto(
  deps: Deps,
  actor: Actor,
  modelId: number,
  file: { fileName: string; content: Buffer },
  ip: string,
): Promise<ModelSummary> {
  if (file.content.length === 0) throw invalid('file', { vi: 'Tệp rỗng', en: 'The file is empty' });
  if (file.content.length > MODEL_PHOTO_MAX_BYTES) throw invalid('file', tooLargeMessage, 413);
  const mime = sniffImageType(file.content);
  if (!mime)
    throw invalid(
      'file',
      { vi: 'Chỉ nhận ảnh JPEG, PNG hoặc WebP', en: 'Only JPEG, PNG or WebP pictures are accepted' },
      415,
    );
  // Refuse before writing bytes for a model the actor may not change.
  await inScope(deps.db, actor.scopePath, (sql) => requireModel(sql, actor, modelId, modelActions.managePhotos));
  const sha256 = await deps.files.put(file.content);
  const fileName = cleanFileName(file.fileName, 'anh-mo-hinh');
  return inScope(deps.db, actor.scopePath, async (sql) => {
    const model = await requireModel(sql, actor, modelId, modelActions.managePhotos);
    const photoId = await insertPhoto(sql, {
      modelId,
      fileName,
      mime,
      size: file.content.length,
      sha256,
      createdBy: actor.userId,
    });
    await recordAudit(
      sql,
      audit(actor, ip, model.unit_id, 'model.photo.add', 'model', modelId, null, {
        photoId,
        fileName,
        mime,
        size: file.content.length,
        sha256,
      }),
    );
    return presentModel(actor, (await findModel(sql, modelId)) as ModelRow);
  });
}

/** A photo's bytes, only for users who may see its model (others get 404). */
export async function readPhoto(deps: Deps, actor: Actor, modelId: number, photoId: number) {
  const photo = await inScope(deps.db, actor.scopePath, async (sql) => {
    await requireModel(sql, actor, modelId, modelActions.read);
    return findPhoto(sql, modelId, photoId);
  });
  if (!photo) throw photoNotFound();
  return { fileName: photo.file_name, mime: photo.mime, content: await deps.files.get(photo.sha256) };
}

/** Unlinks a photo from its model, audited with what was removed. The bytes stay: another record may share them. */
export async function removePhoto(
  deps: Deps,
  actor: Actor,
  modelId: number,
  photoId: number,
  ip: string,
): Promise<ModelSummary> {
  return inScope(deps.db, actor.scopePath, async (sql) => {
    const model = await requireModel(sql, actor, modelId, modelActions.managePhotos);
    const photo = await findPhoto(sql, modelId, photoId);
    if (!photo) throw photoNotFound();
    await deletePhoto(sql, photoId);
    await recordAudit(
      sql,
      audit(
        actor,
        ip,
        model.unit_id,
        'model.photo.remove',
        'model',
        modelId,
        { photoId, fileName: photo.file_name, mime: photo.mime, size: photo.size, sha256: photo.sha256 },
        null,
      ),
    );
    return presentModel(actor, (await findModel(sql, modelId)) as ModelRow);
  });
}
