import { Checkbox, Form, Input, Radio, Select } from 'antd';
import { indicatorBases, indicatorBasisNames } from '@danvan/shared';
import { foldIncludes } from '../../lib/foldIncludes';
import { useI18n } from '../../lib/i18n';
import { SectionTitle } from '../../components/PageTitle';

export interface IndicatorOption {
  value: string;
  label: string;
}

const headingId = 'indicator-writing-heading';

/** "Cách viết trong báo cáo": whose figure it is, the narrative's phrase, the breakdown it belongs to, key or annex. */
export function IndicatorWritingFields({ others }: { others: IndicatorOption[] }) {
  const { t, lang } = useI18n();
  const form = Form.useFormInstance();
  const partOf = Form.useWatch('partOf', form);
  const filter = (input: string, option?: { label?: unknown }) => foldIncludes(option?.label, input);

  return (
    <section aria-labelledby={headingId}>
      <SectionTitle id={headingId}>{t('catalogue.writing')}</SectionTitle>
      <Form.Item
        label={t('catalogue.basis')}
        name="basis"
        extra={t('catalogue.basisHint')}
        rules={[{ required: true }]}
      >
        <Radio.Group options={indicatorBases.map((value) => ({ value, label: indicatorBasisNames[value][lang] }))} />
      </Form.Item>
      <Form.Item
        label={t('catalogue.phraseVi')}
        name="phraseVi"
        extra={t('catalogue.phraseHint')}
        rules={[
          {
            validator: async (_, value: string | null | undefined) => {
              if (value?.trim() && !value.includes('{n}')) throw new Error(t('catalogue.phraseNeedsN'));
            },
          },
        ]}
      >
        <Input maxLength={300} autoComplete="off" placeholder="tổ chức {n} cuộc đối thoại với Nhân dân" />
      </Form.Item>
      <Form.Item label={t('catalogue.partOf')} name="partOf">
        <Select
          allowClear
          showSearch={{ filterOption: filter }}
          options={others}
          placeholder={t('catalogue.partOfNone')}
        />
      </Form.Item>
      {partOf && (
        <Form.Item label={t('catalogue.partKind')} name="partKind">
          <Radio.Group
            options={(['part', 'topic'] as const).map((value) => ({ value, label: t(`catalogue.partKind.${value}`) }))}
          />
        </Form.Item>
      )}
      <Form.Item name="isKey" valuePropName="checked" extra={t('catalogue.isKeyHint')}>
        <Checkbox>{t('catalogue.isKey')}</Checkbox>
      </Form.Item>
    </section>
  );
}
