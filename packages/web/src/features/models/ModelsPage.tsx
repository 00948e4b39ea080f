import { lazy, Suspense, useState } from 'react';
import { Button, Card, Collapse, Empty, Flex } from 'antd';
import { FileExcelOutlined, PlusOutlined } from '@ant-design/icons';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Link } from 'react-router-dom';
import type { ModelSummary } from '@danvan/shared';
import { useMe } from '../../app/authContext';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useI18n } from '../../lib/i18n';
import { useIsPhone } from '../../lib/useIsPhone';
import { useShownOnce } from '../../lib/useShownOnce';
import { DownloadButton } from '../../components/DownloadButton';
import { exportPath, fetchModels, modelKeys } from './api';
import { ModelFilterBar } from './ModelFilterBar';
import { hasModelFilters } from './modelFilters';
import { ModelsChart } from './ModelsChart';
import { ModelList } from './ModelList';
import { useModelFilters } from './useModelFilters';
import { PageTitle } from '../../components/PageTitle';
import { modelMessages } from './messages';
import { installMessages } from '../../lib/messages';
import { loadChunk } from '../../lib/loadChunk';

// The strings this page shows, fetched with it (app/pageMessages.test.ts checks the list).
installMessages([modelMessages]);

// The form brings Ant Design's Form, its validator and the date picker: fetched on the first click, not with the list.
const ModelFormModal = lazy(() =>
  loadChunk(() => import('./ModelFormModal')).then((module) => ({ default: module.ModelFormModal })),
);

/** /models — "Dân vận khéo" models of the account's scope: search, filters, chart, export, registration. */
export function ModelsPage() {
  const { t } = useI18n();
  const me = useMe();
  const isPhone = useIsPhone();
  const { filters, setFilters, clearFilters } = useModelFilters();
  const [creating, setCreating] = useState(false);
  const createOpened = useShownOnce(creating);
  const [editing, setEditing] = useState<ModelSummary | null>(null);
  const list = useQuery({
    queryKey: modelKeys.list(filters),
    queryFn: () => fetchModels(filters),
    placeholderData: keepPreviousData,
  });
  // The server's rule (model.register): every role but viewers registers models.
  const canCreate = me.abilities.registerModels;
  const items = list.data ?? [];
  const emptyText = (
    <Empty
      image={Empty.PRESENTED_IMAGE_SIMPLE}
      description={t(hasModelFilters(filters) ? 'models.noMatch' : 'models.empty')}
    />
  );

  return (
    <Card>
      <Flex vertical gap={16}>
        <Flex justify="space-between" align="center" gap={12} wrap>
          <PageTitle>{t('models.title')}</PageTitle>
          <Flex gap={8} wrap>
            <Link to="/movements">
              <Button>{t('movements.title')}</Button>
            </Link>
            <DownloadButton
              path={exportPath(filters)}
              fallbackName="danh-sach-mo-hinh.xlsx"
              icon={<FileExcelOutlined aria-hidden />}
            >
              {t('models.export')}
            </DownloadButton>
            {canCreate && (
              <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={() => setCreating(true)}>
                {t('models.add')}
              </Button>
            )}
          </Flex>
        </Flex>
        <ModelFilterBar filters={filters} onChange={setFilters} onClear={clearFilters} />
        {list.isError && <ErrorAlert error={list.error} onRetry={() => list.refetch()} />}
        {items.length > 0 && (
          <Collapse
            size="small"
            defaultActiveKey={isPhone ? [] : ['chart']}
            items={[
              {
                key: 'chart',
                label: t('models.chartTitle'),
                children: <ModelsChart items={items} filters={filters} />,
              },
            ]}
          />
        )}
        <ModelList
          items={items}
          loading={list.isFetching}
          sort={filters.sort ?? '-registeredOn'}
          emptyText={emptyText}
          onSortChange={(sort) => setFilters({ sort })}
          onEdit={setEditing}
        />
      </Flex>
      <Suspense fallback={null}>
        {createOpened && (
          <ModelFormModal open={creating} movementId={filters.movementId} onClose={() => setCreating(false)} />
        )}
        {editing && <ModelFormModal model={editing} open onClose={() => setEditing(null)} />}
      </Suspense>
    </Card>
  );
}
