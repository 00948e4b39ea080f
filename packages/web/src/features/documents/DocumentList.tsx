import type { CSSProperties, ReactNode } from 'react';
import { Button, Tag, Tooltip, Typography } from 'antd';
import { EditOutlined } from '@ant-design/icons';
import { Link } from 'react-router-dom';
import { documentTypes, formatDateVi, type DocumentSummary } from '@danvan/shared';
import { ResponsiveList, type ListColumn, type ListOrder } from '../../components/ResponsiveList';
import { useI18n } from '../../lib/i18n';
import { pageSizes, type DocumentSort } from './documentFilters';
import { AttachmentCount } from './AttachmentCount';
import { documentCountText } from './documentCount';
import { DocumentTitleCell } from './DocumentTitleCell';

interface Props {
  items: DocumentSummary[];
  total: number;
  /** The server counted up to `total` and stopped: there are more. */
  totalCapped: boolean;
  loading: boolean;
  sort: DocumentSort;
  /** The order the server applies when the address names none: best match while searching, else newest. */
  defaultSort: DocumentSort;
  page: number;
  pageSize: number;
  emptyText: ReactNode;
  /** The list's address query, so the detail page can lead back to the same search. */
  listSearch: string;
  onSortChange: (sort: DocumentSort | undefined) => void;
  onPageChange: (page: number, pageSize: number) => void;
  onEdit: (doc: DocumentSummary) => void;
}

/** The register, paged and ordered (date, number/symbol) by the server: a table, or cards on a phone. */
export function DocumentList(props: Props) {
  const { items, total, totalCapped, loading, sort, defaultSort, page, pageSize, emptyText, listSearch } = props;
  const { onSortChange, onPageChange, onEdit } = props;
  const { t, lang } = useI18n();
  // Best match while searching has no column: the filter bar's select offers it.
  const orders: ListOrder<DocumentSort>[] = [
    { value: '-issuedOn', column: 'issuedOn', order: 'descend' },
    { value: 'issuedOn', column: 'issuedOn', order: 'ascend' },
    { value: 'symbol', column: 'symbol', order: 'ascend' },
  ];
  const symbolLink = (doc: DocumentSummary, style?: CSSProperties) => (
    <Link to={`/documents/${doc.id}`} state={{ listSearch }} style={style}>
      {doc.symbol}
    </Link>
  );

  const columns: ListColumn<DocumentSummary>[] = [
    {
      key: 'symbol',
      title: t('document.symbol'),
      width: 140,
      card: false,
      render: (_, doc) => symbolLink(doc, { whiteSpace: 'nowrap', fontWeight: 500 }),
    },
    {
      key: 'issuedOn',
      title: <span style={{ whiteSpace: 'nowrap' }}>{t('document.issuedOn')}</span>,
      width: 140,
      card: false,
      render: (_, doc) => formatDateVi(doc.issuedOn),
    },
    {
      key: 'title',
      title: t('document.title'),
      minWidth: 280,
      card: 'bare',
      render: (_, doc) => <DocumentTitleCell doc={doc} />,
    },
    {
      key: 'type',
      title: t('document.type'),
      width: 110,
      card: 'bare',
      render: (_, doc) => <Tag style={{ marginInlineEnd: 0 }}>{documentTypes[doc.type][lang]}</Tag>,
    },
    {
      key: 'unit',
      title: t('document.unit'),
      width: 170,
      render: (_, doc) => doc.unitName,
    },
    {
      key: 'attachments',
      title: t('document.attachments'),
      width: 100,
      align: 'center',
      card: 'bare',
      render: (_, doc) => <AttachmentCount count={doc.attachments.length} />,
    },
    {
      key: 'actions',
      title: t('common.actions'),
      width: 70,
      align: 'center',
      card: false,
      render: (_, doc) =>
        doc.abilities.update && (
          <Tooltip title={t('document.edit')}>
            <Button
              size="small"
              icon={<EditOutlined aria-hidden />}
              aria-label={t('document.editTitle', { symbol: doc.symbol })}
              onClick={() => onEdit(doc)}
            />
          </Tooltip>
        ),
    },
  ];

  return (
    <ResponsiveList
      label={t('documents.title')}
      columns={columns}
      items={items}
      loading={loading}
      emptyText={emptyText}
      page={page}
      pageSize={pageSize}
      total={total}
      onPageChange={onPageChange}
      pageSizes={pageSizes}
      countText={(count) => documentCountText(t, count, totalCapped)}
      // As wide as the page: a title or a unit's name wraps, the attachments and the actions stay in view at 1366 px.
      scrollX={false}
      sort={{
        value: sort,
        orders,
        fallback: defaultSort,
        onChange: (next) => onSortChange(next === defaultSort ? undefined : next),
        phoneSelect: false,
      }}
      card={{
        title: symbolLink,
        extra: (doc) => <Typography.Text type="secondary">{formatDateVi(doc.issuedOn)}</Typography.Text>,
      }}
    />
  );
}
