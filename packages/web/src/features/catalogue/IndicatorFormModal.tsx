import { Alert, Form, Input, Select } from 'antd';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import type { Indicator, IndicatorInput } from '@danvan/shared';
import { FormModal } from '../../components/FormModal';
import { foldIncludes } from '../../lib/foldIncludes';
import { useI18n } from '../../lib/i18n';
import { catalogueKeys, createIndicator, fetchProviders, updateIndicator } from './api';
import { IndicatorCheckFields } from './IndicatorCheckFields';
import { IndicatorWritingFields } from './IndicatorWritingFields';
import { useCatalogueOptions } from './useCatalogueOptions';

const codePattern = /^[A-Z0-9_]{2,40}$/;

interface Props {
  year: number;
  /** The indicator to edit; null adds a new one. */
  indicator: Indicator | null;
  /** The year's indicators, for the weight, numerator and denominator choices. */
  indicators: Indicator[];
  open: boolean;
  onClose: () => void;
}

const newIndicator = {
  aggregation: 'sum',
  computedKey: '',
  basis: 'area',
  partKind: 'part',
  isKey: false,
  whole: true,
} as const;

/**
 * Adds or edits an indicator of a year: names, unit, section, rule with its parts, computed source;
 * how the report writes it (whose figure, phrase, breakdown, key) and how its figures are checked.
 */
export function IndicatorFormModal({ year, indicator, indicators, open, onClose }: Props) {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const options = useCatalogueOptions();
  const [form] = Form.useForm<IndicatorInput>();
  const aggregation = Form.useWatch('aggregation', form);
  const providers = useQuery({ queryKey: catalogueKeys.providers, queryFn: fetchProviders, staleTime: Infinity });
  const others = indicators
    .filter((candidate) => candidate.code !== indicator?.code)
    .map((candidate) => ({ value: candidate.code, label: `${candidate.code} — ${candidate.nameVi}` }));
  const providerOptions = [
    { value: '', label: t('catalogue.computedNone') },
    ...(providers.data ?? []).map((provider) => ({
      value: provider.key,
      label: `${provider.description} (${provider.key})`,
    })),
  ];
  const filter = (input: string, option?: { label?: unknown; value?: unknown }) => foldIncludes(option?.label, input);
  const required = (field: string) => ({
    required: true,
    whitespace: true,
    message: t('catalogue.required', { field: field.toLocaleLowerCase('vi') }),
  });

  return (
    <FormModal
      open={open}
      onClose={onClose}
      form={form}
      name="indicator"
      width={640}
      title={indicator ? t('catalogue.editTitle', { code: indicator.code, year }) : t('catalogue.addTitle', { year })}
      initialValues={indicator ? { ...indicator, computedKey: indicator.computedKey ?? '' } : newIndicator}
      submit={(values: IndicatorInput) => {
        const input: IndicatorInput = {
          ...values,
          code: indicator?.code ?? values.code.trim().toUpperCase(),
          weightCode: values.weightCode ?? null,
          numeratorCode: values.numeratorCode ?? null,
          denominatorCode: values.denominatorCode ?? null,
          computedKey: values.aggregation === 'ratio' ? null : values.computedKey || null,
          basis: values.basis ?? 'area',
          phraseVi: values.phraseVi?.trim() || null,
          partOf: values.partOf ?? null,
          partKind: values.partOf ? (values.partKind ?? 'part') : 'part',
          isKey: values.isKey ?? false,
          minValue: values.minValue ?? null,
          maxValue: values.maxValue ?? null,
          whole: values.whole ?? true,
          atMostCode: values.atMostCode ?? null,
          warnChangePercent: values.warnChangePercent ?? null,
          warnChangeMin: values.warnChangeMin ?? null,
        };
        return indicator ? updateIndicator(year, input) : createIndicator(year, input);
      }}
      onSuccess={() => queryClient.invalidateQueries({ queryKey: catalogueKeys.year(year) })}
      successMessage={t('catalogue.saved')}
    >
      <Alert type="info" showIcon title={t('catalogue.snapshotNote')} style={{ marginBottom: 16 }} />
      <Form.Item
        label={t('catalogue.code')}
        name="code"
        normalize={(value: string) => value.toUpperCase()}
        rules={[{ required: true, pattern: codePattern, message: t('catalogue.codeRule') }]}
      >
        <Input disabled={indicator !== null} autoComplete="off" autoCapitalize="characters" />
      </Form.Item>
      <Form.Item label={t('catalogue.nameVi')} name="nameVi" rules={[required(t('catalogue.nameVi'))]}>
        <Input autoComplete="off" />
      </Form.Item>
      <Form.Item label={t('catalogue.nameEn')} name="nameEn" rules={[required(t('catalogue.nameEn'))]}>
        <Input autoComplete="off" />
      </Form.Item>
      <Form.Item label={t('catalogue.unitVi')} name="unitVi" rules={[required(t('catalogue.unitVi'))]}>
        <Input autoComplete="off" />
      </Form.Item>
      <Form.Item
        label={t('catalogue.section')}
        name="section"
        rules={[
          {
            required: true,
            message: t('catalogue.required', { field: t('catalogue.section').toLocaleLowerCase('vi') }),
          },
        ]}
      >
        <Select options={options.sections} />
      </Form.Item>
      <Form.Item label={t('catalogue.aggregation')} name="aggregation" rules={[{ required: true }]}>
        <Select options={options.aggregations} />
      </Form.Item>
      {aggregation === 'weighted_avg' && (
        <Form.Item
          label={t('catalogue.weightCode')}
          name="weightCode"
          rules={[
            {
              required: true,
              message: t('catalogue.required', { field: t('catalogue.weightCode').toLocaleLowerCase('vi') }),
            },
          ]}
        >
          <Select showSearch={{ filterOption: filter }} options={others} />
        </Form.Item>
      )}
      {aggregation === 'ratio' && (
        <>
          <Form.Item
            label={t('catalogue.numeratorCode')}
            name="numeratorCode"
            rules={[
              {
                required: true,
                message: t('catalogue.required', { field: t('catalogue.numeratorCode').toLocaleLowerCase('vi') }),
              },
            ]}
          >
            <Select showSearch={{ filterOption: filter }} options={others} />
          </Form.Item>
          <Form.Item
            label={t('catalogue.denominatorCode')}
            name="denominatorCode"
            rules={[
              {
                required: true,
                message: t('catalogue.required', { field: t('catalogue.denominatorCode').toLocaleLowerCase('vi') }),
              },
            ]}
          >
            <Select showSearch={{ filterOption: filter }} options={others} />
          </Form.Item>
        </>
      )}
      {aggregation !== 'ratio' && (
        <Form.Item label={t('catalogue.computedKey')} name="computedKey">
          <Select showSearch={{ filterOption: filter }} options={providerOptions} loading={providers.isPending} />
        </Form.Item>
      )}
      <IndicatorWritingFields others={others} />
      <IndicatorCheckFields others={others} aggregation={aggregation} />
    </FormModal>
  );
}
