import { Select } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { foldIncludes } from '../../lib/foldIncludes';
import { useI18n } from '../../lib/i18n';
import { catalogueKeys, fetchCatalogue } from '../catalogue';
import { indicatorName } from './reportLabels';

/**
 * The key indicators a round's Word document shows in its body, chosen from the year's catalogue;
 * left empty, the round takes those the catalogue marks as key (named in the placeholder).
 */
export function KeyIndicatorsSelect({
  year,
  value,
  onChange,
  id,
}: {
  year: number | undefined;
  value?: string[];
  onChange?: (codes: string[]) => void;
  id?: string;
}) {
  const { t, lang } = useI18n();
  const catalogue = useQuery({
    queryKey: catalogueKeys.year(year ?? 0),
    queryFn: () => fetchCatalogue(year as number),
    enabled: Boolean(year),
  });
  const indicators = catalogue.data?.indicators ?? [];
  const defaults = indicators.filter((indicator) => indicator.isKey);
  return (
    <Select
      id={id}
      mode="multiple"
      allowClear
      loading={catalogue.isPending && Boolean(year)}
      value={value}
      onChange={onChange}
      placeholder={t('round.keyIndicatorsDefault', { count: defaults.length })}
      showSearch={{
        filterOption: (input, option) => foldIncludes(option?.label, input) || foldIncludes(option?.value, input),
      }}
      options={indicators.map((indicator) => ({ value: indicator.code, label: indicatorName(indicator, lang) }))}
      maxTagCount="responsive"
      data-testid="round-key-indicators"
    />
  );
}
