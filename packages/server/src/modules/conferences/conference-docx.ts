import {
  attendanceCategories,
  attendanceCategoryCodes,
  conferenceFormats,
  type ConferenceDetail,
} from '@danvan/shared';
import { AlignmentType, type Paragraph, type Table } from 'docx';
import {
  bodyHeading,
  bodyParagraph,
  documentTitle,
  layoutTable,
  nfc,
  paragraph,
  partyDocument,
  partyHeader,
  signatureBlock,
  TEXT_WIDTH,
  upper,
  type PartyIssuer,
} from '../../files/party-docx.js';

// The conference's documents in the Party format (Hướng dẫn 36-HD/VPTW): the invitation (giấy mời),
// the minutes (biên bản) signed by the secretary and the chair, and the notice of conclusions
// (thông báo kết luận), each with the organiser's header.

export interface IssuedAs {
  issuer: PartyIssuer & { name: string; subject: string; abbreviation: string };
  /** "Sơn Hà" of the date line. */
  place: string;
  /** The document's number once issued; blank for a draft. */
  number: number | null;
  date: Date;
  signer: string | null;
}

const weekdays = ['Chủ nhật', 'thứ Hai', 'thứ Ba', 'thứ Tư', 'thứ Năm', 'thứ Sáu', 'thứ Bảy'];

/** "08 giờ 00, thứ Năm, ngày 08/10/2026". */
export function whenVi(heldOn: string, startsAt: string): string {
  const [y, m, d] = heldOn.split('-').map(Number);
  const weekday = weekdays[new Date(Date.UTC(y, m - 1, d)).getUTCDay()];
  const [hh, mm] = startsAt.split(':');
  return `${hh} giờ ${mm}, ${weekday}, ngày ${String(d).padStart(2, '0')}/${String(m).padStart(2, '0')}/${y}`;
}

const symbolOf = (as: IssuedAs, type: string) => `Số ${as.number ?? '      '}-${type}/${as.issuer.abbreviation}`;

/** Who signs for the organiser: the head of a board signs in his own name; other bodies on behalf of the collective. */
function authority(issuer: PartyIssuer): string[] {
  return /^ban\b/iu.test(issuer.shortName) ? ['Trưởng ban'] : [`T/M ${issuer.shortName}`];
}

/** Ends a line typed without its final stop with one, as every line of a signed document ends. */
const sentence = (text: string) => (/[.;:!?…]$/u.test(text.trim()) ? text.trim() : `${text.trim()}.`);

/** "Đồng chí …" as the chairs are typed, within a sentence: "do đồng chí … chủ trì". */
const midSentence = (text: string) => text.replace(/^Đồng chí(?=\s)/u, 'đồng chí');

const line = (label: string, text: string) => bodyParagraph(`${label}: ${sentence(text)}`);

/** Who receives the invitation and the notice: the invited, then the bridge points not already invited. */
export function recipientsOf(c: ConferenceDetail): string[] {
  const names = [
    ...c.invitees.map((i) =>
      i.personName ? `Đồng chí ${i.personName}${i.position ? `, ${i.position}` : ''}` : i.unitName,
    ),
    // The organiser's own hall is a bridge point, not a recipient of its own invitation.
    ...c.bridgePoints.filter((p) => p.unitId !== c.organiserUnitId).map((p) => p.unitName),
  ].filter((n) => n !== '');
  return [...new Set(names)];
}

function pointLines(c: ConferenceDetail): Paragraph[] {
  if (c.bridgePoints.length === 0) return [];
  return [
    bodyParagraph(
      `Hội nghị được tổ chức ${conferenceFormats[c.format].vi.toLocaleLowerCase('vi')} tại ${c.bridgePoints.length} điểm cầu:`,
    ),
    ...c.bridgePoints.map((p, index) =>
      bodyParagraph(
        `${index + 1}. Điểm cầu ${p.unitName}: ${[p.room, p.address].filter(Boolean).join(', ') || 'chưa có địa điểm'}` +
          (p.host ? `; chủ trì điểm cầu: ${midSentence(p.host)}` : '') +
          (p.techName ? `; kỹ thuật: ${p.techName}${p.techPhone ? ` (${p.techPhone})` : ''}` : '') +
          '.',
      ),
    ),
  ];
}

export function renderInvitation(c: ConferenceDetail, as: IssuedAs): Promise<Buffer> {
  const recipients = recipientsOf(c);
  const body: (Paragraph | Table)[] = [
    partyHeader(as.issuer, symbolOf(as, 'GM'), as.place, as.date),
    ...documentTitle('Giấy mời', [nfc(c.title)]),
    bodyParagraph(`${as.issuer.name} trân trọng kính mời:`),
    ...(recipients.length ? recipients : ['Các đồng chí theo danh sách kèm theo']).map((r) => bodyParagraph(`- ${r}`)),
    bodyParagraph(`Đến dự ${nfc(c.title).replace(/^hội nghị/iu, 'Hội nghị')}.`),
    line(
      'Thời gian',
      `${whenVi(c.heldOn, c.startsAt)}${c.endsAt ? ` (dự kiến kết thúc lúc ${c.endsAt.replace(':', ' giờ ')})` : ''}`,
    ),
    line('Địa điểm', c.place || 'theo các điểm cầu dưới đây'),
    line('Hình thức', conferenceFormats[c.format].vi),
    ...pointLines(c),
    ...(c.content ? [line('Nội dung', c.content)] : []),
    ...(c.chairs ? [line('Chủ trì', c.chairs)] : []),
    bodyParagraph('Rất mong các đồng chí tham dự đúng thời gian, thành phần./.'),
    paragraph(''),
    signatureBlock([...recipients, 'Lưu Văn phòng.'], authority(as.issuer), as.signer),
  ];
  return partyDocument(`Giấy mời ${c.title}`, body);
}

/** "đồng chí Nguyễn Văn An, Phó Bí thư Thường trực, Thành ủy Sơn Hà". */
const named = (a: ConferenceDetail['attendees'][number]) =>
  [`đồng chí ${a.fullName}`, a.position, a.unitName].filter(Boolean).join(', ');

function attendanceLines(c: ConferenceDetail): Paragraph[] {
  const total = (key: (typeof attendanceCategoryCodes)[number]) =>
    (c[key] ?? 0) + c.bridgePoints.reduce((sum, p) => sum + (p[key] ?? 0), 0);
  const parts = attendanceCategoryCodes
    .filter((key) => total(key) > 0)
    .map((key) => `${attendanceCategories[key].vi.toLocaleLowerCase('vi')}: ${total(key)}`);
  const present = c.attendees.filter((a) => a.present);
  const absent = c.attendees.filter((a) => !a.present);
  return [
    bodyParagraph(
      `Tổng số đại biểu dự: ${c.attending} đồng chí${parts.length ? ` (${parts.join('; ')})` : ''}` +
        (c.bridgePoints.length
          ? `, tại ${c.bridgePoints.length} điểm cầu (${c.bridgePoints.filter((p) => p.connected).length} điểm cầu kết nối thành công).`
          : '.'),
    ),
    // The minutes name the delegates present and those absent, as the list on the attendance tab says.
    ...(present.length ? [bodyParagraph(`Đại biểu dự có: ${present.map(named).join('; ')}.`)] : []),
    ...(absent.length ? [bodyParagraph(`Vắng mặt: ${absent.map(named).join('; ')}.`)] : []),
  ];
}

/** The minutes: when, where, who chaired and wrote them, who attended, what was said; the secretary and the chair sign. */
export function renderMinutes(c: ConferenceDetail, as: IssuedAs): Promise<Buffer> {
  const half = Math.round(TEXT_WIDTH / 2);
  const signer = (title: string, name: string) => ({
    width: half,
    children: [
      paragraph(upper(title), { bold: true, alignment: AlignmentType.CENTER, keepNext: true }),
      ...Array.from({ length: 4 }, () => paragraph('', { keepNext: true })),
      paragraph(name, { bold: true, alignment: AlignmentType.CENTER }),
    ],
  });
  const body: (Paragraph | Table)[] = [
    partyHeader(as.issuer, '', as.place, as.date),
    ...documentTitle('Biên bản hội nghị', [nfc(c.title)]),
    line('Thời gian', whenVi(c.heldOn, c.startsAt)),
    line('Địa điểm', c.place || '(trực tuyến)'),
    line('Hình thức', conferenceFormats[c.format].vi),
    line('Chủ trì', c.chairs || '…'),
    line('Thư ký', c.minutes.secretary || '…'),
    ...attendanceLines(c),
    ...pointLines(c),
    bodyHeading('NỘI DUNG HỘI NGHỊ'),
    ...c.minutes.text
      .split('\n')
      .filter((p) => p.trim() !== '')
      .map((p) => bodyParagraph(p)),
    ...(c.conclusions.length
      ? [
          bodyHeading('KẾT LUẬN CỦA CHỦ TRÌ HỘI NGHỊ'),
          ...c.conclusions.map((k) => bodyParagraph(`${k.number}. ${sentence(k.text)}`)),
        ]
      : []),
    // Kept with the signatures, so they never stand alone on a last page.
    bodyParagraph(
      `Hội nghị kết thúc${c.endsAt ? ` vào lúc ${c.endsAt.replace(':', ' giờ ')}` : ''} cùng ngày. Biên bản đã được thông qua tại Hội nghị./.`,
      true,
    ),
    paragraph('', { keepNext: true }),
    layoutTable([signer('Thư ký', c.minutes.secretary), signer('Chủ trì hội nghị', c.minutes.approvedBy ?? c.chairs)]),
  ];
  return partyDocument(`Biên bản ${c.title}`, body);
}

/** The notice of the chair's conclusions, numbered like the organiser's other documents ("Số 25-TB/BDVTU"). */
export function renderNotice(c: ConferenceDetail, as: IssuedAs): Promise<Buffer> {
  const [y, m, d] = c.heldOn.split('-');
  const recipients = recipientsOf(c);
  const body: (Paragraph | Table)[] = [
    partyHeader(as.issuer, symbolOf(as, 'TB'), as.place, as.date),
    ...documentTitle('Thông báo', ['kết luận của đồng chí chủ trì tại', nfc(c.title)]),
    bodyParagraph(
      `Ngày ${d}/${m}/${y}, ${as.issuer.subject} tổ chức ${nfc(c.title).replace(/^hội nghị/iu, 'Hội nghị')}` +
        `${c.chairs ? `, do ${midSentence(c.chairs)} chủ trì` : ''}. Sau khi nghe báo cáo, các ý kiến tham luận và thảo luận tại Hội nghị, ` +
        'đồng chí chủ trì kết luận như sau:',
    ),
    ...c.conclusions.map((k) => bodyParagraph(`${k.number}. ${sentence(k.text)}`)),
    bodyParagraph(`${as.issuer.subject} thông báo để các đơn vị biết, tổ chức thực hiện./.`),
    paragraph(''),
    signatureBlock([...recipients, 'Lưu Văn phòng.'], authority(as.issuer), as.signer),
  ];
  return partyDocument(`Thông báo kết luận ${c.title}`, body);
}
