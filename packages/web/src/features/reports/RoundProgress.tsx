import { Flex, Progress, Typography } from 'antd';
import { formatNumberVi, type RoundSummary } from '@danvan/shared';
import { useI18n } from '../../lib/i18n';

/** "x/y đã nộp" with a bar: submitted in blue, the approved part of it in green. */
export function RoundProgress({ progress }: { progress: RoundSummary['progress'] }) {
  const { t } = useI18n();
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
    </Flex>
  );
}
