import { shortPlace, type ConferenceDetail, type IssueInput } from '@danvan/shared';
import type { Actor } from '../../auth/authorize.js';
import { asSystem, inScope } from '../../db/scope.js';
import { AppError, conflict, invalid } from '../../http/errors.js';
import { recordAudit } from '../audit/index.js';
import { createDocument } from '../documents/index.js';
import { documentIssuerOf } from '../units/index.js';
import { renderInvitation, renderMinutes, renderNotice, type IssuedAs } from './conference-docx.js';
import { conferenceActions } from './conferences.policy.js';
import {
  findConference,
  setConferenceStatus,
  setIssuedDocument,
  type ConferenceRow,
} from './conferences.repository.js';
import { auditConference, getConference, requireConference, type ConferenceDeps } from './conferences.service.js';

// The invitation and the notice of conclusions are issued with a number: registered in the documents
// register (type GM / TB) under the organiser, then rendered with that number. The minutes are not numbered.

export type IssuedKind = 'invitation' | 'notice';
const TYPES = { invitation: 'GM', notice: 'TB' } as const;

export async function issueConferenceDocument(
  deps: ConferenceDeps,
  actor: Actor,
  id: number,
  which: IssuedKind,
  input: IssueInput,
  ip: string,
): Promise<ConferenceDetail> {
  const action = which === 'invitation' ? conferenceActions.issueInvitation : conferenceActions.issueNotice;
  const { row, issuer } = await inScope(deps.db, actor.scopePath, async (sql) => {
    const row = await requireConference(sql, actor, id, action);
    if ((which === 'invitation' ? row.invitation_document_id : row.notice_document_id) !== null)
      throw conflict(
        'already_issued',
        { vi: 'Văn bản này đã được phát hành', en: 'This document has already been issued' },
        'body.number',
      );
    const issuer = await documentIssuerOf(sql, { id: row.organiser_unit_id, name: row.organiser_name });
    return { row, issuer };
  });
  const detail = await getConference(deps, actor, id);
  if (which === 'notice' && detail.conclusions.length === 0)
    throw invalid('conclusions', { vi: 'Hội nghị chưa có kết luận', en: 'The conference has no conclusions' }, 422);
  const type = TYPES[which];
  let documentId: number;
  try {
    const document = await createDocument(
      deps.db,
      actor,
      {
        unitId: row.organiser_unit_id,
        type,
        symbol: `${input.number}-${type}/${issuer.abbreviation}`,
        issuedOn: input.issuedOn,
        signer: input.signer,
        title: `${which === 'invitation' ? 'Giấy mời dự' : 'Thông báo kết luận'} ${row.title}`.slice(0, 500),
        summary: '',
        topics: [],
        role: 'issued',
      },
      ip,
    );
    documentId = document.id;
  } catch (error) {
    if (error instanceof AppError && error.code === 'duplicate')
      throw conflict(
        'duplicate',
        {
          vi: `Số ${input.number}-${type}/${issuer.abbreviation} đã được dùng trong năm`,
          en: `Number ${input.number}-${type}/${issuer.abbreviation} is already used this year`,
        },
        'body.number',
      );
    throw error;
  }
  await inScope(deps.db, actor.scopePath, async (sql) => {
    const locked = await requireConference(sql, actor, id, action, { forUpdate: true });
    await setIssuedDocument(sql, id, which, documentId, input.signer);
    if (which === 'notice') await setConferenceStatus(sql, id, 'concluded');
    await recordAudit(
      sql,
      auditConference(
        actor,
        ip,
        locked,
        which === 'invitation' ? 'conference.issue_invitation' : 'conference.issue_notice',
        {
          documentId,
          ...input,
        },
      ),
    );
  });
  return getConference(deps, actor, id);
}

export type ExportKind = IssuedKind | 'minutes';

/** A conference's Word document for whoever may read it: issued ones carry their number, drafts a blank. */
export async function exportConferenceDocx(
  deps: ConferenceDeps,
  actor: Actor,
  id: number,
  which: ExportKind,
): Promise<{ fileName: string; content: Buffer }> {
  await inScope(deps.db, actor.scopePath, (sql) => requireConference(sql, actor, id, conferenceActions.read));
  // The documents are addressed to every invited unit and bridge point alike: once the reader may read the
  // conference (a bridge point's ward below the organiser included), they are rendered as the organiser
  // sees the conference, read-only, with the organiser's issuing body (read as the system: names only).
  const { row, issuer } = await asSystem(deps.db, async (sql) => {
    const row = (await findConference(sql, id)) as ConferenceRow;
    return { row, issuer: await documentIssuerOf(sql, { id: row.organiser_unit_id, name: row.organiser_name }) };
  });
  const organiser: Actor = {
    ...actor,
    role: 'viewer',
    scopePath: row.organiser_path,
    scopeUnitId: row.organiser_unit_id,
  };
  const detail = await getConference(deps, organiser, id);
  const signers = { invitation: row.invitation_signer, notice: row.notice_signer };
  const place = shortPlace(detail.organiserName) ?? detail.organiserName;
  const as = (kind: IssuedKind): IssuedAs => {
    const doc = detail[kind];
    return {
      issuer,
      place,
      number: doc ? Number(doc.symbol.split('-')[0]) : null,
      date: doc ? dateOf(doc.issuedOn) : new Date(),
      signer: signers[kind],
    };
  };
  const stem = detail.title
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/gi, 'd');
  const slug = stem
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 60);
  switch (which) {
    case 'invitation':
      return { fileName: `giay-moi-${slug}.docx`, content: await renderInvitation(detail, as('invitation')) };
    case 'notice':
      return { fileName: `thong-bao-ket-luan-${slug}.docx`, content: await renderNotice(detail, as('notice')) };
    case 'minutes':
      return {
        fileName: `bien-ban-${slug}.docx`,
        content: await renderMinutes(detail, {
          issuer,
          place,
          number: null,
          date: dateOf(detail.heldOn),
          signer: null,
        }),
      };
  }
}

const dateOf = (iso: string) => new Date(`${iso}T12:00:00+07:00`);
