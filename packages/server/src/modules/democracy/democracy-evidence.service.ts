import type { AssessmentDetail } from '@danvan/shared';
import type { Actor } from '../../auth/authorize.js';
import type { Database, Sql } from '../../db/client.js';
import { inScope } from '../../db/scope.js';
import { evidenceType } from '../../files/evidence-file.js';
import { cleanFileName } from '../../files/file-name.js';
import type { FileStore } from '../../files/file-store.js';
import { conflict, notFound } from '../../http/errors.js';
import { recordAudit } from '../audit/index.js';
import { democracyActions } from './democracy.policy.js';
import {
  findAssessment,
  findAttachments,
  findChecklistItem,
  insertAttachment,
  type AssessmentRowData,
} from './democracy.repository.js';
import { audit, present, requireAssessment } from './democracy.service.js';

export async function attachEvidence(
  deps: { db: Database; files: FileStore },
  actor: Actor,
  key: { unitId: number; year: number; itemId: number },
  file: { fileName: string; content: Buffer },
  ip: string,
): Promise<AssessmentDetail> {
  const mime = await evidenceType(file.content);
  const check = async (sql: Sql) => {
    const row = await requireAssessment(sql, actor, key.unitId, key.year, democracyActions.edit, { forUpdate: true });
    if (!row.id)
      throw conflict('not_started', {
        vi: 'Cần lưu bản đánh giá trước khi đính kèm',
        en: 'Save the assessment before attaching files',
      });
    const item = await findChecklistItem(sql, key.itemId);
    if (!item || item.year !== key.year)
      throw notFound({ vi: 'Không tìm thấy nội dung trong danh mục', en: 'Checklist item not found' });
    return row;
  };
  // Check before writing the file, so nobody can fill the store through an assessment they may not edit.
  await inScope(deps.db, actor.scopePath, check);
  const sha256 = await deps.files.put(file.content);
  const fileName = cleanFileName(file.fileName, 'minh-chung');
  return inScope(deps.db, actor.scopePath, async (sql) => {
    const row = await check(sql);
    if ((await findAttachments(sql, row.id as number)).some((a) => a.item_id === key.itemId && a.sha256 === sha256)) {
      throw conflict(
        'duplicate',
        { vi: 'Tệp này đã được đính kèm cho nội dung này', en: 'This file is already attached to this item' },
        'file',
      );
    }
    const attachmentId = await insertAttachment(sql, {
      assessmentId: row.id as number,
      itemId: key.itemId,
      fileName,
      mime,
      size: file.content.length,
      sha256,
      createdBy: actor.userId,
    });
    await recordAudit(
      sql,
      audit(actor, ip, key.unitId, 'democracy.attach', row.id as number, null, {
        attachmentId,
        itemId: key.itemId,
        fileName,
        mime,
        size: file.content.length,
        sha256,
      }),
    );
    return present(sql, actor, (await findAssessment(sql, key.unitId, key.year)) as AssessmentRowData);
  });
}

/** An evidence file's bytes, only for users who may see the assessment it belongs to. */
export async function readEvidence(
  deps: { db: Database; files: FileStore },
  actor: Actor,
  key: { unitId: number; year: number; attachmentId: number },
) {
  const attachment = await inScope(deps.db, actor.scopePath, async (sql) => {
    const row = await requireAssessment(sql, actor, key.unitId, key.year, democracyActions.read);
    return row.id ? (await findAttachments(sql, row.id)).find((a) => a.id === key.attachmentId) : undefined;
  });
  if (!attachment) throw notFound({ vi: 'Không tìm thấy tệp minh chứng', en: 'Evidence file not found' });
  return { fileName: attachment.file_name, mime: attachment.mime, content: await deps.files.get(attachment.sha256) };
}
