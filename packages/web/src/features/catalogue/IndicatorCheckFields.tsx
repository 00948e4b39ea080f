import { Checkbox, Flex, Form, Select, Typography } from 'antd';
import type { Aggregation } from '@danvan/shared';
import { foldIncludes } from '../../lib/foldIncludes';
import { useI18n } from '../../lib/i18n';
import { NumberInputVi, numberViRules } from '../../components/NumberInputVi';
import type { IndicatorOption } from './IndicatorWritingFields';
import { SectionTitle } from '../../components/PageTitle';

const headingId = 'indicator-checks-heading';
const half = { flex: '1 1 180px', minWidth: 0 };

/**
 * "Kiểm tra số liệu": the bounds, whole numbers and upper indicator a figure is checked against
 * (errors block submission) and the change against last year that asks for an explanation. A rate
 * is computed, so only its maximum is checked.
 */
export function IndicatorCheckFields({
  others,
  aggregation,
}: {
  others: IndicatorOption[];
  aggregation: Aggregation | undefined;
}) {
  const { t } = useI18n();
  const filter = (input: string, option?: { label?: unknown }) => foldIncludes(option?.label, input);
  const entered = aggregation !== 'ratio';
  const number = <NumberInputVi placeholder={t('catalogue.noLimit')} style={{ width: '100%' }} />;
  const anyNumber = numberViRules(t);
  const positive = numberViRules(t, { min: 0 });

  return (
    <section aria-labelledby={headingId}>
      <SectionTitle id={headingId}>{t('catalogue.checks')}</SectionTitle>
      <Typography.Paragraph type="secondary">{t('catalogue.checksHint')}</Typography.Paragraph>
      <Flex gap={12} wrap>
        {entered && (
          <Form.Item label={t('catalogue.minValue')} name="minValue" style={half} rules={anyNumber}>
            {number}
          </Form.Item>
        )}
        <Form.Item
          label={t('catalogue.maxValue')}
          name="maxValue"
          style={half}
          dependencies={['minValue']}
          rules={[
            ...anyNumber,
            ({ getFieldValue }) => ({
              validator: async (_, value: number | null | undefined) => {
                const min = getFieldValue('minValue') as number | null | undefined;
                if (value != null && min != null && value < min) throw new Error(t('catalogue.maxBelowMin'));
              },
            }),
          ]}
        >
          {number}
        </Form.Item>
      </Flex>
      {entered && (
        <>
          <Form.Item name="whole" valuePropName="checked">
            <Checkbox>{t('catalogue.whole')}</Checkbox>
          </Form.Item>
          <Form.Item label={t('catalogue.atMostCode')} name="atMostCode" extra={t('catalogue.atMostHint')}>
            <Select allowClear showSearch={{ filterOption: filter }} options={others} />
          </Form.Item>
          <Flex gap={12} wrap>
            <Form.Item label={t('catalogue.warnChangePercent')} name="warnChangePercent" style={half} rules={positive}>
              {number}
            </Form.Item>
            <Form.Item label={t('catalogue.warnChangeMin')} name="warnChangeMin" style={half} rules={positive}>
              {number}
            </Form.Item>
          </Flex>
          <Typography.Paragraph type="secondary" style={{ marginTop: -8 }}>
            {t('catalogue.warnChangeHint')}
          </Typography.Paragraph>
        </>
      )}
    </section>
  );
}
