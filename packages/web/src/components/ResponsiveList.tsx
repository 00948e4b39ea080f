import { Fragment, useState, type CSSProperties, type ReactNode } from 'react';
import { Card, Flex, Pagination, Select, Spin, Typography, theme } from 'antd';
import type { ColumnType } from 'antd/es/table';
import { BehindColumns, cellOf, useFitColumns, type FitColumn } from './fitColumns';
import { SortButton, useLightTableStyle } from './LightTable';
import { orderAfterHeaderClick, type ListOrder } from './listOrders';
import { useI18n } from '../lib/i18n';
import { useIsPhone } from '../lib/useIsPhone';
import { VisuallyHidden, visuallyHidden } from './VisuallyHidden';

export type { ListOrder } from './listOrders';

/**
 * A column of a responsive list. On a phone each column is a line of the item's card: `card: 'bare'` shows the
 * value without its label (a tag that names itself, buttons), `card: false` leaves it out (it is the card's
 * heading, or too minor for a small screen).
 */
export type ListColumn<T> = FitColumn<T> & { key: string; card?: 'bare' | false };

interface Props<T extends { id: number | string }, S extends string> {
  /** Names the table (its caption) and the list of cards, for screen readers. */
  label: string;
  columns: ListColumn<T>[];
  items: T[];
  loading: boolean;
  emptyText: ReactNode;
  page: number;
  pageSize: number;
  total: number;
  onPageChange: (page: number, pageSize: number) => void;
  /** The page sizes a wide screen may choose from; without them the page size is fixed. */
  pageSizes?: number[];
  /** "25 văn bản": beside the table's pages, above the cards. */
  countText?: (total: number) => ReactNode;
  /**
   * The table's width when its columns have fixed ones, `false` to fit it to the page (its cells wrap); by default
   * as wide as its content.
   */
  scrollX?: number | false;
  /**
   * The list's order as the address holds it; `orders` lists them in the order a header click cycles through.
   * A phone chooses it from a select above the cards, unless the page's filters offer one (`phoneSelect: false`).
   */
  sort?: { value: S; orders: ListOrder<S>[]; fallback: S; onChange: (sort: S) => void; phoneSelect?: false };
  /** The card of an item on a phone: its heading (a link to the item), a line under it, a corner. */
  card: { title: (item: T) => ReactNode; description?: (item: T) => ReactNode; extra?: (item: T) => ReactNode };
  /** Marks an item that needs attention (an overdue task): its row is tinted, its card edged in red. */
  alert?: (item: T) => boolean;
}

// The cards' <li> must be the list's own children (axe: list), so the list itself lays them out.
const cardList: CSSProperties = {
  listStyle: 'none',
  margin: 0,
  padding: 0,
  display: 'flex',
  flexDirection: 'column',
  gap: 12,
};

/**
 * A list of records paged by the server: a table on a wide screen, a list of cards on a phone, both from one
 * set of columns. Its order and page are the page's (kept in the address); a phone chooses the order from a select.
 */
export function ResponsiveList<T extends { id: number | string }, S extends string>(props: Props<T, S>) {
  const isPhone = useIsPhone();
  return isPhone ? <ListCards {...props} /> : <ListTable {...props} />;
}

function ListTable<T extends { id: number | string }, S extends string>(props: Props<T, S>) {
  const { label, columns, items, loading, emptyText, page, pageSize, total, onPageChange, sort, alert } = props;
  const { pageSizes, countText, scrollX = 'max-content' } = props;
  const { t } = useI18n();
  const { token } = theme.useToken();
  const style = useLightTableStyle('middle');
  const fitted = useFitColumns(columns);
  const [open, setOpen] = useState<ReadonlySet<T['id']>>(new Set());
  const hasBehind = fitted.behind.length > 0;
  const toggle = (id: T['id']) =>
    setOpen((was) => {
      const next = new Set(was);
      if (!next.delete(id)) next.add(id);
      return next;
    });
  const widthOf = (column: ColumnType<T>): CSSProperties => ({
    textAlign: column.align === 'right' ? 'end' : column.align === 'center' ? 'center' : 'start',
    width: column.width,
    minWidth: column.minWidth,
  });
  const span = fitted.columns.length + (hasBehind ? 1 : 0);
  return (
    <Spin spinning={loading}>
      <div className="light-table" style={style}>
        <div className="light-table-scroll">
          <table
            className={scrollX === false ? 'light-table-wrap' : undefined}
            style={scrollX === false ? undefined : { width: scrollX, minWidth: '100%' }}
          >
            <caption style={visuallyHidden}>{label}</caption>
            <thead>
              <tr>
                {hasBehind && (
                  <th scope="col" style={{ width: 48 }}>
                    <VisuallyHidden>{t('common.moreColumns')}</VisuallyHidden>
                  </th>
                )}
                {fitted.columns.map((column) => {
                  const key = String(column.key);
                  const sortable = sort && sort.orders.some((order) => order.column === key);
                  const current = sort?.orders.find((order) => order.value === sort.value && order.column === key);
                  const order = current ? (current.order === 'ascend' ? 'ascending' : 'descending') : undefined;
                  const title = column.title as ReactNode;
                  return (
                    <th key={key} scope="col" aria-sort={order} style={widthOf(column)}>
                      {sortable ? (
                        <span className={column.align === 'right' ? 'light-table-head end' : 'light-table-head'}>
                          <SortButton
                            title={title}
                            order={order}
                            onClick={() =>
                              sort.onChange(orderAfterHeaderClick(sort.orders, sort.fallback, key, sort.value))
                            }
                          />
                        </span>
                      ) : (
                        title
                      )}
                    </th>
                  );
                })}
              </tr>
            </thead>
            <tbody>
              {items.length === 0 ? (
                <tr>
                  <td colSpan={span} className="light-table-empty">
                    {!loading && emptyText}
                  </td>
                </tr>
              ) : (
                items.map((item, index) => {
                  const expanded = open.has(item.id);
                  const tint = alert?.(item) ? { background: token.colorErrorBg } : undefined;
                  return (
                    <Fragment key={item.id}>
                      <tr style={tint}>
                        {hasBehind && (
                          <td>
                            <button
                              type="button"
                              className="light-table-expand"
                              aria-expanded={expanded}
                              aria-label={t('common.moreColumns')}
                              onClick={() => toggle(item.id)}
                            >
                              {expanded ? '−' : '+'}
                            </button>
                          </td>
                        )}
                        {fitted.columns.map((column) => (
                          <td key={String(column.key)} style={widthOf(column)}>
                            {cellOf(column, item, index)}
                          </td>
                        ))}
                      </tr>
                      {expanded && (
                        <tr className="light-table-behind">
                          <td colSpan={span}>
                            <BehindColumns columns={fitted.behind} record={item} index={index} />
                          </td>
                        </tr>
                      )}
                    </Fragment>
                  );
                })
              )}
            </tbody>
          </table>
        </div>
        {total > 0 && (
          <Pagination
            align="end"
            style={{ marginTop: 16 }}
            current={page}
            pageSize={pageSize}
            total={total}
            showSizeChanger={Boolean(pageSizes)}
            pageSizeOptions={pageSizes}
            showTotal={countText}
            onChange={onPageChange}
          />
        )}
      </div>
    </Spin>
  );
}

function ListCards<T extends { id: number | string }, S extends string>(props: Props<T, S>) {
  const { label, columns, items, loading, emptyText, page, pageSize, total, onPageChange, sort, card } = props;
  const { alert, countText } = props;
  const { t } = useI18n();
  const { token } = theme.useToken();
  const lines = columns.filter((column) => column.card !== false);
  const titleOf = (key: string) => {
    const title = columns.find((column) => column.key === key)?.title;
    return typeof title === 'string' ? title : key;
  };
  return (
    <Spin spinning={loading}>
      <Flex vertical gap={12}>
        {sort && sort.phoneSelect !== false && (
          <Select<S>
            aria-label={t('common.sortBy')}
            prefix={`${t('common.sortBy')}:`}
            value={sort.value}
            onChange={sort.onChange}
            options={sort.orders.map((order) => ({
              value: order.value,
              label: `${titleOf(order.column)} (${t(order.order === 'ascend' ? 'common.ascending' : 'common.descending')})`,
            }))}
          />
        )}
        {countText && <Typography.Text type="secondary">{countText(total)}</Typography.Text>}
        {items.length === 0 && !loading ? (
          emptyText
        ) : (
          <ul aria-label={label} style={cardList}>
            {items.map((item, index) => (
              <li key={item.id}>
                <Card
                  size="small"
                  // A tinted card would hide the tags' own red: an edge marks it instead.
                  style={alert?.(item) ? { borderColor: token.colorError, borderInlineStartWidth: 4 } : undefined}
                  styles={{ header: { paddingBlock: token.paddingXS }, title: { whiteSpace: 'normal' } }}
                  title={
                    // Each card's heading sits below the page's <h1>.
                    <Typography.Title
                      level={2}
                      style={{ margin: 0, fontSize: token.fontSize, lineHeight: token.lineHeight }}
                    >
                      {card.title(item)}
                    </Typography.Title>
                  }
                  extra={card.extra?.(item)}
                >
                  <Flex vertical gap={6}>
                    {card.description && <Typography.Text type="secondary">{card.description(item)}</Typography.Text>}
                    <Flex wrap gap="4px 12px" align="center">
                      {lines.map((column) => (
                        <span key={column.key}>
                          {column.card !== 'bare' && typeof column.title === 'string' && (
                            <Typography.Text type="secondary">{column.title}: </Typography.Text>
                          )}
                          {cellOf(column, item, index)}
                        </span>
                      ))}
                    </Flex>
                  </Flex>
                </Card>
              </li>
            ))}
          </ul>
        )}
        {total > pageSize && (
          <Pagination
            align="center"
            size="small"
            current={page}
            pageSize={pageSize}
            total={total}
            showSizeChanger={false}
            onChange={onPageChange}
          />
        )}
      </Flex>
    </Spin>
  );
}
