import type { ReactNode } from 'react';
import { Button, Table, Tag, Tooltip } from 'antd';
import type { ColumnsType, SorterResult } from 'antd/es/table/interface';
import { EditOutlined } from '@ant-design/icons';
import { Link } from 'react-router-dom';
import { documentTypes, formatDateVi, type DocumentSummary } from '@danvan/shared';
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
  page: number;
  pageSize: number;
  emptyText: ReactNode;
  /** The list's address query, so the detail page can lead back to the same search. */
  listSearch: string;
  onSortChange: (sort: DocumentSort | undefined) => void;
  onPageChange: (page: number, pageSize: number) => void;
  onEdit: (doc: DocumentSummary) => void;
}

function sortOf(sorter: SorterResult<DocumentSummary>): DocumentSort | undefined {
  if (sorter.columnKey === 'symbol' && sorter.order) return 'symbol';
  if (sorter.columnKey === 'issuedOn' && sorter.order) return sorter.order === 'ascend' ? 'issuedOn' : '-issuedOn';
  return undefined;
}

/** The register as a table; paging and ordering (date, number/symbol) are done by the server. */
export function DocumentsTable(props: Props) {
  const {
    items,
    total,
    totalCapped,
    loading,
    sort,
    page,
    pageSize,
    emptyText,
    listSearch,
    onSortChange,
    onPageChange,
    onEdit,
  } = props;
  const { t, lang } = useI18n();

  const columns: ColumnsType<DocumentSummary> = [
    {
      title: t('document.symbol'),
      dataIndex: 'symbol',
      key: 'symbol',
      width: 140,
      sorter: true,
      sortDirections: ['ascend'],
      sortOrder: sort === 'symbol' ? 'ascend' : null,
      render: (symbol: string, doc) => (
        <Link to={`/documents/${doc.id}`} state={{ listSearch }} style={{ whiteSpace: 'nowrap', fontWeight: 500 }}>
          {symbol}
        </Link>
      ),
    },
    {
      title: <span style={{ whiteSpace: 'nowrap' }}>{t('document.issuedOn')}</span>,
      dataIndex: 'issuedOn',
      key: 'issuedOn',
      width: 140,
      sorter: true,
      sortDirections: ['descend', 'ascend'],
      sortOrder: sort === 'issuedOn' ? 'ascend' : sort === '-issuedOn' ? 'descend' : null,
      render: (issuedOn: string) => formatDateVi(issuedOn),
    },
    {
      title: t('document.title'),
      key: 'title',
      minWidth: 280,
      render: (_, doc) => <DocumentTitleCell doc={doc} />,
    },
    {
      title: t('document.type'),
      dataIndex: 'type',
      width: 110,
      render: (type: DocumentSummary['type']) => <Tag>{documentTypes[type][lang]}</Tag>,
    },
    { title: t('document.unit'), dataIndex: 'unitName', width: 170 },
    {
      title: t('document.attachments'),
      key: 'attachments',
      width: 100,
      align: 'center',
      render: (_, doc) => <AttachmentCount count={doc.attachments.length} />,
    },
    {
      title: t('common.actions'),
      key: 'actions',
      width: 70,
      align: 'center',
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
    <Table<DocumentSummary>
      rowKey="id"
      size="middle"
      columns={columns}
      dataSource={items}
      loading={loading}
      scroll={{ x: 1000 }}
      locale={{ emptyText }}
      onChange={(pagination, _filters, sorter, extra) => {
        if (extra.action === 'sort') onSortChange(sortOf(Array.isArray(sorter) ? sorter[0] : sorter));
        else if (extra.action === 'paginate') onPageChange(pagination.current ?? 1, pagination.pageSize ?? pageSize);
      }}
      pagination={{
        current: page,
        pageSize,
        total,
        showSizeChanger: true,
        pageSizeOptions: pageSizes,
        showTotal: (count) => documentCountText(t, count, totalCapped),
      }}
    />
  );
}
