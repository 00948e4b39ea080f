// The real unit lists, as rows for the `units` table: the current two-tier structure
// (34 provinces → 3,321 communes) and the legacy three-tier one (63 provinces → 696 districts
// → 10,035 communes), each under a "structure" unit below the national root (id 1, path vn).
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

export type StructureKey = 'two_tier' | 'three_tier';
export const structureKeys: StructureKey[] = ['two_tier', 'three_tier'];

export interface UnitRow {
  id: number;
  code: string;
  name: string;
  type: string;
  parent_id: number;
  path: string;
  closed_on: string | null;
  close_reason: string | null;
}

export interface Structure {
  key: StructureKey;
  label: string;
  unitId: number;
  path: string;
  provinceIds: number[];
  /** Reporting units: every commune (xã, phường, thị trấn, đặc khu). */
  communeIds: number[];
  /** Levels below the structure unit: 2 (province, commune) or 3 (province, district, commune). */
  depth: number;
}

export interface UnitSet {
  units: UnitRow[];
  structures: Structure[];
  /** Province of every commune, and the name of every unit, for picking cases and printing. */
  provinceOf: Map<number, number>;
  nameOf: Map<number, string>;
  communesOf: Map<number, number[]>;
}

const dataDirCandidates = [
  process.env.VN_ADMIN_UNITS_DIR,
  path.resolve(import.meta.dirname, '../../../shared/data/vn-admin-units'),
  '/work/shared/data/vn-admin-units',
].filter((dir): dir is string => Boolean(dir));

export function findDataDir(): string {
  for (const dir of dataDirCandidates) {
    if (existsSync(path.join(dir, 'post2025_34provinces_current.json'))) return dir;
  }
  throw new Error(`vn-admin-units data not found (tried ${dataDirCandidates.join(', ')}); set VN_ADMIN_UNITS_DIR`);
}

interface Post2025Province {
  Code: string;
  FullName: string;
  AdministrativeUnitShortName: string;
  Wards: { Code: string; FullName: string; AdministrativeUnitShortName: string }[];
}

interface Pre2025Province {
  Code: string;
  FullName: string;
  District: { Code: string; FullName: string; Ward: { Code: string; FullName: string }[] | null }[];
}

const startsWith = (name: string, prefix: string) => name.startsWith(`${prefix} `);

function legacyDistrictType(name: string): string {
  if (startsWith(name, 'Quận')) return 'urban_district';
  if (startsWith(name, 'Thị xã')) return 'town';
  if (startsWith(name, 'Thành phố')) return 'provincial_city';
  return 'district';
}

function legacyCommuneType(name: string): string {
  if (startsWith(name, 'Phường')) return 'ward';
  if (startsWith(name, 'Thị trấn')) return 'township';
  return 'commune';
}

function currentCommuneType(shortName: string): string {
  if (shortName === 'Phường') return 'ward';
  if (shortName === 'Đặc khu') return 'special_zone';
  return 'commune';
}

/**
 * Ids are assigned in file order, so a run is reproducible: 2 and 3 are the structure units,
 * then the two-tier units, then the three-tier ones. Paths follow production: vn.u2.u6.u11.
 * The legacy units carry their real codes and are closed on 1 July 2025, as after the reform
 * (the open-code unique index then lets both structures keep their real codes).
 */
export function loadUnitSet(options: { communeLimitPerProvince?: number; provinceLimit?: number } = {}): UnitSet {
  const dir = findDataDir();
  const post = JSON.parse(
    readFileSync(path.join(dir, 'post2025_34provinces_current.json'), 'utf8'),
  ) as Post2025Province[];
  const pre = JSON.parse(readFileSync(path.join(dir, 'pre2025_63provinces_v2.4.1.json'), 'utf8')) as Pre2025Province[];
  const limitProvinces = <T>(list: T[]) => (options.provinceLimit ? list.slice(0, options.provinceLimit) : list);
  const limitCommunes = <T>(list: T[]) =>
    options.communeLimitPerProvince ? list.slice(0, options.communeLimitPerProvince) : list;

  const units: UnitRow[] = [];
  const provinceOf = new Map<number, number>();
  const nameOf = new Map<number, string>();
  const communesOf = new Map<number, number[]>();
  let nextId = 2;
  const add = (row: Omit<UnitRow, 'id' | 'path'>, parentPath: string): UnitRow => {
    const id = nextId++;
    const unit = { ...row, id, path: `${parentPath}.u${id}` };
    units.push(unit);
    nameOf.set(id, row.name);
    return unit;
  };
  const closed = { closed_on: '2025-07-01', close_reason: 'Sắp xếp đơn vị hành chính 2025 (bench: cơ cấu cũ)' };
  const open = { closed_on: null, close_reason: null };

  const twoTier = add(
    { code: 'BENCH-2CAP', name: 'Cơ cấu 2 cấp (từ 01/07/2025)', type: 'nation', parent_id: 1, ...open },
    'vn',
  );
  const threeTier = add(
    { code: 'BENCH-3CAP', name: 'Cơ cấu 3 cấp (trước 01/07/2025)', type: 'nation', parent_id: 1, ...closed },
    'vn',
  );
  const structures: Structure[] = [
    {
      key: 'two_tier',
      label: '2 cấp: 34 tỉnh → 3.321 xã',
      unitId: twoTier.id,
      path: twoTier.path,
      provinceIds: [],
      communeIds: [],
      depth: 2,
    },
    {
      key: 'three_tier',
      label: '3 cấp: 63 tỉnh → 696 huyện → 10.035 xã',
      unitId: threeTier.id,
      path: threeTier.path,
      provinceIds: [],
      communeIds: [],
      depth: 3,
    },
  ];

  for (const p of limitProvinces(post)) {
    const type = p.AdministrativeUnitShortName === 'Thành phố' ? 'central_city' : 'province';
    const province = add({ code: p.Code, name: p.FullName, type, parent_id: twoTier.id, ...open }, twoTier.path);
    structures[0].provinceIds.push(province.id);
    const communes: number[] = [];
    for (const w of limitCommunes(p.Wards)) {
      const commune = add(
        {
          code: w.Code,
          name: w.FullName,
          type: currentCommuneType(w.AdministrativeUnitShortName),
          parent_id: province.id,
          ...open,
        },
        province.path,
      );
      communes.push(commune.id);
      provinceOf.set(commune.id, province.id);
    }
    communesOf.set(province.id, communes);
    structures[0].communeIds.push(...communes);
  }

  for (const p of limitProvinces(pre)) {
    const type = startsWith(p.FullName, 'Thành phố') ? 'central_city' : 'province';
    const province = add({ code: p.Code, name: p.FullName, type, parent_id: threeTier.id, ...closed }, threeTier.path);
    structures[1].provinceIds.push(province.id);
    const communes: number[] = [];
    for (const d of p.District) {
      // Five island districts (Bạch Long Vĩ, Cồn Cỏ, Hoàng Sa, Lý Sơn, Côn Đảo) have no communes.
      const district = add(
        { code: d.Code, name: d.FullName, type: legacyDistrictType(d.FullName), parent_id: province.id, ...closed },
        province.path,
      );
      for (const w of limitCommunes(d.Ward ?? [])) {
        const commune = add(
          { code: w.Code, name: w.FullName, type: legacyCommuneType(w.FullName), parent_id: district.id, ...closed },
          district.path,
        );
        communes.push(commune.id);
        provinceOf.set(commune.id, province.id);
      }
    }
    communesOf.set(province.id, communes);
    structures[1].communeIds.push(...communes);
  }
  return { units, structures, provinceOf, nameOf, communesOf };
}
