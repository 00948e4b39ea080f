// The searches timed: 100 as officials type them, by kind, and the warm-ups before them.
import type { DocumentListQuery, DocumentTopic, DocumentType } from '@danvan/shared';

export interface QuerySpec {
  q: string;
  type?: DocumentType;
  topic?: DocumentTopic;
  /** Demo unit code whose subtree filters the list (a ward, a commune or the city). */
  unit?: string;
  from?: string;
  to?: string;
  group?: string;
}

/** Not among the timed ones; mostly narrow, so that warming up does not eat the budget. */
export const warmups: QuerySpec[] = [
  { q: 'cong tac dan van', type: 'QC' },
  { q: 'Kế hoạch', unit: 'AS-SH-P6', from: '2026-10-01' },
  { q: 'an sinh xa hoi', topic: 'social_welfare', type: 'TTr' },
  { q: 'hoi nghi', type: 'BB', to: '2024-03-31' },
  { q: 'Tỉnh ủy', type: 'TB', unit: 'AS-DD-BM' },
  { q: 'giam sat', unit: 'AS-SH-P7', type: 'KL' },
  { q: 'thanh nien', type: 'ĐA' },
  { q: 'chua linh ung' },
  { q: 'Quỹ vì người nghèo', from: '2026-12-01' },
  { q: 'nha dai doan ket', unit: 'AS-DD-DS', type: 'CTr' },
];

/** 100 searches as officials type them, by kind; about a third with filters. */
export const queryGroups: Record<string, QuerySpec[]> = {
  unaccented: [
    { q: 'dan van kheo' },
    { q: 'giai phong mat bang' },
    { q: 'doi thoai' },
    { q: 'dan chu o co so' },
    { q: 'khieu nai to cao' },
    { q: 'ton giao' },
    { q: 'dong bao dan toc thieu so' },
    { q: 'vi nguoi ngheo' },
    { q: 'tap huan dan van' },
    { q: 'du luan xa hoi' },
    { q: 'chinh quyen than thien' },
    { q: 'hien dat lam duong' },
    { q: 'tai dinh cu' },
    { q: 'nguoi co uy tin' },
    { q: 'cong giao' },
    { q: 'thong tin sai su that' },
    { q: 'van kien dai hoi' },
    { q: 'chuyen doi so' },
    { q: 'long ho thuy dien' },
    { q: 'tran van duc' },
    { q: 'ea kmar' },
    { q: 'le hoi kate' },
    { q: 'nha tho giao xu phuoc loc' },
    { q: 'kiem tra' },
    { q: 'hoi lien hiep phu nu' },
    { q: 'khu cong nghiep' },
    { q: 'xa dong son' },
    { q: 'thien tai bao lu' },
  ],
  'accented, case, tone placement': [
    { q: 'đối thoại' },
    { q: 'Dân vận khéo' },
    { q: 'Quy chế dân chủ' },
    { q: 'đồng bào dân tộc' },
    { q: 'Ngày hội Đại đoàn kết' },
    { q: 'hoà giải' },
    { q: 'hòa giải' },
    { q: 'Tân Hoà' },
    { q: 'Tân Hòa' },
    { q: 'thuỷ điện' },
    { q: 'thủy điện' },
    { q: 'NÔNG THÔN MỚI' },
    { q: 'Nong Thon Moi' },
    { q: 'Nguyễn Thị Thu Hà' },
    { q: 'Phường 5' },
    { q: 'Chôl Chnăm Thmây' },
    { q: 'cầu treo Phú Mỹ' },
    { q: 'Bình Minh' },
    { q: 'DANG' },
    { q: 'khmer' },
  ],
  symbols: [
    { q: '12-KH/BDVTU' },
    { q: '53-KH/BDVTU' },
    { q: '7-BC/BDVTHU' },
    { q: '53 kh' },
    { q: '105-CV/KDVP3' },
    { q: '2-NQ/TU' },
  ],
  'one word, prefixes, long': [
    { q: 'dân' },
    { q: 'bồi thường' },
    { q: 'dan v' },
    { q: 'giai ph' },
    { q: 'Báo cáo kết quả công tác dân vận 6 tháng' },
    { q: 'ke hoach kiem tra giam sat cong tac dan van' },
  ],
  typos: [
    { q: 'doi thaoi' },
    { q: 'giai phong mat bnag' },
    { q: 'dan vn kheo' },
    { q: 'khieu nai to coa' },
    { q: 'tôn giso' },
    { q: 'covid' },
  ],
  filtered: [
    { q: 'dan van kheo', type: 'KH' },
    { q: 'giai phong mat bang', topic: 'land_clearance' },
    { q: 'doi thoai', unit: 'AS-SH-P3' },
    { q: 'bao cao', type: 'BC', from: '2025-01-01', to: '2025-06-30' },
    { q: 'khieu nai', topic: 'petitions', unit: 'AS-SH' },
    { q: 'ton giao', type: 'HD' },
    { q: 'Dân vận khéo', from: '2026-01-01', to: '2026-12-31' },
    { q: 'đồng bào dân tộc thiểu số', topic: 'ethnic', from: '2024-01-01', to: '2024-12-31' },
    { q: 'hoà giải', unit: 'AS-DD-TH' },
    { q: 'nong thon moi', type: 'NQ' },
    { q: 'dan chu o co so', unit: 'AS-SH-P1', from: '2025-07-01' },
    { q: 'thủy điện', topic: 'ethnic' },
    { q: 'KH/BDVTU', type: 'KH', from: '2026-01-01' },
    { q: 'tiep cong dan', type: 'TB', unit: 'AS-SH' },
    { q: 'vi nguoi ngheo', topic: 'social_welfare', to: '2024-06-30' },
    { q: 'chinh quyen', type: 'CT' },
    { q: 'dư luận xã hội', topic: 'public_opinion', unit: 'AS-SH-P5' },
    { q: 'mat tran to quoc', topic: 'mass_organisations', from: '2025-01-01', to: '2025-03-31' },
    { q: 'Kế hoạch', type: 'KH', unit: 'AS-SH-P2' },
    { q: 'dan', unit: 'AS-SH' },
    { q: 'giai phong mat bnag', topic: 'land_clearance' },
    { q: 'nguoi co uy tin', unit: 'AS-DD-TX' },
    { q: 'Phường 3', type: 'CV', from: '2024-07-01', to: '2024-12-31' },
    { q: 'tap huan', type: 'HD', unit: 'AS-SH' },
    { q: 'quy che lam viec', type: 'QĐ' },
    { q: 'doi thoai', type: 'BB', from: '2026-06-01' },
    { q: 'thong bao ket luan', type: 'TB', topic: 'land_clearance' },
    { q: 'cong giao', topic: 'religion', unit: 'AS-DD' },
    { q: 'hoi nong dan', type: 'BC', unit: 'AS-SH-P4', from: '2025-01-01', to: '2025-12-31' },
    { q: 'tran van duc', type: 'KH', to: '2024-12-31' },
    { q: 'chuyen doi so', topic: 'new_rural', unit: 'AS-SH' },
    { q: 'Cầu treo Phú Mỹ', from: '2025-01-01' },
    { q: '', type: 'KH', unit: 'AS-SH-P1' },
    { q: '', topic: 'land_clearance', from: '2026-01-01', to: '2026-03-31' },
  ],
};
export const querySpecs: QuerySpec[] = Object.entries(queryGroups).flatMap(([group, specs]) =>
  specs.map((spec) => ({ ...spec, group })),
);

export const isFiltered = (spec: QuerySpec) => Boolean(spec.type || spec.topic || spec.unit || spec.from || spec.to);

export function toQuery(spec: QuerySpec, unitIdByCode: Map<string, number>): DocumentListQuery {
  const unitId = spec.unit ? unitIdByCode.get(spec.unit) : undefined;
  if (spec.unit && !unitId) throw new Error(`unknown demo unit ${spec.unit}`);
  return {
    ...(spec.q ? { q: spec.q } : {}),
    type: spec.type,
    topic: spec.topic,
    unitId,
    from: spec.from,
    to: spec.to,
    limit: 20,
    offset: 0,
  };
}

export const describe = (spec: QuerySpec) =>
  [
    JSON.stringify(spec.q),
    spec.type && `type=${spec.type}`,
    spec.topic && `topic=${spec.topic}`,
    spec.unit && `unit=${spec.unit}`,
    spec.from && `from=${spec.from}`,
    spec.to && `to=${spec.to}`,
  ]
    .filter(Boolean)
    .join(' ');
