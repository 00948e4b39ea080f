import { Flex, Progress, Typography } from 'antd';
import { formatNumberVi, type RoundSummary } from '@danvan/shared';
import { useI18n } from '../../lib/i18n';

/**
 * "x/y báo cáo đã nộp" with a bar: submitted in blue, the approved part of it in green; says when
 * the opener's own report is one of those counted.
 */
export function RoundProgress({ round }: { round: Pick<RoundSummary, 'progress' | 'openerUnitName'> }) {
  const { t } = useI18n();
  const { progress } = round;
  const percent = (count: number) => (progress.expected > 0 ? Math.round((100 * count) / progress.expected) : 0);
  const submitted = t('round.progress', {
    submitted: formatNumberVi(progress.submitted),
    expected: formatNumberVi(progress.expected),
  });
  return (
    <Flex vertical gap={0} style={{ minWidth: 120 }}>
      <Typography.Text>{submitted}</Typography.Text>
      <Progress
        percent={percent(progress.submitted)}
        success={{ percent: percent(progress.approved) }}
        size="small"
        showInfo={false}
        aria-label={submitted}
      />
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {t('round.progressApproved', { approved: formatNumberVi(progress.approved) })}
      </Typography.Text>
      {progress.includesOpener && progress.expected > 1 && (
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {t('round.progressIncludesOpener', { opener: round.openerUnitName })}
        </Typography.Text>
      )}
    </Flex>
  );
}
