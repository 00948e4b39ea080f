import { Flex } from 'antd';
import type { ReportIndicatorRow } from '@danvan/shared';
import { leadingFigure, type FigureLayout } from './figureLayout';
import { OwnFigureInput } from './OwnFigureInput';
import { OwnLastYear } from './OwnLastYear';
import { typedOwnChange } from './typedChange';
import type { ReportDraft } from './useReportDraft';

/** The own figure of a row with its checks, and for the body's own work beside the area's total, its own last year. */
export function OwnFigureCell({
  row,
  draft,
  layout,
}: {
  row: ReportIndicatorRow;
  draft: ReportDraft | null;
  layout: FigureLayout;
}) {
  return (
    <Flex vertical gap={2} style={{ minWidth: 0 }}>
      <OwnFigureInput
        row={row}
        draft={draft}
        issues={layout.issues.get(row.indicator.code)}
        lead={layout.split && leadingFigure(row, layout.split) === 'own'}
      />
      {layout.split && row.indicator.basis === 'body' && (
        <OwnLastYear row={typedOwnChange(row, draft?.figure(row) ?? null)} />
      )}
    </Flex>
  );
}
