import type { SortOrder, SorterResult } from 'antd/es/table/interface';

/** A table column's key → the server's sort keys for ascending and descending. */
export type SortsByColumn<Sort extends string> = Record<string, { ascend: Sort; descend: Sort }>;

/**
 * A column the server sorts: antd shows the arrow of the order in the address and hands clicks back
 * through `sortFromTable`, never sorting the page's rows itself.
 */
export function serverSortColumn<Sort extends string>(sorts: SortsByColumn<Sort>, key: string, current: Sort) {
  const { ascend, descend } = sorts[key];
  const sortOrder: SortOrder = current === ascend ? 'ascend' : current === descend ? 'descend' : null;
  const sortDirections: SortOrder[] = ascend === descend ? ['ascend'] : ['ascend', 'descend'];
  return { key, sorter: true, sortOrder, sortDirections };
}

/** The sort key for the column the user clicked; the default when they clear it. */
export function sortFromTable<Row, Sort extends string>(
  sorts: SortsByColumn<Sort>,
  sorter: SorterResult<Row> | SorterResult<Row>[],
  fallback: Sort,
): Sort {
  const one = Array.isArray(sorter) ? sorter[0] : sorter;
  const column = typeof one?.columnKey === 'string' ? sorts[one.columnKey] : undefined;
  return column && one.order ? column[one.order] : fallback;
}
