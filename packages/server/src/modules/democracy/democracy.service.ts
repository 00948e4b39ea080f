import {
  assessmentStatuses,
  type AssessmentDetail,
  type AssessmentListQuery,
  type AssessmentRow,
  type AssessmentSaveInput,
  type AssessmentStatus,
  type ChecklistItem,
  type ChecklistItemInput,
  type ChecklistItemUpdate,
  type DemocracyRating,
  type EvidenceDocument,
  type AuditAction,
} from '@danvan/shared';
import { authorize, can, type Actor } from '../../auth/authorize.js';
import type { Database, Sql } from '../../db/client.js';
import { inScope } from '../../db/scope.js';
import { sniffDocumentType } from '../../files/file-content.js';
import { cleanFileName } from '../../files/file-name.js';
import { sniffImageType } from '../../files/image-type.js';
import type { FileStore } from '../../files/file-store.js';
import { AppError, conflict, invalid, notFound } from '../../http/errors.js';
import { recordAudit } from '../audit/audit.service.js';
import { findDocuments } from '../documents/documents.repository.js';
import { unitActions } from '../units/units.policy.js';
import { requireUnit } from '../units/units.service.js';
import { democracyActions } from './democracy.policy.js';
import {
  ASSESSED_UNIT_TYPES,
  checklistCodeExists,
  copyChecklist,
  findAssessment,
  findAssessments,
  findAttachments,
  findChecklist,
  findChecklistItem,
  findChecklistYears,
  findEntries,
  insertAssessment,
  insertAttachment,
  insertChecklistItem,
  replaceEntries,
  setStatus,
  updateChecklistItem,
  updateSelfAssessment,
  type AssessmentRowData,
} from './democracy.repository.js';

export const MAX_EVIDENCE_BYTES = 20 * 1024 * 1024;
export const evidenceMessages = {
  missing: { vi: 'Chưa chọn tệp', en: 'No file given' },
  tooLarge: { vi: 'Tệp lớn hơn 20 MB', en: 'The file is larger than 20 MB' },
};

const everywhere = (actor: Actor) => ({ path: actor.scopePath });
const editable = (status: AssessmentRowData['status']) => status === 'not_started' || submittable(status);
const submittable = (status: AssessmentRowData['status']) => status === 'draft' || status === 'returned';

function presentRow(actor: Actor, row: AssessmentRowData): AssessmentRow {
  const record = { path: row.unit_path };
  return {
    unitId: row.unit_id,
    unitName: row.unit_name,
    parentName: row.parent_name,
    year: row.year,
    status: row.status,
    selfRating: row.self_rating,
    rating: row.rating,
    ratedByName: row.rated_by_name,
    submittedAt: row.submitted_at,
    ratedAt: row.rated_at,
    itemsDone: row.items_done,
    itemsTotal: row.items_total,
    disclosed: row.disclosed,
    meetings: row.meetings,
    abilities: {
      edit: editable(row.status) && can(actor, democracyActions.edit, record),
      submit: submittable(row.status) && can(actor, democracyActions.submit, record),
      return: row.status === 'submitted' && can(actor, democracyActions.return, record),
      rate: row.status === 'submitted' && can(actor, democracyActions.rate, record),
    },
  };
}

const audit = (
  actor: Actor,
  ip: string,
  unitId: number,
  action: AuditAction,
  entityId: number,
  before: unknown,
  after: unknown,
) => ({
  actorUserId: actor.userId,
  actorUsername: actor.username,
  unitId,
  action,
  entityType: 'democracy_assessment' as const,
  entityId,
  before,
  after,
  ip,
});

// ---------------------------------------------------------------- checklist (danh mục)

export async function getChecklist(
  db: Database,
  actor: Actor,
  year: number,
): Promise<{ years: number[]; items: ChecklistItem[] }> {
  authorize(actor, democracyActions.read, everywhere(actor));
  return inScope(db, actor.scopePath, async (sql) => ({
    years: await findChecklistYears(sql),
    items: await findChecklist(sql, year),
  }));
}

/** Adds an item to a year's checklist; assessments of that year ask for it from now on. */
export async function addChecklistItem(
  db: Database,
  actor: Actor,
  input: ChecklistItemInput,
  ip: string,
): Promise<ChecklistItem> {
  authorize(actor, democracyActions.manageChecklist, everywhere(actor));
  return inScope(db, actor.scopePath, async (sql) => {
    if (await checklistCodeExists(sql, input.year, input.code)) {
      throw conflict(
        'duplicate',
        {
          vi: `Mã nội dung đã có trong danh mục năm ${input.year}`,
          en: `The code exists in the ${input.year} checklist`,
        },
        'body.code',
      );
    }
    const id = await insertChecklistItem(sql, input);
    await recordAudit(sql, {
      actorUserId: actor.userId,
      actorUsername: actor.username,
      unitId: actor.scopeUnitId,
      action: 'democracy.checklist_add',
      entityType: 'democracy_checklist_item',
      entityId: id,
      after: input,
      ip,
    });
    return (await findChecklistItem(sql, id)) as ChecklistItem;
  });
}

/** Changes an item's wording or group, or retires it (answers already given are kept). */
export async function changeChecklistItem(
  db: Database,
  actor: Actor,
  id: number,
  input: ChecklistItemUpdate,
  ip: string,
): Promise<ChecklistItem> {
  authorize(actor, democracyActions.manageChecklist, everywhere(actor));
  return inScope(db, actor.scopePath, async (sql) => {
    const before = await findChecklistItem(sql, id);
    if (!before) throw notFound({ vi: 'Không tìm thấy nội dung trong danh mục', en: 'Checklist item not found' });
    await updateChecklistItem(sql, id, input);
    const action =
      before.retired === input.retired
        ? 'democracy.checklist_update'
        : input.retired
          ? 'democracy.checklist_retire'
          : 'democracy.checklist_restore';
    await recordAudit(sql, {
      actorUserId: actor.userId,
      actorUsername: actor.username,
      unitId: actor.scopeUnitId,
      action,
      entityType: 'democracy_checklist_item',
      entityId: id,
      before,
      after: input,
      ip,
    });
    return (await findChecklistItem(sql, id)) as ChecklistItem;
  });
}

export async function copyChecklistToYear(db: Database, actor: Actor, fromYear: number, toYear: number, ip: string) {
  authorize(actor, democracyActions.manageChecklist, everywhere(actor));
  return inScope(db, actor.scopePath, async (sql) => {
    if ((await findChecklist(sql, toYear)).length > 0) {
      throw conflict(
        'checklist_exists',
        { vi: `Đã có danh mục năm ${toYear}`, en: `The ${toYear} checklist exists` },
        'body.toYear',
      );
    }
    const copied = await copyChecklist(sql, fromYear, toYear);
    if (copied === 0)
      throw invalid('body.fromYear', { vi: `Không có danh mục năm ${fromYear}`, en: `No checklist for ${fromYear}` });
    await recordAudit(sql, {
      actorUserId: actor.userId,
      actorUsername: actor.username,
      unitId: actor.scopeUnitId,
      action: 'democracy.checklist_copy',
      entityType: 'democracy_checklist_item',
      entityId: String(toYear),
      after: { fromYear, toYear, copied },
      ip,
    });
    return { year: toYear, copied };
  });
}

// ---------------------------------------------------------------- assessments

export async function listAssessments(
  db: Database,
  actor: Actor,
  query: AssessmentListQuery,
): Promise<AssessmentRow[]> {
  authorize(actor, democracyActions.read, everywhere(actor));
  return (await inScope(db, actor.scopePath, (sql) => findAssessments(sql, query))).map((row) =>
    presentRow(actor, row),
  );
}

/** A commune-level unit the actor may see, with its assessment for the year, or 404 / 400. */
async function requireAssessment(
  sql: Sql,
  actor: Actor,
  unitId: number,
  year: number,
  action: string,
  options: { forUpdate?: boolean } = {},
) {
  const unit = await requireUnit(sql, actor, unitId, unitActions.read);
  if (!ASSESSED_UNIT_TYPES.includes(unit.type)) {
    throw invalid('params.unitId', {
      vi: 'Chỉ xã, phường, thị trấn, đặc khu tự đánh giá thực hiện dân chủ ở cơ sở',
      en: 'Only commune-level units assess grassroots democracy',
    });
  }
  const row = (await findAssessment(sql, unitId, year, options)) as AssessmentRowData;
  authorize(actor, action, { path: row.unit_path });
  return row;
}

async function present(sql: Sql, actor: Actor, row: AssessmentRowData): Promise<AssessmentDetail> {
  const checklist = await findChecklist(sql, row.year);
  const entries = row.id ? await findEntries(sql, row.id) : [];
  const attachments = row.id ? await findAttachments(sql, row.id) : [];
  const entryOf = new Map(entries.map((entry) => [entry.item_id, entry]));
  // Linked documents are shown only when the reader can see them (RLS of the documents module).
  const linked = await findDocuments(sql, [...new Set(entries.flatMap((entry) => entry.document_ids))]);
  const documents = new Map<number, EvidenceDocument>(
    linked.map((doc) => [doc.id, { id: doc.id, symbol: doc.symbol, title: doc.title, issuedOn: doc.issued_on }]),
  );
  return {
    ...presentRow(actor, row),
    id: row.id,
    selfComment: row.self_comment,
    ratingComment: row.rating_comment,
    returnComment: row.return_comment,
    items: checklist
      .filter((item) => !item.retired || entryOf.has(item.id))
      .map((item) => {
        const entry = entryOf.get(item.id);
        return {
          item,
          entry: entry
            ? {
                status: entry.status,
                quantity: entry.quantity,
                meetings: entry.meetings,
                doneOn: entry.done_on,
                note: entry.note,
                documents: entry.document_ids.flatMap((id) => documents.get(id) ?? []),
              }
            : null,
          attachments: attachments
            .filter((a) => a.item_id === item.id)
            .map((a) => ({ id: a.id, fileName: a.file_name, mime: a.mime, size: a.size })),
        };
      }),
  };
}

export async function getAssessment(
  db: Database,
  actor: Actor,
  unitId: number,
  year: number,
): Promise<AssessmentDetail> {
  return inScope(db, actor.scopePath, async (sql) =>
    present(sql, actor, await requireAssessment(sql, actor, unitId, year, democracyActions.read)),
  );
}

const notEditable = (status: string) =>
  new AppError(409, 'illegal_transition', {
    vi:
      status === 'rated'
        ? 'Bản đánh giá đã được xếp loại, không sửa được'
        : 'Bản đánh giá đã nộp, chờ cấp trên xem xét; không sửa được',
    en:
      status === 'rated'
        ? 'The assessment has been rated and cannot be changed'
        : 'The assessment has been submitted and cannot be changed',
  });

/** Checks answers against the year's checklist and the linked documents against what the actor can see. */
async function checkEntries(sql: Sql, year: number, input: AssessmentSaveInput, previous: Set<number>): Promise<void> {
  const items = new Map((await findChecklist(sql, year)).map((item) => [item.id, item]));
  if (items.size === 0)
    throw conflict('no_checklist', {
      vi: `Chưa có danh mục nội dung năm ${year}`,
      en: `There is no checklist for ${year}`,
    });
  const visible = new Set(
    (await findDocuments(sql, [...new Set(input.entries.flatMap((entry) => entry.documentIds))])).map((doc) => doc.id),
  );
  const seen = new Set<number>();
  for (const [index, entry] of input.entries.entries()) {
    const path = `body.entries.${index}`;
    const item = items.get(entry.itemId);
    if (!item || (item.retired && !previous.has(item.id))) {
      throw invalid(`${path}.itemId`, {
        vi: `Nội dung không có trong danh mục năm ${year}`,
        en: `Not an item of the ${year} checklist`,
      });
    }
    if (seen.has(entry.itemId))
      throw invalid(`${path}.itemId`, { vi: 'Nội dung bị nhập hai lần', en: 'The item is given twice' });
    seen.add(entry.itemId);
    if (entry.doneOn && Number(entry.doneOn.slice(0, 4)) !== year) {
      throw invalid(`${path}.doneOn`, {
        vi: `Ngày thực hiện phải trong năm ${year}`,
        en: `The date must be in ${year}`,
      });
    }
    for (const [docIndex, documentId] of entry.documentIds.entries()) {
      if (!visible.has(documentId)) {
        throw new AppError(404, 'not_found', { vi: 'Không tìm thấy văn bản', en: 'Document not found' }, [
          { path: `${path}.documentIds.${docIndex}`, vi: 'Không tìm thấy văn bản', en: 'Document not found' },
        ]);
      }
    }
  }
}

/** Saves the draft checklist and self-assessment of a unit for a year, starting it if needed. */
export async function saveAssessment(
  db: Database,
  actor: Actor,
  unitId: number,
  year: number,
  input: AssessmentSaveInput,
  ip: string,
): Promise<AssessmentDetail> {
  return inScope(db, actor.scopePath, async (sql) => {
    const row = await requireAssessment(sql, actor, unitId, year, democracyActions.edit, { forUpdate: true });
    if (!editable(row.status)) throw notEditable(row.status);
    const previousEntries = row.id ? await findEntries(sql, row.id) : [];
    await checkEntries(sql, year, input, new Set(previousEntries.map((entry) => entry.item_id)));
    const id = row.id ?? (await insertAssessment(sql, unitId, year, actor.userId));
    await replaceEntries(sql, id, input.entries);
    await updateSelfAssessment(sql, id, input);
    await recordAudit(
      sql,
      audit(
        actor,
        ip,
        unitId,
        row.id ? 'democracy.update' : 'democracy.create',
        id,
        row.id ? { selfRating: row.self_rating, selfComment: row.self_comment, entries: previousEntries } : null,
        input,
      ),
    );
    return present(sql, actor, (await findAssessment(sql, unitId, year)) as AssessmentRowData);
  });
}

const illegal = (from: AssessmentStatus, to: { vi: string; en: string }) =>
  new AppError(409, 'illegal_transition', {
    vi: `Không thể ${to.vi} khi bản đánh giá đang ở trạng thái "${assessmentStatuses[from].vi.toLocaleLowerCase('vi')}"`,
    en: `Cannot ${to.en} an assessment that is ${assessmentStatuses[from].en.toLowerCase()}`,
  });

/** Submits to the upper unit: every item in use answered and a self-rating given. */
export async function submitAssessment(
  db: Database,
  actor: Actor,
  unitId: number,
  year: number,
  ip: string,
): Promise<AssessmentDetail> {
  return inScope(db, actor.scopePath, async (sql) => {
    const row = await requireAssessment(sql, actor, unitId, year, democracyActions.submit, { forUpdate: true });
    if (!submittable(row.status)) throw illegal(row.status, { vi: 'nộp', en: 'submit' });
    const detail = await present(sql, actor, row);
    const fields = detail.items
      .filter(({ item, entry }) => !item.retired && !entry)
      .map(({ item }) => ({
        path: `entries.${item.code}`,
        vi: `Chưa đánh giá: ${item.title}`,
        en: `Not answered: ${item.code}`,
      }));
    if (!row.self_rating) fields.push({ path: 'selfRating', vi: 'Chưa tự xếp loại', en: 'No self-rating given' });
    if (fields.length)
      throw new AppError(
        400,
        'incomplete',
        { vi: 'Bản đánh giá chưa đầy đủ', en: 'The assessment is incomplete' },
        fields,
      );
    await setStatus(sql, row.id as number, { status: 'submitted' });
    await recordAudit(
      sql,
      audit(actor, ip, unitId, 'democracy.submit', row.id as number, { status: row.status }, { status: 'submitted' }),
    );
    return present(sql, actor, (await findAssessment(sql, unitId, year)) as AssessmentRowData);
  });
}

/** The upper unit sends a submitted assessment back for correction, saying why. */
export async function returnAssessment(
  db: Database,
  actor: Actor,
  unitId: number,
  year: number,
  comment: string,
  ip: string,
): Promise<AssessmentDetail> {
  return inScope(db, actor.scopePath, async (sql) => {
    const row = await requireAssessment(sql, actor, unitId, year, democracyActions.return, { forUpdate: true });
    if (row.status !== 'submitted') throw illegal(row.status, { vi: 'trả lại', en: 'return' });
    await setStatus(sql, row.id as number, { status: 'returned', comment });
    await recordAudit(
      sql,
      audit(
        actor,
        ip,
        unitId,
        'democracy.return',
        row.id as number,
        { status: row.status },
        { status: 'returned', comment },
      ),
    );
    return present(sql, actor, (await findAssessment(sql, unitId, year)) as AssessmentRowData);
  });
}

/** The upper unit rates a submitted assessment (tốt, khá, trung bình, yếu) with a comment. */
export async function rateAssessment(
  db: Database,
  actor: Actor,
  unitId: number,
  year: number,
  input: { rating: DemocracyRating; comment: string },
  ip: string,
): Promise<AssessmentDetail> {
  return inScope(db, actor.scopePath, async (sql) => {
    const row = await requireAssessment(sql, actor, unitId, year, democracyActions.rate, { forUpdate: true });
    if (row.status !== 'submitted') throw illegal(row.status, { vi: 'xếp loại', en: 'rate' });
    const rater = await requireUnit(sql, actor, actor.scopeUnitId, unitActions.read);
    await setStatus(sql, row.id as number, {
      status: 'rated',
      ...input,
      byUnitId: rater.id,
      byName: rater.name,
      byUser: actor.userId,
    });
    await recordAudit(
      sql,
      audit(
        actor,
        ip,
        unitId,
        'democracy.rate',
        row.id as number,
        { status: row.status },
        { status: 'rated', ...input },
      ),
    );
    return present(sql, actor, (await findAssessment(sql, unitId, year)) as AssessmentRowData);
  });
}

// ---------------------------------------------------------------- evidence files

/** Evidence may be a PDF or Word file, or a JPEG or PNG photo of a notice board or minutes; the type comes from the bytes. */
async function sniffEvidenceType(content: Buffer): Promise<string | null> {
  const image = sniffImageType(content);
  if (image === 'image/jpeg' || image === 'image/png') return image;
  return sniffDocumentType(content);
}

export async function attachEvidence(
  deps: { db: Database; files: FileStore },
  actor: Actor,
  key: { unitId: number; year: number; itemId: number },
  file: { fileName: string; content: Buffer },
  ip: string,
): Promise<AssessmentDetail> {
  if (file.content.length === 0) throw invalid('file', { vi: 'Tệp rỗng', en: 'The file is empty' });
  if (file.content.length > MAX_EVIDENCE_BYTES) throw invalid('file', evidenceMessages.tooLarge, 413);
  const mime = await sniffEvidenceType(file.content);
  if (!mime)
    throw invalid(
      'file',
      {
        vi: 'Chỉ nhận tệp PDF, Word (.docx), JPEG hoặc PNG',
        en: 'Only PDF, Word (.docx), JPEG or PNG files are accepted',
      },
      415,
    );
  const check = async (sql: Sql) => {
    const row = await requireAssessment(sql, actor, key.unitId, key.year, democracyActions.edit, { forUpdate: true });
    if (!editable(row.status) || !row.id) {
      if (!row.id)
        throw conflict('not_started', {
          vi: 'Cần lưu bản đánh giá trước khi đính kèm',
          en: 'Save the assessment before attaching files',
        });
      throw notEditable(row.status);
    }
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
