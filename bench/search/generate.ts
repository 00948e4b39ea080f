// The deterministic generator of the benchmark's documents: the same seed gives the same register.
import type { DocumentType } from '@danvan/shared';
import { fixtureDocuments } from '../../packages/server/src/modules/documents/index.js';
import { periods, places, rarePhrases, sentences, signers, subjects, typeWeights, verbs } from './phrases.js';

export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export type Rng = () => number;
export const pick = <T>(rng: Rng, items: readonly T[]): T => items[Math.floor(rng() * items.length)];
export function weighted<T>(rng: Rng, items: readonly (readonly [T, number])[]): T {
  const total = items.reduce((sum, [, w]) => sum + w, 0);
  let r = rng() * total;
  for (const [item, w] of items) if ((r -= w) < 0) return item;
  return items[items.length - 1][0];
}

/** Abbreviation of the issuing body in a symbol, from the demo unit's code (AS-BDV → BDVTU, AS-SH-P3-KDV → KDVP3…). */
export function issuerOf(code: string): string {
  const known: Record<string, string> = {
    'AS-TU': 'TU',
    'AS-BDV': 'BDVTU',
    'AS-SH-TU': 'THU',
    'AS-SH-BDV': 'BDVTHU',
    'AS-DD-HU': 'HU',
    'AS-DD-BDV': 'BDVHU',
  };
  if (known[code]) return known[code];
  const parts = code.split('-');
  const place = parts[2] ?? parts[1];
  const body = parts.length > 3 ? parts[3] : 'UB';
  return `${body === 'DU' ? 'ĐU' : body}${place}`;
}

export interface UnitInfo {
  id: number;
  code: string;
  issuer: string;
  weight: number;
}
export interface DocMeta {
  index: number;
  unit: UnitInfo;
  type: DocumentType;
  issuedOn: string;
  number: number;
}

export const DAY_MS = 86_400_000;
export const START = Date.UTC(2024, 0, 1);
export const DAYS = (Date.UTC(2027, 0, 1) - START) / DAY_MS;

/** Unit, type and date of every document, numbered per issuer, type and year in date order. */
export function generateMeta(units: UnitInfo[], count: number): DocMeta[] {
  const rng = mulberry32(20261124);
  const unitWeights = units.map((u) => [u, u.weight] as const);
  const metas: DocMeta[] = [];
  for (let index = 0; index < count; index++) {
    const issuedOn = new Date(START + Math.floor(rng() * DAYS) * DAY_MS).toISOString().slice(0, 10);
    metas.push({ index, unit: weighted(rng, unitWeights), type: weighted(rng, typeWeights), issuedOn, number: 0 });
  }
  metas.sort((a, b) => (a.issuedOn < b.issuedOn ? -1 : a.issuedOn > b.issuedOn ? 1 : a.index - b.index));
  const counters = new Map<string, number>();
  for (const meta of metas) {
    const key = `${meta.unit.issuer}|${meta.type}|${meta.issuedOn.slice(0, 4)}`;
    meta.number = (counters.get(key) ?? 0) + 1;
    counters.set(key, meta.number);
  }
  return metas;
}

export const fixtureByType = new Map<string, typeof fixtureDocuments>();
for (const doc of fixtureDocuments) fixtureByType.set(doc.type, [...(fixtureByType.get(doc.type) ?? []), doc]);

export function fill(rng: Rng, template: string, subject: string, year: string): string {
  return template
    .replace('{s}', subject)
    .replace('{p}', pick(rng, places))
    .replace('{period}', pick(rng, periods))
    .replace('{y}', year)
    .replace('{n}', String(2 + Math.floor(rng() * 120)))
    .replace('{m}', String(1 + Math.floor(rng() * 40)))
    .replace('{d}', String(1 + Math.floor(rng() * 28)))
    .replace('{mo}', String(1 + Math.floor(rng() * 12)));
}

export function titleOf(rng: Rng, type: DocumentType, subject: string, year: string): string {
  const place = rng() < 0.35 ? ` tại ${pick(rng, places)}` : '';
  const inYear = rng() < 0.4 ? ` năm ${year}` : '';
  const verb = pick(rng, verbs);
  switch (type) {
    case 'KH':
      return `Kế hoạch ${verb} ${subject}${place}${inYear}`;
    case 'BC':
      return `Báo cáo ${pick(rng, ['kết quả ', 'sơ kết ', 'tổng kết ', 'tình hình ', ''])}${subject} ${pick(rng, periods)} ${year}`;
    case 'HD':
      return `Hướng dẫn ${verb} ${subject}`;
    case 'CV':
      return `Về việc ${verb} ${subject}${place}`;
    case 'TB':
      return `Thông báo ${pick(rng, ['kết luận của Thường trực về ', 'ý kiến chỉ đạo về ', 'kết quả '])}${subject}${place}`;
    case 'NQ':
      return `Nghị quyết về ${verb} ${subject}${inYear}`;
    case 'CT':
      return `Chỉ thị về ${verb} ${subject}`;
    case 'KL':
      return `Kết luận về ${pick(rng, ['kết quả giám sát ', 'kết quả kiểm tra ', ''])}${subject}${place}`;
    case 'QĐ':
      return `Quyết định ${pick(rng, ['thành lập Tổ công tác về ', 'ban hành Quy chế về ', 'kiện toàn Ban Chỉ đạo ', 'khen thưởng tập thể, cá nhân tiêu biểu trong '])}${subject}`;
    case 'CTr':
      return `Chương trình ${pick(rng, ['phối hợp ', 'hành động ', 'công tác '])}${subject}${inYear}`;
    case 'TTr':
      return `Tờ trình về ${verb} ${subject}`;
    case 'ĐA':
      return `Đề án ${verb} ${subject} giai đoạn 2025–2030`;
    case 'BB':
      return `Biên bản ${pick(rng, ['hội nghị ', 'làm việc về ', 'đối thoại về '])}${subject}${place}`;
    case 'QC':
      return `Quy chế phối hợp ${subject}`;
    case 'GM':
      return `Giấy mời dự hội nghị ${subject}${place}`;
  }
}

export interface DocRecord {
  unit_id: number;
  type: string;
  symbol: string;
  doc_number: number;
  issuer_abbr: string;
  issued_on: string;
  signer: string;
  title: string;
  summary: string;
  topics: string[];
  role: string;
}

/** Title, summary, signer and topics of one document; depends only on its index and metadata. */
export function generateText(meta: DocMeta): DocRecord {
  const rng = mulberry32(Math.imul(meta.index + 1, 2654435761) ^ 0x5eed);
  const year = meta.issuedOn.slice(0, 4);
  const [subject, topic] = pick(rng, subjects);
  const topics = new Set<string>(topic ? [topic] : []);
  if (rng() < 0.15) topics.add(pick(rng, subjects)[1] ?? 'party_building');
  let title: string;
  let summary: string;
  const fixtures = fixtureByType.get(meta.type);
  if (fixtures && rng() < 0.12) {
    const fixture = pick(rng, fixtures);
    title = fixture.title.replace(/năm 2026/g, `năm ${year}`);
    summary = fixture.summary;
    for (const t of fixture.topics) topics.add(t);
  } else {
    title = titleOf(rng, meta.type, subject, year);
    const long = rng() < 0.08;
    const count = long ? 12 + Math.floor(rng() * 20) : 1 + Math.floor(rng() * 3);
    const parts: string[] = [];
    for (let i = 0; i < count; i++)
      parts.push(fill(rng, pick(rng, sentences), i === 0 || rng() < 0.3 ? subject : pick(rng, subjects)[0], year));
    summary = parts.join(' ');
  }
  if (rng() < 0.00005 * rarePhrases.length) summary += ` Làm việc tại ${pick(rng, rarePhrases)}.`;
  return {
    unit_id: meta.unit.id,
    type: meta.type,
    symbol: `${meta.number}-${meta.type}/${meta.unit.issuer}`,
    doc_number: meta.number,
    issuer_abbr: meta.unit.issuer,
    issued_on: meta.issuedOn,
    signer: pick(rng, signers),
    title,
    summary,
    topics: [...topics],
    role: rng() < 0.2 ? 'advised' : 'issued',
  };
}
