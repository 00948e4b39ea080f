import type { ReactNode } from 'react';
import { Button, Table, Tag, Tooltip } from 'antd';
import type { SortOrder, SorterResult } from 'antd/es/table/interface';
import { EditOutlined } from '@ant-design/icons';
import { Link } from 'react-router-dom';
import { formatDateVi, formatNumberVi, modelFields, type ModelSort, type ModelSummary } from '@danvan/shared';
import { useFitColumns, type FitColumn } from '../../components/fitColumns';
import { useI18n } from '../../lib/i18n';
import { ModelStatusTag } from './ModelStatusTag';

interface Props {
  items: ModelSummary[];
  loading: boolean;
  sort: ModelSort;
  emptyText: ReactNode;
  onSortChange: (sort: ModelSort | undefined) => void;
  onEdit: (model: ModelSummary) => void;
}

/** Column key → the server's orders for ascending and descending. */
const sortsByColumn: Record<string, { ascend: ModelSort; descend: ModelSort }> = {
  name: { ascend: 'name', descend: '-name' },
  registeredOn: { ascend: 'registeredOn', descend: '-registeredOn' },
  score: { ascend: 'score', descend: '-score' },
  unit: { ascend: 'unit', descend: 'unit' },
  status: { ascend: 'status', descend: 'status' },
};

function orderOf(column: string, sort: ModelSort): SortOrder {
  const sorts = sortsByColumn[column];
  if (sorts.ascend === sort) return 'ascend';
  return sorts.descend === sort ? 'descend' : null;
}

function sortOf(sorter: SorterResult<ModelSummary>): ModelSort | undefined {
  const sorts = typeof sorter.columnKey === 'string' ? sortsByColumn[sorter.columnKey] : undefined;
  return sorts && sorter.order ? sorts[sorter.order] : undefined;
}

/** The models as a table, ordered by the server (name, unit, date, status, score). */
export function ModelsTable({ items, loading, sort, emptyText, onSortChange, onEdit }: Props) {
  const { t, lang } = useI18n();
  const sortable = (key: string, directions: SortOrder[]) => ({
    key,
    sorter: true,
    sortDirections: directions,
    sortOrder: orderOf(key, sort),
  });

  const columns: FitColumn<ModelSummary>[] = [
    {
      title: t('models.name'),
      ...sortable('name', ['ascend', 'descend']),
      minWidth: 260,
      render: (_, model) => (
        <Link to={`/models/${model.id}`} style={{ fontWeight: 500 }}>
          {model.name}
        </Link>
      ),
    },
    {
      title: t('models.unit'),
      dataIndex: 'unitName',
      ...sortable('unit', ['ascend']),
      width: 150,
      hideBelow: 'phone',
    },
    {
      title: t('models.field'),
      dataIndex: 'field',
      width: 170,
      hideBelow: 'wide',
      render: (field: ModelSummary['field']) => <Tag>{modelFields[field][lang]}</Tag>,
    },
    {
      title: <span style={{ whiteSpace: 'nowrap' }}>{t('models.registeredOn')}</span>,
      dataIndex: 'registeredOn',
      ...sortable('registeredOn', ['descend', 'ascend']),
      width: 140,
      hideBelow: 'phone',
      render: (date: string) => <span style={{ whiteSpace: 'nowrap' }}>{formatDateVi(date)}</span>,
    },
    {
      title: t('models.status'),
      ...sortable('status', ['ascend']),
      width: 200,
      render: (_, model) => <ModelStatusTag model={model} />,
    },
    {
      title: t('models.score'),
      dataIndex: 'score',
      ...sortable('score', ['descend', 'ascend']),
      width: 90,
      align: 'right',
      hideBelow: 'phone',
      render: (score: number | null) => (score === null ? '—' : formatNumberVi(score)),
    },
    {
      title: t('common.actions'),
      key: 'actions',
      width: 70,
      align: 'center',
      render: (_, model) =>
        model.abilities.update && (
          <Tooltip title={t('models.edit')}>
            <Button
              size="small"
              icon={<EditOutlined aria-hidden />}
              aria-label={t('models.editTitle', { name: model.name })}
              onClick={() => onEdit(model)}
            />
          </Tooltip>
        ),
    },
  ];

  const fitted = useFitColumns(columns);

  return (
    <Table<ModelSummary>
      rowKey="id"
      size="middle"
      columns={fitted.columns}
      expandable={fitted.expandable}
      dataSource={items}
      loading={loading}
      locale={{ emptyText }}
      onChange={(_pagination, _filters, sorter, extra) => {
        if (extra.action === 'sort') onSortChange(sortOf(Array.isArray(sorter) ? sorter[0] : sorter));
      }}
      pagination={{
        defaultPageSize: 50,
        showSizeChanger: true,
        showTotal: (count) => t('models.count', { count: formatNumberVi(count) }),
      }}
    />
  );
}
