import { Tag } from 'antd';
import { reportStatusNames } from '@danvan/shared';
import { useI18n } from '../../lib/i18n';
import { statusColors, type ChildStatus } from './reportLabels';

export function ReportStatusTag({ status }: { status: ChildStatus }) {
  const { lang } = useI18n();
  return <Tag color={statusColors[status]}>{reportStatusNames[status][lang]}</Tag>;
}
