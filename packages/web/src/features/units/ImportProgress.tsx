import { Flex, Progress, Typography } from 'antd';
import { formatNumberVi, type ImportJob } from '@danvan/shared';
import { isMessageKey, useI18n } from '../../lib/i18n';

/** The running job's phase and processed/total as a progress bar. */
export function ImportProgress({ job }: { job: ImportJob }) {
  const { t } = useI18n();
  const phaseKey = `import.phase.${job.phase}`;
  const percent = job.total > 0 ? Math.floor((job.processed * 100) / job.total) : 0;
  return (
    <Flex vertical gap={4} data-testid="import-progress">
      <Typography.Text>{isMessageKey(phaseKey) ? t(phaseKey) : job.phase}</Typography.Text>
      <Progress
        percent={percent}
        status="active"
        format={() => `${formatNumberVi(job.processed)}/${formatNumberVi(job.total)}`}
      />
    </Flex>
  );
}
