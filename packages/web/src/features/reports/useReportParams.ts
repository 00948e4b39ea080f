import { useParams } from 'react-router-dom';
import { parseId } from '../../lib/parseId';

/** The round and unit ids of /reports/:roundId/units/:unitId; null where the address holds no valid id. */
export function useReportParams(): { roundId: number | null; unitId: number | null } {
  const params = useParams();
  return { roundId: parseId(params.roundId), unitId: parseId(params.unitId) };
}
