import { Flex, Tag, Tooltip } from 'antd';
import type { ReportIndicatorRow } from '@danvan/shared';
import { useI18n } from '../../lib/i18n';
import { formatFigure } from './figures';
import { visuallyHidden } from '../../components/VisuallyHidden';

/**
 * Last year's figure, like for like (over the units with figures in both years), marked when it was
 * recomputed from the registers because last year had no approved report.
 */
export function LastYearFigure({
  row,
  inline = false,
}: {
  row: Pick<ReportIndicatorRow, 'indicator' | 'comparable' | 'lastYearSource'>;
  inline?: boolean;
}) {
  const { t } = useI18n();
  return (
    <Flex
      gap={4}
      align="center"
      justify={inline ? 'start' : 'end'}
      wrap
      style={inline ? { display: 'inline-flex' } : undefined}
    >
      <span data-testid="figure-last-year">{formatFigure(row.indicator, row.comparable.lastYear)}</span>
      {row.lastYearSource === 'registers' && (
        <Tooltip title={t('figures.fromRegistersHint')}>
          <Tag
            data-testid="last-year-registers"
            style={{ marginInlineEnd: 0, fontSize: 11, lineHeight: '16px', cursor: 'help' }}
          >
            <span aria-hidden>{t('figures.fromRegisters')}</span>
            <span style={visuallyHidden}>{t('figures.fromRegistersHint')}</span>
          </Tag>
        </Tooltip>
      )}
    </Flex>
  );
}
