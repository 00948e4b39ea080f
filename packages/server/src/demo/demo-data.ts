import type { Role } from '@danvan/shared';

/** A fictional province, in the three-tier structure of the years before 2025. */
export interface DemoUnit {
  code: string;
  name: string;
  type: string;
  parentCode: string | null;
  openedOn?: string;
}

const orgsOfCommune = (code: string, name: string): DemoUnit[] => [
  { code: `${code}-DU`, name: `Đảng ủy ${name}`, type: 'party_committee', parentCode: code },
  { code: `${code}-KDV`, name: `Khối dân vận ${name}`, type: 'mass_mobilization_bloc', parentCode: code },
  { code: `${code}-MT`, name: `Mặt trận Tổ quốc ${name}`, type: 'fatherland_front', parentCode: code },
  { code: `${code}-PN`, name: `Hội Liên hiệp Phụ nữ ${name}`, type: 'womens_union', parentCode: code },
  { code: `${code}-DTN`, name: `Đoàn Thanh niên ${name}`, type: 'youth_union', parentCode: code },
  { code: `${code}-ND`, name: `Hội Nông dân ${name}`, type: 'farmers_union', parentCode: code },
  { code: `${code}-CCB`, name: `Hội Cựu chiến binh ${name}`, type: 'veterans_association', parentCode: code },
];

const wards = Array.from({ length: 8 }, (_, i) => ({ code: `AS-SH-P${i + 1}`, name: `Phường ${i + 1}` }));
export const wardCodes = wards.map((ward) => ward.code);
const communes = [
  { code: 'AS-DD-TH', name: 'Xã Tân Hòa' },
  { code: 'AS-DD-TX', name: 'Xã Thủy Xuân' },
  { code: 'AS-DD-DS', name: 'Xã Đông Sơn' },
  { code: 'AS-DD-BM', name: 'Xã Bình Minh' },
];
export const communeCodes = communes.map((commune) => commune.code);

const tree: DemoUnit[] = [
  { code: 'AS', name: 'Tỉnh An Sơn', type: 'province', parentCode: null },
  { code: 'AS-TU', name: 'Tỉnh ủy An Sơn', type: 'party_committee', parentCode: 'AS' },
  { code: 'AS-BDV', name: 'Ban Dân vận Tỉnh ủy An Sơn', type: 'mass_mobilization_board', parentCode: 'AS' },
  { code: 'AS-MT', name: 'Ủy ban Mặt trận Tổ quốc tỉnh An Sơn', type: 'fatherland_front', parentCode: 'AS' },
  { code: 'AS-SH', name: 'Thành phố Sơn Hà', type: 'provincial_city', parentCode: 'AS' },
  { code: 'AS-SH-TU', name: 'Thành ủy Sơn Hà', type: 'party_committee', parentCode: 'AS-SH' },
  { code: 'AS-SH-BDV', name: 'Ban Dân vận Thành ủy Sơn Hà', type: 'mass_mobilization_board', parentCode: 'AS-SH' },
  { code: 'AS-SH-MT', name: 'Ủy ban Mặt trận Tổ quốc thành phố Sơn Hà', type: 'fatherland_front', parentCode: 'AS-SH' },
  ...wards.flatMap((ward) => [{ ...ward, type: 'ward', parentCode: 'AS-SH' }, ...orgsOfCommune(ward.code, ward.name)]),
  { code: 'AS-DD', name: 'Huyện Đống Đa', type: 'district', parentCode: 'AS' },
  { code: 'AS-DD-HU', name: 'Huyện ủy Đống Đa', type: 'party_committee', parentCode: 'AS-DD' },
  { code: 'AS-DD-BDV', name: 'Ban Dân vận Huyện ủy Đống Đa', type: 'mass_mobilization_board', parentCode: 'AS-DD' },
  { code: 'AS-DD-MT', name: 'Ủy ban Mặt trận Tổ quốc huyện Đống Đa', type: 'fatherland_front', parentCode: 'AS-DD' },
  ...communes.flatMap((commune) => [
    { ...commune, type: 'commune', parentCode: 'AS-DD' },
    ...orgsOfCommune(commune.code, commune.name),
  ]),
];

export const demoUnits: DemoUnit[] = tree.map((unit) => ({ openedOn: '2015-01-01', ...unit }));

export const DEMO_PASSWORD = 'danvan-demo';

export const demoAccounts: { username: string; fullName: string; role: Role; unitCode: string }[] = [
  { username: 'tinh.dv', fullName: 'Nguyễn Thị Thu Hà', role: 'specialist', unitCode: 'AS-BDV' },
  { username: 'tinh.lanhdao', fullName: 'Vũ Thị Lan', role: 'leader', unitCode: 'AS-BDV' },
  { username: 'thanhpho.lanhdao', fullName: 'Trần Văn Đức', role: 'leader', unitCode: 'AS-SH-BDV' },
  { username: 'phuong1.dv', fullName: 'Lê Thị Hồng Nhung', role: 'specialist', unitCode: 'AS-SH-P1-KDV' },
  { username: 'phuong2.dv', fullName: 'Phạm Quốc Huy', role: 'specialist', unitCode: 'AS-SH-P2-KDV' },
  { username: 'phuong1.lanhdao', fullName: 'Hoàng Minh Tuấn', role: 'leader', unitCode: 'AS-SH-P1-KDV' },
];
