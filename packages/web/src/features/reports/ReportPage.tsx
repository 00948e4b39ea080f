import { skipToken, useQuery } from '@tanstack/react-query';
import { DetailPage } from '../../components/DetailPage';
import { fetchReportOfUnit, reportKeys } from './api';
import { ReportForm } from './ReportForm';
import { useReportParams } from './useReportParams';
import { reportMessages } from './messages';
import { roundMessages } from './roundMessages';
import { taskMessages } from '../tasks';
import { installMessages } from '../../lib/messages';

// The strings this page shows, fetched with it (app/pageMessages.test.ts checks the list).
installMessages([reportMessages, roundMessages, taskMessages]);

/** /reports/:roundId/units/:unitId — a unit's report in a round. */
export function ReportPage() {
  const { roundId, unitId } = useReportParams();
  const report = useQuery({
    queryKey: reportKeys.ofUnit(roundId ?? 0, unitId ?? 0),
    queryFn: roundId && unitId ? () => fetchReportOfUnit(roundId, unitId) : skipToken,
    // Its computed figures follow every register (a document just registered, a model recognised): opened, it asks again.
    refetchOnMount: 'always',
  });

  return (
    <DetailPage query={report} addressed={roundId !== null && unitId !== null} skeletonRows={12}>
      {(data) => <ReportForm key={data.id} view={data} />}
    </DetailPage>
  );
}
