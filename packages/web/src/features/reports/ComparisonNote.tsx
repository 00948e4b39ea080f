import { Flex, Typography } from 'antd';
import type { ReportView } from '@danvan/shared';
import { useI18n } from '../../lib/i18n';
import { comparisonNote, hasUnitsBelow } from './figureLayout';

/**
 * Under the figures: what the own figure stands for beside the area's total, and when last year is
 * compared over part of the area only, over how many units and which are left out.
 */
export function ComparisonNote({ view }: { view: ReportView }) {
  const { t } = useI18n();
  const note = comparisonNote(view.comparison);
  const split = hasUnitsBelow(view);
  if (!note && !split) return null;
  return (
    <Flex vertical gap={4} style={{ marginTop: 12 }}>
      {split && (
        <Typography.Text type="secondary" style={{ fontSize: 13 }}>
          {t('figures.ownOfHint', { subject: view.body.subject })}
        </Typography.Text>
      )}
      {note && (
        <Typography.Text type="secondary" style={{ fontSize: 13 }} data-testid="comparison-note">
          {t('figures.comparisonNote', { units: note.units, of: note.of })}
          {note.missing && `; ${t('figures.comparisonMissing', { names: note.missing })}`}
        </Typography.Text>
      )}
    </Flex>
  );
}
