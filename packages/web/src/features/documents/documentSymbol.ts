import { parseDocumentSymbol, type DocumentType } from '@danvan/shared';
import { documentTypeList } from './documentLabels';

/** `53-KH/BDVTU` with its type part replaced: `53-BC/BDVTU`. */
export function withSymbolType(symbol: string, type: DocumentType): string {
  return symbol
    .normalize('NFC')
    .trim()
    .replace(/^(\d{1,4})-[A-Za-zĐđ]{2,3}\//u, `$1-${type}/`);
}

/** The type whose abbreviation the symbol carries (any letter case), or null when it names none we know. */
export function symbolType(symbol: string | undefined): DocumentType | null {
  const parsed = symbol ? parseDocumentSymbol(symbol) : null;
  if (!parsed) return null;
  return documentTypeList.find((type) => type.toUpperCase() === parsed.type.toUpperCase()) ?? null;
}

/** Issuer abbreviations are capitals: `53-KH/bdvtu` becomes `53-KH/BDVTU` as it is typed. */
export function normalizeSymbolInput(value: string): string {
  return value.replace(/\/.*$/u, (issuer) => issuer.toUpperCase());
}
