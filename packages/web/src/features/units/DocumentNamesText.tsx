import type { UnitDetail } from '@danvan/shared';
import { useI18n } from '../../lib/i18n';
import { useDerivedDocumentNames } from './useDerivedDocumentNames';

/** "Ban Dân vận · BDVTU": the names a unit signs documents with, marked where they are derived. */
export function DocumentNamesText({ unit }: { unit: UnitDetail }) {
  const { t } = useI18n();
  const derived = useDerivedDocumentNames(unit);
  const shown = (value: string | null, fallback: string) => value ?? t('unit.derived', { value: fallback });
  return (
    <span data-testid="unit-document-names-text">
      {shown(unit.shortName, derived.shortName)} · {shown(unit.abbreviation, derived.abbreviation)}
    </span>
  );
}
