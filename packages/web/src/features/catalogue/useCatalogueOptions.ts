import { useMemo } from 'react';
import { aggregations, sectionNames, type Aggregation } from '@danvan/shared';
import { useI18n, type MessageKey } from '../../lib/i18n';

/** Section and aggregation-rule choices in the interface language. */
export function useCatalogueOptions() {
  const { t, lang } = useI18n();
  return useMemo(
    () => ({
      sections: Object.entries(sectionNames).map(([value, name]) => ({ value, label: name[lang] })),
      aggregations: aggregations.map((value) => ({ value, label: t(`aggregation.${value}` as MessageKey) })),
      sectionLabel: (section: string) => sectionNames[section]?.[lang] ?? section,
      aggregationLabel: (aggregation: Aggregation) => t(`aggregation.${aggregation}` as MessageKey),
    }),
    [t, lang],
  );
}
