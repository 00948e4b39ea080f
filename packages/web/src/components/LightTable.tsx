import { useMemo, useState, useSyncExternalStore, type CSSProperties, type ReactNode } from 'react';
import { Button, Checkbox, Popover, Spin, theme } from 'antd';
import { CaretDownFilled, CaretUpFilled, FilterFilled } from '@ant-design/icons';
import { useI18n } from '../lib/i18n';
import { visuallyHidden } from './VisuallyHidden';

export type LightColumn<T> = {
  key: string;
  title: string;
  render: (row: T) => ReactNode;
  align?: 'start' | 'end';
  /** Sorts the rows on the page's side; the header then cycles ascending, descending, as loaded. */
  sorter?: (a: T, b: T) => number;
  /** The values the column can be narrowed to (any of the ticked ones), chosen from its header. */
  filters?: { text: string; value: string }[];
  onFilter?: (value: string, row: T) => boolean;
  /** Stays in view while the table scrolls sideways (the name of the row). */
  sticky?: boolean;
  /** Left out below Ant Design's `lg` breakpoint (992 px), where the table would not fit. */
  wideOnly?: boolean;
};

interface Props<T> {
  /** Names the table (its caption, for screen readers). */
  label: string;
  columns: LightColumn<T>[];
  rows: T[];
  rowKey: (row: T) => string | number;
  emptyText: ReactNode;
  loading?: boolean;
  /** Rows per page; the pages show only when there is more than one. */
  pageSize?: number;
  size?: 'small' | 'middle';
  testId?: string;
}

type Sort = { key: string; order: 'ascending' | 'descending' } | null;

const wideQuery = '(min-width: 992px)';

function subscribeWide(listener: () => void): () => void {
  const list = window.matchMedia(wideQuery);
  list.addEventListener('change', listener);
  return () => list.removeEventListener('change', listener);
}

/**
 * A read-only list of loaded rows as a plain `<table>`, in Ant Design's look (its tokens), with sorting, filters,
 * pages and an empty state: Ant Design's `Table` brings ~60 KB (brotli) of selection, virtual lists, selects,
 * trees and forms with it, which the chart screens' lists do not use. Scrolls sideways on a narrow screen (the
 * frame's useScrollableTables makes the scrolling box a named tab stop). Its styles, LightTable.css, are loaded by
 * main.tsx.
 */
export function LightTable<T>({
  label,
  columns,
  rows,
  rowKey,
  emptyText,
  loading = false,
  pageSize = 50,
  size = 'middle',
  testId,
}: Props<T>) {
  const { t } = useI18n();
  const [sort, setSort] = useState<Sort>(null);
  const [filters, setFilters] = useState<Record<string, string[]>>({});
  const [page, setPage] = useState(1);
  const wide = useSyncExternalStore(subscribeWide, () => window.matchMedia(wideQuery).matches);
  const shown = columns.filter((column) => wide || !column.wideOnly);

  const visible = useMemo(() => {
    let result = rows.filter((row) =>
      columns.every((column) => {
        const chosen = filters[column.key];
        return !chosen?.length || !column.onFilter || chosen.some((value) => column.onFilter?.(value, row));
      }),
    );
    const sorter = sort && columns.find((column) => column.key === sort.key)?.sorter;
    if (sort && sorter) {
      result = [...result].sort((a, b) => (sort.order === 'ascending' ? sorter(a, b) : sorter(b, a)));
    }
    return result;
  }, [rows, columns, filters, sort]);

  const pages = Math.max(1, Math.ceil(visible.length / pageSize));
  const current = Math.min(page, pages);
  const pageRows = visible.slice((current - 1) * pageSize, current * pageSize);

  const cycleSort = (key: string) => {
    setSort((was) => {
      if (was?.key !== key) return { key, order: 'ascending' };
      return was.order === 'ascending' ? { key, order: 'descending' } : null;
    });
  };

  const style = useLightTableStyle(size);

  return (
    <Spin spinning={loading}>
      <div className="light-table" style={style} data-testid={testId}>
        <div className="light-table-scroll">
          <table>
            <caption style={visuallyHidden}>{label}</caption>
            <thead>
              <tr>
                {shown.map((column) => {
                  const order = sort?.key === column.key ? sort.order : undefined;
                  return (
                    <th
                      key={column.key}
                      scope="col"
                      aria-sort={order}
                      className={column.sticky ? 'light-table-sticky' : undefined}
                      style={{ textAlign: column.align === 'end' ? 'end' : 'start' }}
                    >
                      <span className={column.align === 'end' ? 'light-table-head end' : 'light-table-head'}>
                        {column.sorter ? (
                          <SortButton title={column.title} order={order} onClick={() => cycleSort(column.key)} />
                        ) : (
                          column.title
                        )}
                        {column.filters && (
                          <ColumnFilter
                            title={column.title}
                            options={column.filters}
                            chosen={filters[column.key] ?? []}
                            onChange={(chosen) => {
                              setFilters((was) => ({ ...was, [column.key]: chosen }));
                              setPage(1);
                            }}
                          />
                        )}
                      </span>
                    </th>
                  );
                })}
              </tr>
            </thead>
            <tbody>
              {pageRows.length === 0 ? (
                <tr>
                  <td colSpan={shown.length} className="light-table-empty">
                    {emptyText}
                  </td>
                </tr>
              ) : (
                pageRows.map((row) => (
                  <tr key={rowKey(row)}>
                    {shown.map((column) => (
                      <td
                        key={column.key}
                        className={column.sticky ? 'light-table-sticky' : undefined}
                        style={{ textAlign: column.align === 'end' ? 'end' : 'start' }}
                      >
                        {column.render(row)}
                      </td>
                    ))}
                  </tr>
                ))
              )}
            </tbody>
          </table>
        </div>
        {pages > 1 && (
          <nav aria-label={t('common.pages')} className="light-table-pages">
            {Array.from({ length: pages }, (_, index) => index + 1).map((number) => (
              <Button
                key={number}
                size="small"
                type={number === current ? 'primary' : 'default'}
                aria-current={number === current ? 'page' : undefined}
                aria-label={t('common.page', { page: number })}
                onClick={() => setPage(number)}
              >
                {number}
              </Button>
            ))}
          </nav>
        )}
      </div>
    </Spin>
  );
}

/** Ant Design's table tokens as the variables of LightTable.css, for a table drawn in its look. */
export function useLightTableStyle(size: 'small' | 'middle'): CSSProperties {
  const { token } = theme.useToken();
  return {
    '--lt-border': token.colorBorderSecondary,
    '--lt-head-bg': token.colorFillAlter,
    '--lt-split': token.colorSplit,
    '--lt-head-color': token.colorTextHeading,
    '--lt-color': token.colorText,
    '--lt-active': token.colorPrimary,
    '--lt-muted': token.colorTextSecondary,
    '--lt-radius': `${token.borderRadiusLG}px`,
    '--lt-pad': size === 'small' ? `${token.paddingXS}px` : `${token.padding - 4}px ${token.paddingXS}px`,
    fontSize: token.fontSize,
  } as CSSProperties;
}

/** A header that sorts: its title and the two carets, the one in force lit. */
export function SortButton(props: {
  title: ReactNode;
  order: 'ascending' | 'descending' | undefined;
  onClick: () => void;
}) {
  const { title, order, onClick } = props;
  return (
    <button type="button" className="light-table-sort" onClick={onClick}>
      {title}
      <span className="light-table-carets" aria-hidden>
        <CaretUpFilled className={order === 'ascending' ? 'on' : undefined} />
        <CaretDownFilled className={order === 'descending' ? 'on' : undefined} />
      </span>
    </button>
  );
}

function ColumnFilter(props: {
  title: string;
  options: { text: string; value: string }[];
  chosen: string[];
  onChange: (chosen: string[]) => void;
}) {
  const { title, options, chosen, onChange } = props;
  const { t } = useI18n();
  return (
    <Popover
      trigger="click"
      placement="bottom"
      content={
        <fieldset className="light-table-filter">
          <legend style={visuallyHidden}>{t('common.filterBy', { column: title })}</legend>
          <Checkbox.Group
            style={{ display: 'flex', flexDirection: 'column', gap: 6 }}
            value={chosen}
            onChange={(values) => onChange(values)}
            options={options.map((option) => ({ label: option.text, value: option.value }))}
          />
          <Button size="small" type="link" disabled={chosen.length === 0} onClick={() => onChange([])}>
            {t('common.resetFilter')}
          </Button>
        </fieldset>
      }
    >
      <button
        type="button"
        className={chosen.length ? 'light-table-filter-button on' : 'light-table-filter-button'}
        aria-label={t('common.filterBy', { column: title })}
        aria-pressed={chosen.length > 0}
      >
        <FilterFilled aria-hidden />
      </button>
    </Popover>
  );
}
