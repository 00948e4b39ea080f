import { z } from 'zod';
import type { AttachmentTextStatus } from '../documents/documents.schemas.js';
import { idSchema, wholeNumber } from '../ids.js';
import { viLine, viParagraphs } from '../text/text.schemas.js';

// Review conferences (hội nghị sơ kết, tổng kết, chuyên đề): organised by a unit, held in person or
// online with bridge points (điểm cầu), concluded by the chair; the conclusions become tasks.

export const conferenceFormats = {
  in_person: { vi: 'Trực tiếp', en: 'In person' },
  online: { vi: 'Trực tuyến', en: 'Online' },
  hybrid: { vi: 'Trực tiếp kết hợp trực tuyến', en: 'Hybrid' },
} as const;
export type ConferenceFormat = keyof typeof conferenceFormats;
const formatCodes = Object.keys(conferenceFormats) as [ConferenceFormat, ...ConferenceFormat[]];

/**
 * Where a conference stands: planned (everything may be prepared, the invitation issued), held
 * (attendance, documents, minutes and conclusions are recorded), minutes approved by the chair (the
 * minutes are locked), concluded (the notice of conclusions issued; its lines become tasks).
 */
export const conferenceStatuses = {
  planned: { vi: 'Dự kiến tổ chức', en: 'Planned' },
  held: { vi: 'Đã tổ chức', en: 'Held' },
  minutes_approved: { vi: 'Đã duyệt biên bản', en: 'Minutes approved' },
  concluded: { vi: 'Đã thông báo kết luận', en: 'Concluded' },
} as const;
export type ConferenceStatus = keyof typeof conferenceStatuses;
export const conferenceStatusCodes = Object.keys(conferenceStatuses) as [ConferenceStatus, ...ConferenceStatus[]];

/** Who attends, by category, as the invitation and the minutes count them. */
export const attendanceCategories = {
  leaders: { vi: 'Lãnh đạo', en: 'Leaders' },
  officials: { vi: 'Cán bộ, công chức', en: 'Officials' },
  front: { vi: 'Mặt trận, đoàn thể', en: 'Front and organisations' },
  citizens: { vi: 'Nhân dân', en: 'Citizens' },
} as const;
export type AttendanceCategory = keyof typeof attendanceCategories;
export const attendanceCategoryCodes = Object.keys(attendanceCategories) as [
  AttendanceCategory,
  ...AttendanceCategory[],
];

const isoDate = z.iso.date();
/** "08:00" or "08:00:00" → "08:00". */
const clock = z
  .string()
  .regex(/^([01]\d|2[0-3]):[0-5]\d(:[0-5]\d)?$/, 'Giờ dạng HH:MM / time as HH:MM')
  .transform((t) => t.slice(0, 5));
const count = z.number().int().min(0).max(1_000_000).nullable().default(null);
export const attendanceCounts = z.object({
  leaders: count,
  officials: count,
  front: count,
  citizens: count,
});
export type AttendanceCounts = z.infer<typeof attendanceCounts>;

export const conferenceBody = z
  .object({
    kind: z.string().min(1).max(40),
    title: viLine(500),
    roundId: idSchema.nullable().default(null),
    heldOn: isoDate,
    startsAt: clock,
    endsAt: clock.nullable().default(null),
    place: viParagraphs(500).default(''),
    chairs: viParagraphs(500).default(''),
    format: z.enum(formatCodes).default('in_person'),
    content: viParagraphs(5000).default(''),
  })
  .refine((body) => body.endsAt === null || body.endsAt > body.startsAt, {
    path: ['endsAt'],
    message: 'Giờ kết thúc phải sau giờ bắt đầu / the end must be after the start',
  });
export type ConferenceInput = z.infer<typeof conferenceBody>;

/** What a bridge point's own unit fills in; the organiser may fill it too. */
export const bridgePointBody = attendanceCounts.extend({
  room: viParagraphs(300).default(''),
  address: viParagraphs(500).default(''),
  host: viParagraphs(300).default(''),
  techName: viParagraphs(200).default(''),
  techPhone: z
    .string()
    .trim()
    .regex(/^[0-9 +().-]{0,20}$/, 'Số điện thoại không hợp lệ / not a phone number')
    .default(''),
  testAt: z.iso.datetime({ offset: true }).nullable().default(null),
  connected: z.boolean().nullable().default(null),
});
export type BridgePointInput = z.infer<typeof bridgePointBody>;

/** The organiser's roster: the units of the bridge points (each in its scope). */
export const bridgePointsBody = z.object({ unitIds: z.array(idSchema).max(500) });

export const invitee = z
  .object({
    unitId: idSchema.nullable().default(null),
    personName: viParagraphs(200).default(''),
    position: viParagraphs(300).default(''),
  })
  .refine((i) => i.unitId !== null || i.personName !== '', {
    path: ['personName'],
    message: 'Chọn đơn vị hoặc ghi tên người được mời / choose a unit or name a person',
  });
export const inviteesBody = z.object({ invitees: z.array(invitee).max(500) });
export type InviteeInput = z.infer<typeof invitee>;

export const attendanceBody = attendanceCounts.extend({
  attendees: z
    .array(
      z.object({
        fullName: viLine(200),
        unitName: viParagraphs(300).default(''),
        position: viParagraphs(300).default(''),
        category: z.enum(attendanceCategoryCodes).default('officials'),
        /** Absent (excused): listed, not counted. */
        present: z.boolean().default(true),
      }),
    )
    .max(2000)
    .default([]),
});
export type AttendanceInput = z.infer<typeof attendanceBody>;

export const agendaBody = z.object({
  items: z
    .array(
      z.object({
        startsAt: clock.nullable().default(null),
        item: viLine(500),
        presenter: viParagraphs(300).default(''),
      }),
    )
    .max(100),
});
export type AgendaInput = z.infer<typeof agendaBody>;

export const minutesBody = z.object({ text: viParagraphs(100_000), secretary: viParagraphs(200).default('') });
export type MinutesInput = z.infer<typeof minutesBody>;

export const conclusionsBody = z.object({ lines: z.array(viLine(2000)).max(100) });

/** One conclusion line turned into tasks for one or several units below, in one step. */
export const conclusionTasksBody = z.object({
  ownerUnitIds: z.array(idSchema).min(1).max(500),
  deadline: isoDate,
  title: viLine(500).optional(),
  priority: z.enum(['normal', 'high', 'urgent']).default('normal'),
});
export type ConclusionTasksInput = z.infer<typeof conclusionTasksBody>;

/** Issuing the invitation or the notice with its number: it is registered in the documents register. */
export const issueBody = z.object({
  number: z.number().int().min(1).max(9999),
  issuedOn: isoDate,
  signer: viLine(120),
});
export type IssueInput = z.infer<typeof issueBody>;

export const fileMetaQuery = z.object({
  kind: z.enum(['speech', 'attachment']).default('attachment'),
  title: viLine(500),
  speaker: viParagraphs(200).default(''),
  speakerUnit: viParagraphs(300).default(''),
});
export type ConferenceFileMeta = z.infer<typeof fileMetaQuery>;

export const conferenceListQuery = z.object({
  kind: z.string().min(1).max(40).optional(),
  year: wholeNumber(2000, 2100).optional(),
  unitId: idSchema.optional(),
  status: z.enum(conferenceStatusCodes).optional(),
  /** Accent-insensitive part of the title, the place, a speech's title or speaker. */
  q: z.string().max(200).optional(),
  sort: z.enum(['-heldOn', 'heldOn', 'title']).default('-heldOn'),
  limit: wholeNumber(1, 10_000).default(50),
  offset: wholeNumber(0, 1_000_000).default(0),
});
export type ConferenceListQuery = z.infer<typeof conferenceListQuery>;

export interface ConferenceKind {
  code: string;
  vi: string;
  en: string;
  periodMonths: number | null;
}

export interface ConferenceSummary {
  id: number;
  kind: string;
  kindName: string;
  title: string;
  organiserUnitId: number;
  organiserName: string;
  heldOn: string;
  startsAt: string;
  endsAt: string | null;
  place: string;
  format: ConferenceFormat;
  status: ConferenceStatus;
  bridgePointCount: number;
  attending: number;
}

export interface BridgePoint extends Record<AttendanceCategory, number | null> {
  id: number;
  unitId: number;
  unitName: string;
  room: string;
  address: string;
  host: string;
  techName: string;
  techPhone: string;
  testAt: string | null;
  connected: boolean | null;
  canEdit: boolean;
}

export interface ConferenceTaskLink {
  id: number;
  title: string;
  ownerUnitName: string;
  deadline: string;
  status: string;
  bucket: string;
  children: { id: number; ownerUnitName: string; deadline: string; status: string; bucket: string }[];
}

export interface ConferenceDetail extends ConferenceSummary, Record<AttendanceCategory, number | null> {
  chairs: string;
  content: string;
  round: { id: number; title: string; reportId: number | null; reportStatus: string | null } | null;
  bridgePoints: BridgePoint[];
  invitees: { id: number; unitId: number | null; unitName: string; personName: string; position: string }[];
  attendees: {
    id: number;
    fullName: string;
    unitName: string;
    position: string;
    category: AttendanceCategory;
    present: boolean;
  }[];
  agenda: { id: number; startsAt: string | null; item: string; presenter: string }[];
  files: {
    id: number;
    kind: 'speech' | 'attachment';
    title: string;
    speaker: string;
    speakerUnit: string;
    fileName: string;
    mime: string;
    size: number;
    /** How far its text has been read for the search (PDF and DOCX; pictures are 'none'). */
    textStatus: AttachmentTextStatus;
  }[];
  minutes: { text: string; secretary: string; approvedBy: string | null; approvedAt: string | null };
  conclusions: { id: number; number: number; text: string; tasks: ConferenceTaskLink[] }[];
  invitation: { documentId: number; symbol: string; issuedOn: string } | null;
  notice: { documentId: number; symbol: string; issuedOn: string } | null;
  /** The organiser's next free number of each in the conference's year; null: the reader may not issue it. */
  nextNumbers?: { invitation: number | null; notice: number | null };
  abilities: {
    update: boolean;
    hold: boolean;
    writeMinutes: boolean;
    approveMinutes: boolean;
    conclude: boolean;
    issueNotice: boolean;
    toTasks: boolean;
    issueInvitation: boolean;
  };
}
