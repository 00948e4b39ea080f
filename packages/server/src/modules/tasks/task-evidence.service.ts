import type { TaskDetail } from '@danvan/shared';
import type { Actor } from '../../auth/authorize.js';
import type { Database, Sql } from '../../db/client.js';
import { inScope } from '../../db/scope.js';
import { evidenceType } from '../../files/evidence-file.js';
import { cleanFileName } from '../../files/file-name.js';
import type { FileStore } from '../../files/file-store.js';
import { conflict, notFound } from '../../http/errors.js';
import { vietnamDay } from '../../time.js';
import { recordAudit } from '../audit/index.js';
import { taskActions } from './tasks.policy.js';
import { findTask, type TaskRow } from './tasks.repository.js';
import { findTaskAttachments, insertTaskAttachment } from './task-followup.repository.js';
import { auditTask, requireTask, taskDetail } from './tasks.service.js';

/** The owner attaches a file of evidence while the task is worked on (the policy's `report`). */
export async function attachTaskEvidence(
  deps: { db: Database; files: FileStore },
  actor: Actor,
  id: number,
  file: { fileName: string; content: Buffer },
  ip: string,
): Promise<TaskDetail> {
  const mime = await evidenceType(file.content);
  const today = vietnamDay();
  const check = (sql: Sql) => requireTask(sql, actor, id, taskActions.report, { forUpdate: true, today });
  // Checked before the file is stored, so nobody fills the store through a task they may not work on.
  await inScope(deps.db, actor.scopePath, check);
  const sha256 = await deps.files.put(file.content);
  const fileName = cleanFileName(file.fileName, 'minh-chung');
  return inScope(deps.db, actor.scopePath, async (sql) => {
    const row = await check(sql);
    if ((await findTaskAttachments(sql, id)).some((a) => a.sha256 === sha256))
      throw conflict(
        'duplicate',
        { vi: 'Tệp này đã được đính kèm cho nhiệm vụ', en: 'This file is already attached to the task' },
        'file',
      );
    const attachmentId = await insertTaskAttachment(sql, {
      taskId: id,
      fileName,
      mime,
      size: file.content.length,
      sha256,
      userId: actor.userId,
    });
    await recordAudit(
      sql,
      auditTask(actor, ip, row, 'task.attach', { attachmentId, fileName, mime, size: file.content.length, sha256 }),
    );
    return taskDetail(sql, actor, (await findTask(sql, id, today)) as TaskRow, today);
  });
}

/** An evidence file's bytes, for whoever may read the task. */
export async function readTaskEvidence(
  deps: { db: Database; files: FileStore },
  actor: Actor,
  id: number,
  attachmentId: number,
) {
  const attachment = await inScope(deps.db, actor.scopePath, async (sql) => {
    await requireTask(sql, actor, id, taskActions.read);
    return (await findTaskAttachments(sql, id)).find((a) => a.id === attachmentId);
  });
  if (!attachment) throw notFound({ vi: 'Không tìm thấy tệp minh chứng', en: 'Evidence file not found' });
  return { fileName: attachment.file_name, mime: attachment.mime, content: await deps.files.get(attachment.sha256) };
}
