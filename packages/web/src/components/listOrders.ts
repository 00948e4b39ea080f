import type { SorterResult, SortOrder } from 'antd/es/table/interface';

/** One order the server knows, and the column header that shows it. */
export interface ListOrder<S extends string> {
  value: S;
  column: string;
  order: 'ascend' | 'descend';
}

/**
 * A column header's sorter for the list's order: sortable when an order names the column, its clicks cycling
 * through that column's orders as listed (then back to the list's default), showing the one in force.
 */
export function headerSort<S extends string>(
  column: string,
  orders: ListOrder<S>[],
  current: S,
): { sorter: true; sortDirections: SortOrder[]; sortOrder: SortOrder } | null {
  const own = orders.filter((order) => order.column === column);
  if (own.length === 0) return null;
  return {
    sorter: true,
    sortDirections: own.map((order) => order.order),
    sortOrder: own.find((order) => order.value === current)?.order ?? null,
  };
}

/** The order a header click asks for (its column and direction), the default when it cleared the order. */
export function orderOfHeader<S extends string>(
  orders: ListOrder<S>[],
  fallback: S,
  column: unknown,
  direction: SortOrder | undefined,
): S {
  return orders.find((order) => order.column === column && order.order === direction)?.value ?? fallback;
}

/** The order a table's sort change asks for (antd hands one sorter, or several when columns sort together). */
export function orderOfSorter<S extends string, Row>(
  orders: ListOrder<S>[],
  fallback: S,
  sorter: SorterResult<Row> | SorterResult<Row>[],
): S {
  const single = Array.isArray(sorter) ? sorter[0] : sorter;
  return orderOfHeader(orders, fallback, single?.columnKey, single?.order);
}

/**
 * The order a click on a column's header asks for, as Ant Design's headers cycle: through the column's directions
 * as listed, then back to the list's default.
 */
export function orderAfterHeaderClick<S extends string>(
  orders: ListOrder<S>[],
  fallback: S,
  column: string,
  current: S,
): S {
  const own = orders.filter((order) => order.column === column);
  const position = own.findIndex((order) => order.value === current);
  return own[position + 1]?.value ?? (position === -1 ? (own[0]?.value ?? fallback) : fallback);
}
