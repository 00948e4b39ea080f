import type {
  AssessmentDetail,
  AssessmentListQuery,
  AssessmentRow,
  AssessmentSaveInput,
  AuditAction,
  DemocracyRating,
  EvidenceDocument,
} from '@danvan/shared';
import { authorize, can, wholeScope, type Actor } from '../../auth/authorize.js';
import type { Database, Sql } from '../../db/client.js';
import { inScope } from '../../db/scope.js';
import { AppError, conflict, invalid } from '../../http/errors.js';
import { recordAudit } from '../audit/index.js';
import { citedDocuments } from '../documents/index.js';
import { requireUnit, unitActions } from '../units/index.js';
import { democracyActions, type AssessmentRecord } from './democracy.policy.js';
import {
  ASSESSED_UNIT_TYPES,
  findAssessment,
  findAssessments,
  findAttachments,
  findChecklist,
  findEntries,
  insertAssessment,
  replaceEntries,
  setStatus,
  updateSelfAssessment,
  type AssessmentRowData,
} from './democracy.repository.js';

const recordOf = (row: AssessmentRowData): AssessmentRecord => ({ path: row.unit_path, status: row.status });

function presentRow(actor: Actor, row: AssessmentRowData): AssessmentRow {
  const record = recordOf(row);
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
      edit: can(actor, democracyActions.edit, record),
      submit: can(actor, democracyActions.submit, record),
      return: can(actor, democracyActions.return, record),
      rate: can(actor, democracyActions.rate, record),
    },
  };
}

export const audit = (
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

export async function listAssessments(
  db: Database,
  actor: Actor,
  query: AssessmentListQuery,
): Promise<AssessmentRow[]> {
  authorize(actor, democracyActions.read, wholeScope(actor));
  return (await inScope(db, actor.scopePath, (sql) => findAssessments(sql, query))).map((row) =>
    presentRow(actor, row),
  );
}

/**
 * A commune-level unit the actor may see, with its assessment for the year, if the actor may do
 * `action` to it as it stands (404 / 400, 403 for the role, 409 for its state).
 */
export async function requireAssessment(
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
  authorize(actor, action, recordOf(row));
  return row;
}

export async function present(sql: Sql, actor: Actor, row: AssessmentRowData): Promise<AssessmentDetail> {
  const checklist = await findChecklist(sql, row.year);
  const entries = row.id ? await findEntries(sql, row.id) : [];
  const attachments = row.id ? await findAttachments(sql, row.id) : [];
  const entryOf = new Map(entries.map((entry) => [entry.item_id, entry]));
  // Linked documents are shown only when the reader can see them (RLS of the documents module).
  const linked = await citedDocuments(
    sql,
    entries.flatMap((entry) => entry.document_ids),
  );
  const documents = new Map<number, EvidenceDocument>(linked.map((doc) => [doc.id, doc]));
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

/** Checks answers against the year's checklist and the linked documents against what the actor can see. */
async function checkEntries(sql: Sql, year: number, input: AssessmentSaveInput, previous: Set<number>): Promise<void> {
  const items = new Map((await findChecklist(sql, year)).map((item) => [item.id, item]));
  if (items.size === 0)
    throw conflict('no_checklist', {
      vi: `Chưa có danh mục nội dung năm ${year}`,
      en: `There is no checklist for ${year}`,
    });
  const visible = new Set(
    (
      await citedDocuments(
        sql,
        input.entries.flatMap((entry) => entry.documentIds),
      )
    ).map((doc) => doc.id),
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
