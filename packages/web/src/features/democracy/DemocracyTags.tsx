import { Tag } from 'antd';
import { assessmentStatuses, democracyRatings, type AssessmentStatus, type DemocracyRating } from '@danvan/shared';
import { useI18n } from '../../lib/i18n';

const statusColors: Record<AssessmentStatus, string> = {
  not_started: 'default',
  draft: 'processing',
  submitted: 'gold',
  returned: 'error',
  rated: 'success',
};
const ratingColors: Record<DemocracyRating, string> = {
  good: 'green',
  fair: 'blue',
  average: 'gold',
  weak: 'red',
};

/** Trạng thái of an assessment as a coloured tag. */
export function AssessmentStatusTag({ status }: { status: AssessmentStatus }) {
  const { pick } = useI18n();
  return <Tag color={statusColors[status]}>{pick(assessmentStatuses[status])}</Tag>;
}

/** A rating (tốt, khá…) as a coloured tag, or a dash when none was given. */
export function RatingTag({ rating }: { rating: DemocracyRating | null }) {
  const { pick } = useI18n();
  if (!rating) return <span aria-label="—">—</span>;
  return <Tag color={ratingColors[rating]}>{pick(democracyRatings[rating])}</Tag>;
}
