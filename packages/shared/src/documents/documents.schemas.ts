import { z } from 'zod';
import { idSchema, wholeNumber } from '../ids.js';
import { viLine, viParagraphs } from '../text/text.schemas.js';

export * from './document-register.schemas.js';

/** Party document types and their abbreviations in a number/symbol (Hướng dẫn 36-HD/VPTW). */
export const documentTypes = {
  NQ: { vi: 'Nghị quyết', en: 'Resolution' },
  CT: { vi: 'Chỉ thị', en: 'Directive' },
  KL: { vi: 'Kết luận', en: 'Conclusion' },
  QC: { vi: 'Quy chế', en: 'Regulation' },
  QĐ: { vi: 'Quyết định, quy định', en: 'Decision' },
  TB: { vi: 'Thông báo', en: 'Notice' },
  HD: { vi: 'Hướng dẫn', en: 'Guidance' },
  BC: { vi: 'Báo cáo', en: 'Report' },
  KH: { vi: 'Kế hoạch', en: 'Plan' },
  CTr: { vi: 'Chương trình', en: 'Program' },
  TTr: { vi: 'Tờ trình', en: 'Submission' },
  ĐA: { vi: 'Đề án', en: 'Scheme' },
  BB: { vi: 'Biên bản', en: 'Minutes' },
  CV: { vi: 'Công văn', en: 'Official letter' },
  GM: { vi: 'Giấy mời', en: 'Invitation' },
} as const;
export type DocumentType = keyof typeof documentTypes;
export const documentTypeCodes = Object.keys(documentTypes) as [DocumentType, ...DocumentType[]];

export const documentTopics = {
  ethnic: { vi: 'Công tác dân tộc', en: 'Ethnic affairs' },
  religion: { vi: 'Công tác tôn giáo', en: 'Religion' },
  democracy: { vi: 'Dân chủ ở cơ sở', en: 'Grassroots democracy' },
  land_clearance: { vi: 'Giải phóng mặt bằng', en: 'Land clearance' },
  skilled_mobilization: { vi: 'Dân vận khéo', en: 'Skilled mass mobilization' },
  party_building: { vi: 'Xây dựng Đảng, hệ thống chính trị', en: 'Party building' },
  petitions: { vi: 'Tiếp dân, đơn thư', en: 'Petitions' },
  social_welfare: { vi: 'An sinh xã hội', en: 'Social welfare' },
  new_rural: { vi: 'Nông thôn mới', en: 'New rural development' },
  public_opinion: { vi: 'Dư luận xã hội', en: 'Public opinion' },
  mass_organisations: { vi: 'Mặt trận, đoàn thể', en: 'Front and mass organisations' },
} as const;
export type DocumentTopic = keyof typeof documentTopics;
export const documentTopicCodes = Object.keys(documentTopics) as [DocumentTopic, ...DocumentTopic[]];

/** `53-KH/BDVTU`: number, type abbreviation, issuer abbreviation. */
export const documentSymbolPattern = /^(\d{1,4})-([A-Za-zĐđ]{2,3})\/([A-ZĐ0-9][A-ZĐ0-9-]{0,29})$/u;

export function parseDocumentSymbol(symbol: string): { number: number; type: string; issuer: string } | null {
  const match = documentSymbolPattern.exec(symbol.normalize('NFC').trim());
  if (!match) return null;
  return { number: Number(match[1]), type: match[2], issuer: match[3] };
}

/**
 * The symbol with its type part written as the catalogue writes it: `12-cv/KDVP1` of an official letter is
 * `12-CV/KDVP1`, `3-ctr/BDVTU` is `3-CTr/BDVTU`; the number and the issuer stay as typed.
 */
export function withCanonicalType(symbol: string, type: DocumentType): string {
  return symbol
    .normalize('NFC')
    .trim()
    .replace(/^(\d{1,4})-[^/]+\//u, `$1-${type}/`);
}

export const documentBody = z.object({
  unitId: idSchema,
  type: z.enum(documentTypeCodes),
  symbol: z
    .string()
    .transform((s) => s.normalize('NFC').trim())
    .pipe(z.string().regex(documentSymbolPattern)),
  issuedOn: z.iso.date(),
  signer: viLine(120),
  title: viLine(500),
  summary: viParagraphs(20_000).default(''),
  topics: z.array(z.enum(documentTopicCodes)).max(11).default([]),
  /** issued: the unit issued it; advised: the unit drafted it for the party committee (tham mưu). */
  role: z.enum(['issued', 'advised']).default('issued'),
});
export type DocumentInput = z.infer<typeof documentBody>;

export const documentListQuery = z.object({
  q: z.string().max(200).optional(),
  type: z.enum(documentTypeCodes).optional(),
  topic: z.enum(documentTopicCodes).optional(),
  unitId: idSchema.optional(),
  from: z.iso.date().optional(),
  to: z.iso.date().optional(),
  /** Absent: best match first while searching, newest first otherwise. */
  sort: z.enum(['relevance', 'issuedOn', '-issuedOn', 'symbol']).optional(),
  limit: wholeNumber(1, 200).default(20),
  offset: wholeNumber(0, 1_000_000_000).default(0),
});
export type DocumentListQuery = z.infer<typeof documentListQuery>;

/** Text with the parts that matched the query marked, for safe highlighting (no HTML). */
export type Snippet = { text: string; hit: boolean }[];

/**
 * How far reading an attachment's text (for search) got: it runs after the upload, in the background.
 * pending: not yet; extracted; partial: a cap was reached; failed: no text, the file is kept; none: the
 * file has no text layer (a scan).
 */
export type AttachmentTextStatus = 'pending' | 'extracted' | 'partial' | 'failed' | 'none';

/** Why text is partial (pages, chars) or missing (the rest); `limit` is the cap: pages, characters, ms or MB. */
export interface AttachmentTextNote {
  reason: 'pages' | 'chars' | 'timeout' | 'memory' | 'unreadable' | 'attempts';
  limit: number | null;
  /** Pages the file has, when it was read far enough to say. */
  pages: number | null;
}

export interface DocumentAttachment {
  id: number;
  fileName: string;
  mime: string;
  size: number;
  textStatus: AttachmentTextStatus;
  textNote: AttachmentTextNote | null;
}

/**
 * Matches are counted up to this many; past it a list says "more than 200" (ten pages of 20, which
 * no one pages through: a narrower query is the way on). Counting further means reading that many
 * matching rows for every broad query, the bulk of its time; the newest 200 matches are the ones
 * ranked either way.
 */
export const DOCUMENT_COUNT_CAP = 200;

/** A page of the register: `total` counts the matches up to DOCUMENT_COUNT_CAP, `totalCapped` says there are more. */
export interface DocumentList {
  total: number;
  totalCapped: boolean;
  items: DocumentSummary[];
}

export interface DocumentSummary {
  id: number;
  unitId: number;
  unitName: string;
  type: DocumentType;
  symbol: string;
  issuedOn: string;
  signer: string;
  title: string;
  summary: string;
  topics: DocumentTopic[];
  role: 'issued' | 'advised';
  attachments: DocumentAttachment[];
  snippet: Snippet | null;
  /** How a search of several syllables matched: the phrase as typed ("khớp cả cụm") or its syllables apart. */
  match: 'phrase' | 'words' | null;
  abilities: { update: boolean };
}
