import type { ReactNode } from 'react';
import { Descriptions, Grid } from 'antd';
import type { ColumnType, TableProps } from 'antd/es/table';
import { useI18n } from '../lib/i18n';
import { VisuallyHidden } from './VisuallyHidden';

/**
 * A column of a list that fits the screen: `hideBelow: 'wide'` goes behind the row's expander on a
 * screen narrower than 1600 px (a 1366 px laptop with the menu open), `'phone'` only below 768 px.
 * Columns without it are the ones that matter and always show.
 */
export type FitColumn<T> = ColumnType<T> & { hideBelow?: 'wide' | 'phone' };

export function cellOf<T>(column: ColumnType<T>, record: T, index: number): ReactNode {
  const field = column.dataIndex as keyof T | undefined;
  const value = field === undefined ? undefined : record[field];
  if (column.render) return column.render(value, record, index) as ReactNode;
  return value as ReactNode;
}

/**
 * The columns that fit the screen, and an expander showing the others in each row (label: value),
 * so a list never scrolls sideways to reach its status or its actions.
 */
export function useFitColumns<T>(columns: FitColumn<T>[]): {
  columns: ColumnType<T>[];
  expandable: TableProps<T>['expandable'];
  /** The columns behind the expander, for a table that draws its own (components/ResponsiveList). */
  behind: FitColumn<T>[];
} {
  const screens = Grid.useBreakpoint();
  const { t } = useI18n();
  const hidden = (column: FitColumn<T>) =>
    (column.hideBelow === 'wide' && !screens.xxl) || (column.hideBelow === 'phone' && !screens.md);
  const behind = columns.filter(hidden);
  const shown = columns.filter((column) => !hidden(column)).map(({ hideBelow: _hideBelow, ...column }) => column);
  if (behind.length === 0) return { columns: shown, expandable: undefined, behind };
  return {
    columns: shown,
    behind,
    expandable: {
      // The expander column shows only buttons: its header is named for screen readers (and axe).
      columnTitle: <VisuallyHidden>{t('common.moreColumns')}</VisuallyHidden>,
      expandedRowRender: (record, index) => <BehindColumns columns={behind} record={record} index={index} />,
    },
  };
}

/** The columns of a row that did not fit, label: value. */
export function BehindColumns<T>({ columns, record, index }: { columns: FitColumn<T>[]; record: T; index: number }) {
  return (
    <Descriptions
      size="small"
      column={1}
      items={columns.map((column, position) => ({
        key: String(column.key ?? column.dataIndex ?? position),
        label: typeof column.title === 'function' ? null : column.title,
        children: cellOf(column, record, index),
      }))}
    />
  );
}
