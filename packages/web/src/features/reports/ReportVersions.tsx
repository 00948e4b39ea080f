import { useState } from 'react';
import { Button, Modal, Table, Timeline, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { formatDateTimeVi, type ReportView } from '@danvan/shared';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useI18n } from '../../lib/i18n';
import { fetchReportVersion, reportKeys } from './api';
import { formatFigure, missingText } from './figures';

interface VersionRow {
  code: string;
  name: string;
  unit: string;
  kept: string;
  now: string;
}

const boldWhenChanged = (text: string, row: VersionRow) =>
  row.kept !== row.now ? <Typography.Text strong>{text}</Typography.Text> : text;

/** A kept version's figures beside the report's own figures now: what the correction changed stands out. */
function VersionFigures({ view, version }: { view: ReportView; version: number }) {
  const { t } = useI18n();
  const kept = useQuery({
    queryKey: reportKeys.version(view.id, version),
    queryFn: () => fetchReportVersion(view.id, version),
  });
  if (kept.isError) return <ErrorAlert error={kept.error} onRetry={() => kept.refetch()} />;
  const keptByCode = new Map(kept.data?.figures.map((figure) => [figure.code, figure]));
  const rows: VersionRow[] = view.rows
    .filter((row) => row.indicator.aggregation !== 'ratio')
    .map((row) => ({
      code: row.indicator.code,
      name: row.indicator.nameVi,
      unit: row.indicator.unitVi,
      kept: formatFigure(row.indicator, keptByCode.get(row.indicator.code) ?? { value: null, denominator: null }),
      now: formatFigure(row.indicator, row.own),
    }))
    .filter((row) => row.kept !== missingText || row.now !== missingText);
  return (
    <Table<VersionRow>
      size="small"
      rowKey="code"
      loading={kept.isPending}
      dataSource={kept.data ? rows : []}
      pagination={false}
      scroll={{ x: 560, y: 480 }}
      columns={[
        { title: t('report.indicator'), dataIndex: 'name' },
        { title: t('report.unitOfMeasure'), dataIndex: 'unit', width: 100 },
        {
          title: t('report.versionFigure', { version }),
          dataIndex: 'kept',
          width: 110,
          align: 'right',
          render: boldWhenChanged,
        },
        { title: t('report.versionNow'), dataIndex: 'now', width: 110, align: 'right', render: boldWhenChanged },
      ]}
    />
  );
}

/** Earlier approved versions, kept when the report was reopened for correction, newest first; each opens its figures. */
export function ReportVersions({ view }: { view: ReportView }) {
  const { t } = useI18n();
  const [shown, setShown] = useState<number | null>(null);
  return (
    <>
      <Timeline
        items={view.versions.map((version) => ({
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
              <br />
              <Button type="link" size="small" style={{ padding: 0 }} onClick={() => setShown(version.version)}>
                {t('report.versionShow')}
              </Button>
            </>
          ),
        }))}
      />
      <Modal
        open={shown !== null}
        onCancel={() => setShown(null)}
        footer={null}
        width={760}
        title={shown !== null ? t('report.versionCompare', { version: shown }) : undefined}
      >
        {shown !== null && <VersionFigures view={view} version={shown} />}
      </Modal>
    </>
  );
}
