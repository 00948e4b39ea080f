import { organisationKinds, type OrganisationKind } from '@danvan/shared';
import type { Lang } from '../../lib/i18n';

export function kindName(kind: OrganisationKind, lang: Lang): string {
  return organisationKinds[kind][lang];
}

export function kindOptions(lang: Lang): { value: OrganisationKind; label: string }[] {
  return (Object.keys(organisationKinds) as OrganisationKind[]).map((kind) => ({
    value: kind,
    label: kindName(kind, lang),
  }));
}

/** "Quý 2/2026" or "Quarter 2/2026". */
export function periodName(kind: 'month' | 'quarter', year: number, index: number, lang: Lang): string {
  if (lang === 'en') return `${kind === 'quarter' ? 'Quarter' : 'Month'} ${index}/${year}`;
  return kind === 'quarter' ? `Quý ${index}/${year}` : `Tháng ${String(index).padStart(2, '0')}/${year}`;
}

/** The last quarter that has ended: what a count is usually entered for. */
export function lastEndedQuarter(now = new Date()): { year: number; quarter: number } {
  const quarter = Math.floor(now.getMonth() / 3);
  return quarter === 0 ? { year: now.getFullYear() - 1, quarter: 4 } : { year: now.getFullYear(), quarter };
}
