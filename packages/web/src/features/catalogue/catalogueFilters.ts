import { foldVi, sectionNames, type Aggregation, type Indicator } from '@danvan/shared';

export type SourceFilter = 'computed' | 'entered';

export interface CatalogueFilters {
  query: string;
  section: string | null;
  aggregation: Aggregation | null;
  source: SourceFilter | null;
}

/** Indicators that pass the filters; the search ignores accents ("dan van" finds "dân vận") and looks at code, names and unit. */
export function filterIndicators(indicators: readonly Indicator[], filters: CatalogueFilters): Indicator[] {
  const needle = foldVi(filters.query.trim());
  return indicators.filter(
    (indicator) =>
      (!needle ||
        foldVi(`${indicator.code} ${indicator.nameVi} ${indicator.nameEn} ${indicator.unitVi}`).includes(needle)) &&
      (filters.section === null || indicator.section === filters.section) &&
      (filters.aggregation === null || indicator.aggregation === filters.aggregation) &&
      (filters.source === null || (filters.source === 'computed') === (indicator.computedKey !== null)),
  );
}

export interface SectionGroup {
  section: string;
  indicators: Indicator[];
}

/** Indicators by section, sections in the report's order, then any section the catalogue added. */
export function groupBySection(indicators: readonly Indicator[]): SectionGroup[] {
  const order = Object.keys(sectionNames);
  const groups = new Map<string, Indicator[]>();
  for (const indicator of indicators)
    groups.set(indicator.section, [...(groups.get(indicator.section) ?? []), indicator]);
  const rank = (section: string) => (order.includes(section) ? order.indexOf(section) : order.length);
  return [...groups]
    .sort(([a], [b]) => rank(a) - rank(b) || a.localeCompare(b))
    .map(([section, list]) => ({ section, indicators: list }));
}
