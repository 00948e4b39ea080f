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
