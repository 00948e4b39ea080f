import { useState } from 'react';
import { Button, Card, Empty, Flex } from 'antd';
import { FileExcelOutlined, ImportOutlined, PlusOutlined } from '@ant-design/icons';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useLocation } from 'react-router-dom';
import type { DocumentSummary } from '@danvan/shared';
import { useMe } from '../../app/authContext';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useI18n } from '../../lib/i18n';
import { DownloadButton } from '../../components/DownloadButton';
import { documentKeys, exportPath, fetchDocuments, registerPath } from './api';
import { DocumentFilterBar } from './DocumentFilterBar';
import { effectiveSort, hasFilters } from './documentFilters';
import { DocumentFormModal } from './DocumentFormModal';
import { DocumentList } from './DocumentList';
import { ImportRegisterModal } from './ImportRegisterModal';
import { useDefaultUnitId } from './useDefaultUnitId';
import { useDocumentListState } from './useDocumentListState';
import { PageTitle } from '../../components/PageTitle';
import { documentMessages } from './messages';
import { installMessages } from '../../lib/messages';

// The strings this page shows, fetched with it (app/pageMessages.test.ts checks the list).
installMessages([documentMessages]);

type Dialog = 'create' | 'edit' | 'import' | null;

/** /documents — the register (sổ văn bản) of the account's scope: search, filters, export, new entries. */
export function DocumentsPage() {
  const { t } = useI18n();
  const me = useMe();
  const location = useLocation();
  const { filters, page, pageSize, setFilters, setPage, clearFilters } = useDocumentListState();
  const [dialog, setDialog] = useState<Dialog>(null);
  const [target, setTarget] = useState<DocumentSummary | null>(null);
  const offset = (page - 1) * pageSize;
  const list = useQuery({
    queryKey: documentKeys.list(filters, pageSize, offset),
    queryFn: () => fetchDocuments(filters, pageSize, offset),
    placeholderData: keepPreviousData,
  });
  // The server's rule (document.create): every role but viewers registers documents.
  const canCreate = me.abilities.recordDocuments;
  // The register (sổ văn bản đi) of the unit filtered on, else the account's own; the date filter bounds it.
  const defaultUnit = useDefaultUnitId();
  const registerUnitId = filters.unitId ?? defaultUnit.unitId;
  const emptyText = (
    <Empty
      image={Empty.PRESENTED_IMAGE_SIMPLE}
      description={t(hasFilters(filters) ? 'documents.noMatch' : 'documents.empty')}
    />
  );
  const results = {
    items: list.data?.items ?? [],
    total: list.data?.total ?? 0,
    totalCapped: list.data?.totalCapped ?? false,
    loading: list.isFetching,
    page,
    pageSize,
    emptyText,
    listSearch: location.search,
    onPageChange: setPage,
  };

  return (
    <Card>
      <Flex vertical gap={16}>
        <Flex justify="space-between" align="center" gap={12} wrap>
          <PageTitle>{t('documents.title')}</PageTitle>
          <Flex gap={8} wrap>
            <DownloadButton
              path={exportPath(filters)}
              fallbackName="danh-sach-van-ban.xlsx"
              icon={<FileExcelOutlined aria-hidden />}
            >
              {t('documents.export')}
            </DownloadButton>
            {registerUnitId && (
              <DownloadButton
                path={registerPath(registerUnitId, { from: filters.from, to: filters.to })}
                fallbackName="so-van-ban-di.xlsx"
                icon={<FileExcelOutlined aria-hidden />}
              >
                {t('documents.register')}
              </DownloadButton>
            )}
            {canCreate && (
              <Button icon={<ImportOutlined aria-hidden />} onClick={() => setDialog('import')}>
                {t('documents.import')}
              </Button>
            )}
            {canCreate && (
              <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={() => setDialog('create')}>
                {t('documents.add')}
              </Button>
            )}
          </Flex>
        </Flex>
        <DocumentFilterBar filters={filters} onChange={setFilters} onClear={clearFilters} />
        {list.isError && <ErrorAlert error={list.error} onRetry={() => list.refetch()} />}
        <DocumentList
          {...results}
          sort={effectiveSort(filters)}
          defaultSort={effectiveSort({ ...filters, sort: undefined })}
          onSortChange={(sort) => setFilters({ sort })}
          onEdit={(doc) => {
            setTarget(doc);
            setDialog('edit');
          }}
        />
      </Flex>
      <DocumentFormModal open={dialog === 'create'} onClose={() => setDialog(null)} />
      {canCreate && <ImportRegisterModal open={dialog === 'import'} onClose={() => setDialog(null)} />}
      {target && <DocumentFormModal doc={target} open={dialog === 'edit'} onClose={() => setDialog(null)} />}
    </Card>
  );
}
