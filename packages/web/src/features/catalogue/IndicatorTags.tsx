import { Flex, Tag, Tooltip } from 'antd';
import { indicatorBasisNames, type Indicator } from '@danvan/shared';
import { useI18n } from '../../lib/i18n';

/** Beside an indicator's name: "Chủ yếu" for a key indicator, "Của cơ quan" for the reporting body's own work. */
export function IndicatorTags({ indicator }: { indicator: Indicator }) {
  const { t, lang } = useI18n();
  if (!indicator.isKey && indicator.basis !== 'body') return null;
  return (
    <Flex gap={4} wrap>
      {indicator.isKey && (
        <Tag color="gold" data-testid="indicator-key" style={{ marginInlineEnd: 0 }}>
          {t('catalogue.keyTag')}
        </Tag>
      )}
      {indicator.basis === 'body' && (
        <Tooltip title={indicatorBasisNames.body[lang]}>
          <Tag color="purple" data-testid="indicator-basis-body" style={{ marginInlineEnd: 0 }}>
            {t('catalogue.basisTag.body')}
          </Tag>
        </Tooltip>
      )}
    </Flex>
  );
}
