import { useDeferredValue, useMemo, useState } from 'react';
import { App, Button, Card, Flex, Input, Select, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { CopyOutlined, EditOutlined, PlusOutlined, SearchOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { aggregations, type Indicator } from '@danvan/shared';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useI18n } from '../../lib/i18n';
import { urlField, useUrlValues } from '../../lib/urlFilters';
import { useIsPhone } from '../../lib/useIsPhone';
import { useApiErrorHandler } from '../../lib/useApiErrorHandler';
import { catalogueKeys, copyCatalogue, fetchCatalogue, fetchProviders } from './api';
import { filterIndicators, groupBySection } from './catalogueFilters';
import { IndicatorFormModal } from './IndicatorFormModal';
import { IndicatorTags } from './IndicatorTags';
import { useCatalogueOptions } from './useCatalogueOptions';
import { PageTitle } from '../../components/PageTitle';
import { VisuallyHidden } from '../../components/VisuallyHidden';
import { ConfirmPopover } from '../../components/ConfirmPopover';
import { catalogueMessages } from './messages';
import { installMessages } from '../../lib/messages';

// The strings this page shows, fetched with it (app/pageMessages.test.ts checks the list).
installMessages([catalogueMessages]);

type Row =
  | { key: string; kind: 'section'; section: string; count: number; children: Row[] }
  | { key: string; kind: 'indicator'; indicator: Indicator };

/** The year shown and the filters of its list, in the address like every list's. */
const catalogueFields = {
  year: urlField.withDefault(urlField.year(), new Date().getFullYear()),
  q: urlField.text(),
  section: urlField.code(),
  aggregation: urlField.oneOf(aggregations),
  source: urlField.oneOf(['computed', 'entered'] as const),
};

/** /catalogue — the admins' editor of the indicator catalogue, year by year. */
export function CataloguePage() {
  const { t, lang } = useI18n();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const handleError = useApiErrorHandler();
  const options = useCatalogueOptions();
  const isPhone = useIsPhone();
  const { values, setValues } = useUrlValues(catalogueFields);
  const { year, q: query, section, aggregation, source } = values;
  const setYear = (next: number) => setValues({ year: next });
  const deferredQuery = useDeferredValue(query);
  const [editing, setEditing] = useState<{ indicator: Indicator | null } | null>(null);
  const catalogue = useQuery({ queryKey: catalogueKeys.year(year), queryFn: () => fetchCatalogue(year) });
  const providers = useQuery({ queryKey: catalogueKeys.providers, queryFn: fetchProviders, staleTime: Infinity });
  const describe = useMemo(() => new Map((providers.data ?? []).map((p) => [p.key, p.description])), [providers.data]);

  const indicators = useMemo(() => catalogue.data?.indicators ?? [], [catalogue.data]);
  const years = useMemo(
    () => [...new Set([...(catalogue.data?.years ?? []), year])].sort((a, b) => b - a),
    [catalogue.data, year],
  );
  const nextYear = year + 1;
  const canCopy = indicators.length > 0 && !years.includes(nextYear);
  const copy = useMutation({
    mutationFn: () => copyCatalogue(nextYear, year),
    onSuccess: async (result) => {
      await queryClient.invalidateQueries({ queryKey: catalogueKeys.all });
      message.success(t('catalogue.copied', { year: result.year, count: result.copied }));
      setYear(result.year);
    },
    onError: (error) => handleError(error),
  });

  const shown = useMemo(
    () =>
      filterIndicators(indicators, {
        query: deferredQuery,
        section: section ?? null,
        aggregation: aggregation ?? null,
        source: source ?? null,
      }),
    [indicators, deferredQuery, section, aggregation, source],
  );
  const rows = useMemo<Row[]>(
    () =>
      groupBySection(shown).map((group) => ({
        key: `section:${group.section}`,
        kind: 'section',
        section: group.section,
        count: group.indicators.length,
        children: group.indicators.map((indicator) => ({ key: indicator.code, kind: 'indicator', indicator })),
      })),
    [shown],
  );

  const sectionCell = (row: Row) => ({ colSpan: row.kind === 'section' ? 0 : 1 });
  const columns: TableColumnsType<Row> = [
    {
      title: t('catalogue.code'),
      key: 'code',
      width: isPhone ? 120 : 170,
      sorter: (a, b) =>
        a.kind === 'indicator' && b.kind === 'indicator' ? a.indicator.code.localeCompare(b.indicator.code) : 0,
      onCell: (row) => ({ colSpan: row.kind === 'section' ? 5 : 1 }),
      render: (_, row) =>
        row.kind === 'section' ? (
          <Typography.Text strong>
            {options.sectionLabel(row.section)} · {t('catalogue.count', { count: row.count })}
          </Typography.Text>
        ) : (
          <Typography.Text code>{row.indicator.code}</Typography.Text>
        ),
    },
    {
      title: t('catalogue.nameVi'),
      key: 'name',
      sorter: (a, b) =>
        a.kind === 'indicator' && b.kind === 'indicator'
          ? a.indicator.nameVi.localeCompare(b.indicator.nameVi, 'vi')
          : 0,
      onCell: sectionCell,
      render: (_, row) =>
        row.kind === 'indicator' && (
          <Flex vertical gap={2}>
            <span>{lang === 'vi' ? row.indicator.nameVi : row.indicator.nameEn}</span>
            <Typography.Text type="secondary">
              {lang === 'vi' ? row.indicator.nameEn : row.indicator.nameVi}
            </Typography.Text>
            <IndicatorTags indicator={row.indicator} />
          </Flex>
        ),
    },
    {
      title: t('catalogue.unitVi'),
      key: 'unit',
      width: 110,
      responsive: ['md'],
      onCell: sectionCell,
      render: (_, row) => row.kind === 'indicator' && row.indicator.unitVi,
    },
    {
      title: t('catalogue.aggregation'),
      key: 'aggregation',
      width: 200,
      responsive: ['md'],
      onCell: sectionCell,
      render: (_, row) => {
        if (row.kind !== 'indicator') return null;
        const { indicator } = row;
        const parts =
          indicator.aggregation === 'ratio'
            ? `${indicator.numeratorCode} / ${indicator.denominatorCode}`
            : indicator.aggregation === 'weighted_avg'
              ? `× ${indicator.weightCode}`
              : null;
        return (
          <Flex vertical>
            <span>{options.aggregationLabel(indicator.aggregation)}</span>
            {parts && <Typography.Text type="secondary">{parts}</Typography.Text>}
          </Flex>
        );
      },
    },
    {
      title: t('catalogue.source'),
      key: 'source',
      width: 200,
      responsive: ['lg'],
      onCell: sectionCell,
      render: (_, row) =>
        row.kind === 'indicator' &&
        (row.indicator.computedKey ? (
          <Tag color="blue" title={row.indicator.computedKey} style={{ whiteSpace: 'normal' }}>
            {describe.get(row.indicator.computedKey) ?? row.indicator.computedKey}
          </Tag>
        ) : (
          <Tag>{t('catalogue.sourceEntered')}</Tag>
        )),
    },
    {
      title: <VisuallyHidden>{t('common.actions')}</VisuallyHidden>,
      key: 'actions',
      width: 56,
      render: (_, row) =>
        row.kind === 'indicator' && (
          <Button
            type="text"
            icon={<EditOutlined aria-hidden />}
            aria-label={`${t('catalogue.edit')} ${row.indicator.code}`}
            onClick={() => setEditing({ indicator: row.indicator })}
          />
        ),
    },
  ];

  return (
    <Card>
      <Flex vertical gap={16}>
        <Flex justify="space-between" align="center" gap={12} wrap>
          <PageTitle>{t('catalogue.title')}</PageTitle>
          <Flex gap={8} wrap>
            <Select
              aria-label={t('catalogue.year')}
              value={year}
              onChange={setYear}
              options={years.map((value) => ({ value, label: `${t('catalogue.year')} ${value}` }))}
              style={{ width: 130 }}
            />
            <Button
              type="primary"
              icon={<PlusOutlined aria-hidden />}
              onClick={() => setEditing({ indicator: null })}
              disabled={!catalogue.data}
            >
              {t('catalogue.add')}
            </Button>
            {canCopy && (
              <ConfirmPopover
                title={t('catalogue.copyConfirm', { count: indicators.length, from: year, year: nextYear })}
                okText={t('catalogue.copy', { year: nextYear })}
                cancelText={t('common.cancel')}
                onConfirm={() => copy.mutateAsync().catch(() => undefined)}
              >
                <Button icon={<CopyOutlined aria-hidden />} loading={copy.isPending}>
                  {t('catalogue.copy', { year: nextYear })}
                </Button>
              </ConfirmPopover>
            )}
          </Flex>
        </Flex>
        <Flex gap={8} wrap>
          <Input
            allowClear
            prefix={<SearchOutlined aria-hidden />}
            placeholder={t('catalogue.search')}
            aria-label={t('catalogue.search')}
            value={query}
            onChange={(event) => setValues({ q: event.target.value })}
            style={{ maxWidth: 320 }}
          />
          <Select
            allowClear
            aria-label={t('catalogue.section')}
            placeholder={t('catalogue.section')}
            value={section}
            onChange={(value) => setValues({ section: value ?? undefined })}
            options={options.sections}
            style={{ minWidth: 200 }}
          />
          <Select
            allowClear
            aria-label={t('catalogue.aggregation')}
            placeholder={t('catalogue.aggregation')}
            value={aggregation}
            onChange={(value) => setValues({ aggregation: value ?? undefined })}
            options={options.aggregations}
            style={{ minWidth: 170 }}
          />
          <Select
            allowClear
            aria-label={t('catalogue.source')}
            placeholder={t('catalogue.source')}
            value={source}
            onChange={(value) => setValues({ source: value ?? undefined })}
            options={[
              { value: 'computed', label: t('catalogue.sourceComputed') },
              { value: 'entered', label: t('catalogue.sourceEntered') },
            ]}
            style={{ minWidth: 170 }}
          />
        </Flex>
        <Typography.Text type="secondary">
          {t('catalogue.count', { count: shown.length })} · {t('catalogue.snapshotNote')}
        </Typography.Text>
        {catalogue.isError ? (
          <ErrorAlert error={catalogue.error} onRetry={() => catalogue.refetch()} />
        ) : (
          <Table<Row>
            data-testid="catalogue-table"
            rowKey="key"
            size="small"
            loading={catalogue.isPending}
            columns={columns}
            dataSource={rows}
            pagination={false}
            expandable={{ expandedRowKeys: rows.map((row) => row.key), showExpandColumn: false }}
            scroll={isPhone ? undefined : { x: 720 }}
          />
        )}
      </Flex>
      {editing && (
        <IndicatorFormModal
          key={editing.indicator?.code ?? 'new'}
          year={year}
          indicator={editing.indicator}
          indicators={indicators}
          open
          onClose={() => setEditing(null)}
        />
      )}
    </Card>
  );
}
