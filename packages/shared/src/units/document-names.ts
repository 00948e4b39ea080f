import { cleanVi } from '../text/fold-vi.js';

// Administrative prefixes of unit names, longest first: the area word and the short place name.
const areaPrefix = /^(thành phố|thị trấn|thị xã|đặc khu|tỉnh|huyện|quận|phường|xã)\s+/iu;

/** The issuer of a document symbol as stored: "BDVTU", "BTGDV-TU". */
export const abbreviationPattern = /^[A-ZĐ0-9][A-ZĐ0-9-]{0,29}$/;

/** "Thành phố Sơn Hà" → "Sơn Hà"; null when only a number would be left ("Phường 1"). */
export function shortPlace(name: string): string | null {
  const rest = cleanVi(name).replace(areaPrefix, '');
  return rest && !/^\d+$/.test(rest) ? rest : null;
}

/** "Thành phố Sơn Hà" → "thành phố"; "địa bàn" for a unit whose name has no administrative word. */
export function areaWordOf(name: string): string {
  return cleanVi(name).match(areaPrefix)?.[1]?.toLocaleLowerCase('vi') ?? 'địa bàn';
}

/**
 * The customary issuer abbreviation of a symbol, from the body's name without its place: the
 * initials of its words, "và" left out, numbers kept ("Ban Dân vận Thành ủy" → "BDVTU", "Ban
 * Tuyên giáo và Dân vận Tỉnh ủy" → "BTGDVTU", "Khối dân vận Phường 1" → "KDVP1").
 */
export function issuerAbbreviation(name: string): string {
  return cleanVi(name)
    .split(/[\s,–-]+/)
    .filter((word) => word && word.toLocaleLowerCase('vi') !== 'và')
    .map((word) => (/^\d+$/.test(word) ? word : word.charAt(0)))
    .join('')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .normalize('NFC')
    .toLocaleUpperCase('vi');
}

/**
 * The issuing body's name under its superior in a document header: without the superior's name it
 * ends with ("Ban Dân vận Thành ủy Sơn Hà" under "Thành ủy Sơn Hà" → "Ban Dân vận"), or without the
 * area's name that both end with ("Khối dân vận Phường 1" under "Đảng ủy Phường 1" → "Khối dân vận").
 */
export function shortNameUnder(name: string, superior: string | null, areaName: string | null): string {
  const lower = (text: string) => cleanVi(text).toLocaleLowerCase('vi');
  const cut = (suffix: string) =>
    lower(name).endsWith(` ${lower(suffix)}`) ? cleanVi(name).slice(0, -cleanVi(suffix).length - 1) : null;
  if (!superior) return name;
  const underArea = areaName && lower(superior).endsWith(lower(areaName)) ? cut(areaName) : null;
  return cut(superior) ?? underArea ?? name;
}
