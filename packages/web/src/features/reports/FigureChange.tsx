import { Typography } from 'antd';
import type { ReportIndicatorRow } from '@danvan/shared';
import { formatSigned, missingText } from './figures';

const colors = { up: '#237804', down: '#cf1322', same: undefined };

/** The change against last year, green up and red down, with the percent when last year was not 0. */
export function FigureChange({ row }: { row: Pick<ReportIndicatorRow, 'difference' | 'percentChange'> }) {
  if (row.difference === null) return <Typography.Text type="secondary">{missingText}</Typography.Text>;
  const direction = row.difference > 0 ? 'up' : row.difference < 0 ? 'down' : 'same';
  return (
    <Typography.Text style={{ color: colors[direction], whiteSpace: 'nowrap' }}>
      {formatSigned(row.difference)}
      {row.percentChange !== null && ` (${formatSigned(row.percentChange)}%)`}
    </Typography.Text>
  );
}
