import { Timeline, Typography } from 'antd';
import { formatDateTimeVi, type ReportView } from '@danvan/shared';
import { useI18n } from '../../lib/i18n';

/** Earlier approved versions, kept when the report was reopened for correction, newest first. */
export function ReportVersions({ versions }: { versions: ReportView['versions'] }) {
  const { t } = useI18n();
  return (
    <Timeline
      items={versions.map((version) => ({
        key: version.version,
        content: (
          <>
            <Typography.Text strong>
              {t('report.versionTitle', { version: version.version, time: formatDateTimeVi(version.createdAt) })}
            </Typography.Text>
            <br />
            <Typography.Text type="secondary">
              {t('report.reopenedBecause', { reason: version.reason })}
            </Typography.Text>
          </>
        ),
      }))}
    />
  );
}
