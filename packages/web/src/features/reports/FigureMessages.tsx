import { Typography } from 'antd';
import type { FieldMessages } from './useReportDraft';

/** Under a figure: the server's errors in red, what the figure still waits for in orange. */
export function FigureMessages({ errors, warnings }: { errors: FieldMessages; warnings: FieldMessages }) {
  const lines = [
    ...Object.values(errors).map((text) => ({ text, type: 'danger' as const })),
    ...Object.values(warnings).map((text) => ({ text, type: 'warning' as const })),
  ];
  return lines.map((line) => (
    <Typography.Text key={`${line.type}-${line.text}`} type={line.type} style={{ fontSize: 12 }}>
      {line.text}
    </Typography.Text>
  ));
}
