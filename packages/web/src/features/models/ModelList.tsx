import { useState, type ReactNode } from 'react';
import { Button, Tag, Tooltip } from 'antd';
import { EditOutlined } from '@ant-design/icons';
import { Link } from 'react-router-dom';
import { formatDateVi, formatNumberVi, modelFields, type ModelSort, type ModelSummary } from '@danvan/shared';
import { ResponsiveList, type ListColumn, type ListOrder } from '../../components/ResponsiveList';
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

const defaultSort: ModelSort = '-registeredOn';
const orders: ListOrder<ModelSort>[] = [
  { value: '-registeredOn', column: 'registeredOn', order: 'descend' },
  { value: 'registeredOn', column: 'registeredOn', order: 'ascend' },
  { value: 'name', column: 'name', order: 'ascend' },
  { value: '-name', column: 'name', order: 'descend' },
  { value: 'unit', column: 'unit', order: 'ascend' },
  { value: 'status', column: 'status', order: 'ascend' },
  { value: '-score', column: 'score', order: 'descend' },
  { value: 'score', column: 'score', order: 'ascend' },
];

/** The models, ordered by the server (name, unit, date, status, score) and paged here: it sends them all. */
export function ModelList({ items, loading, sort, emptyText, onSortChange, onEdit }: Props) {
  const { t, lang } = useI18n();
  const [paging, setPaging] = useState({ page: 1, pageSize: 50 });
  // A narrower filter can leave the page past the end: back to the first.
  const page = (paging.page - 1) * paging.pageSize < items.length ? paging.page : 1;
  const shown = items.slice((page - 1) * paging.pageSize, page * paging.pageSize);

  const columns: ListColumn<ModelSummary>[] = [
    {
      key: 'name',
      title: t('models.name'),
      minWidth: 260,
      card: false,
      render: (_, model) => (
        <Link to={`/models/${model.id}`} style={{ fontWeight: 500 }}>
          {model.name}
        </Link>
      ),
    },
    { key: 'unit', title: t('models.unit'), width: 150, hideBelow: 'phone', card: false, render: (_, m) => m.unitName },
    {
      key: 'field',
      title: t('models.field'),
      width: 170,
      hideBelow: 'wide',
      card: 'bare',
      render: (_, model) => <Tag style={{ marginInlineEnd: 0 }}>{modelFields[model.field][lang]}</Tag>,
    },
    {
      key: 'registeredOn',
      title: t('models.registeredOn'),
      width: 140,
      hideBelow: 'phone',
      card: false,
      render: (_, model) => <span style={{ whiteSpace: 'nowrap' }}>{formatDateVi(model.registeredOn)}</span>,
    },
    {
      key: 'status',
      title: t('models.status'),
      width: 200,
      card: 'bare',
      render: (_, model) => <ModelStatusTag model={model} />,
    },
    {
      key: 'score',
      title: t('models.score'),
      width: 90,
      align: 'right',
      hideBelow: 'phone',
      render: (_, model) => (model.score === null ? '—' : formatNumberVi(model.score)),
    },
    {
      key: 'actions',
      title: t('common.actions'),
      // "Thao tác" on one line at 1366 px (70 wrapped it).
      width: 96,
      align: 'center',
      card: false,
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

  return (
    <ResponsiveList
      label={t('models.title')}
      columns={columns}
      items={shown}
      loading={loading}
      emptyText={emptyText}
      page={page}
      pageSize={paging.pageSize}
      total={items.length}
      onPageChange={(next, pageSize) => setPaging({ page: pageSize === paging.pageSize ? next : 1, pageSize })}
      pageSizes={[20, 50, 100]}
      countText={(count) => t('models.count', { count: formatNumberVi(count) })}
      scrollX={false}
      sort={{
        value: sort,
        orders,
        fallback: defaultSort,
        onChange: (next) => onSortChange(next === defaultSort ? undefined : next),
      }}
      card={{
        title: (model) => <Link to={`/models/${model.id}`}>{model.name}</Link>,
        description: (model) => `${model.unitName} · ${formatDateVi(model.registeredOn)}`,
      }}
    />
  );
}
