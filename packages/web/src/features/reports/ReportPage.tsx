import { Card, Empty, Skeleton } from 'antd';
import { skipToken, useQuery } from '@tanstack/react-query';
import { NotFoundPage } from '../../app/NotFoundPage';
import { ErrorAlert } from '../../components/ErrorAlert';
import { ApiError } from '../../lib/api';
import { useI18n } from '../../lib/i18n';
import { fetchReportOfUnit, reportKeys } from './api';
import { ReportForm } from './ReportForm';
import { useReportParams } from './useReportParams';

/** /reports/:roundId/units/:unitId — a unit's report in a round. */
export function ReportPage() {
  const { pick } = useI18n();
  const { roundId, unitId } = useReportParams();
  const report = useQuery({
    queryKey: reportKeys.ofUnit(roundId ?? 0, unitId ?? 0),
    queryFn: roundId && unitId ? () => fetchReportOfUnit(roundId, unitId) : skipToken,
    // Its computed figures follow every register (a document just registered, a model recognised): opened, it asks again.
    refetchOnMount: 'always',
  });

  if (roundId === null || unitId === null) return <NotFoundPage />;
  if (report.isPending) {
    return (
      <Card>
        <Skeleton active paragraph={{ rows: 12 }} />
      </Card>
    );
  }
  if (report.isError) {
    return (
      <Card>
        {report.error instanceof ApiError && report.error.status === 404 ? (
          <Empty description={pick(report.error.bilingual)} />
        ) : (
          <ErrorAlert error={report.error} onRetry={() => report.refetch()} />
        )}
      </Card>
    );
  }
  return <ReportForm key={report.data.id} view={report.data} />;
}
