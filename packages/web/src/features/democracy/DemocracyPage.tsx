import { useMemo, useState } from 'react';
import { Button, Card, Empty, Flex, Input, List, Select, Table, Typography, type TableColumnsType } from 'antd';
import { FileExcelOutlined, UnorderedListOutlined } from '@ant-design/icons';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Link, useNavigate } from 'react-router-dom';
import {
  assessmentStatusCodes,
  assessmentStatuses,
  democracyRatingCodes,
  democracyRatings,
  foldVi,
  formatNumberVi,
  type AssessmentRow,
  type AssessmentStatus,
  type DemocracyRating,
} from '@danvan/shared';
import { ErrorAlert } from '../../components/ErrorAlert';
import { compareVi } from '../../lib/collate';
import { useI18n } from '../../lib/i18n';
import { useUrlValues } from '../../lib/urlFilters';
import { assessmentFilterFields } from './assessmentFilters';
import { useIsPhone } from '../../lib/useIsPhone';
import { DownloadButton } from '../../components/DownloadButton';
import { democracyKeys, exportPath, fetchAssessments } from './api';
import { AssessmentStatusTag, RatingTag } from './DemocracyTags';
import { RatingChart } from './RatingChart';
import { PageTitle } from '../../components/PageTitle';

const ratingOrder: Record<string, number> = { good: 1, fair: 2, average: 3, weak: 4 };
const thisYear = new Date().getFullYear();
const years = [thisYear + 1, thisYear, thisYear - 1, thisYear - 2];

/** /democracy — units × year: where each commune stands with its checklist, self-rating and the upper unit's rating. */
export function DemocracyPage() {
  const { t, pick } = useI18n();
  const isPhone = useIsPhone();
  const navigate = useNavigate();
  const [search, setSearch] = useState('');
  const { values: filters, setValues: setFilters } = useUrlValues(assessmentFilterFields);
  const list = useQuery({
    queryKey: democracyKeys.list(filters),
    queryFn: () => fetchAssessments(filters),
    placeholderData: keepPreviousData,
  });
  // Searching by name is instant on the loaded rows, accent-insensitive like the server's.
  const rows = useMemo(() => {
    const folded = foldVi(search);
    return (list.data ?? []).filter((row) => !folded || foldVi(row.unitName).includes(folded));
  }, [list.data, search]);
  const linkOf = (row: AssessmentRow) => `/democracy/${row.unitId}/${row.year}`;

  const columns: TableColumnsType<AssessmentRow> = [
    {
      title: t('democracy.unit'),
      dataIndex: 'unitName',
      sorter: (a, b) => compareVi(a.unitName, b.unitName),
      render: (_, row) => <Link to={linkOf(row)}>{row.unitName}</Link>,
    },
    {
      title: t('democracy.parent'),
      dataIndex: 'parentName',
      responsive: ['lg'],
      render: (value: string | null) => value ?? '',
    },
    {
      title: t('democracy.status'),
      dataIndex: 'status',
      sorter: (a, b) => assessmentStatusCodes.indexOf(a.status) - assessmentStatusCodes.indexOf(b.status),
      render: (status: AssessmentStatus) => <AssessmentStatusTag status={status} />,
    },
    {
      title: t('democracy.progress'),
      key: 'progress',
      align: 'right',
      sorter: (a, b) => a.itemsDone - b.itemsDone,
      render: (_, row) => `${row.itemsDone}/${row.itemsTotal}`,
    },
    {
      title: t('democracy.disclosed'),
      dataIndex: 'disclosed',
      align: 'right',
      sorter: (a, b) => a.disclosed - b.disclosed,
      render: (n: number) => formatNumberVi(n),
    },
    {
      title: t('democracy.meetings'),
      dataIndex: 'meetings',
      align: 'right',
      sorter: (a, b) => a.meetings - b.meetings,
      render: (n: number) => formatNumberVi(n),
    },
    {
      title: t('democracy.selfRating'),
      dataIndex: 'selfRating',
      sorter: (a, b) => (ratingOrder[a.selfRating ?? ''] ?? 9) - (ratingOrder[b.selfRating ?? ''] ?? 9),
      render: (rating: DemocracyRating | null) => <RatingTag rating={rating} />,
    },
    {
      title: t('democracy.rating'),
      dataIndex: 'rating',
      sorter: (a, b) => (ratingOrder[a.rating ?? ''] ?? 9) - (ratingOrder[b.rating ?? ''] ?? 9),
      render: (rating: DemocracyRating | null) => <RatingTag rating={rating} />,
    },
  ];

  return (
    <Card>
      <Flex vertical gap={16}>
        <Flex justify="space-between" align="center" gap={12} wrap>
          <PageTitle>{t('democracy.title')}</PageTitle>
          <Flex gap={8} wrap>
            <Button
              icon={<UnorderedListOutlined aria-hidden />}
              onClick={() => navigate(`/democracy/checklist?year=${filters.year}`)}
            >
              {t('democracy.checklistOpen')}
            </Button>
            <DownloadButton
              path={exportPath(filters)}
              fallbackName={`dan-chu-co-so-${filters.year}.xlsx`}
              icon={<FileExcelOutlined aria-hidden />}
            >
              {t('democracy.export')}
            </DownloadButton>
          </Flex>
        </Flex>
        <Flex gap={8} wrap>
          <Select
            aria-label={t('democracy.year')}
            value={filters.year}
            style={{ width: 110 }}
            options={years.map((year) => ({ value: year, label: t('democracy.yearOption', { year }) }))}
            onChange={(year) => setFilters({ year })}
          />
          <Select
            aria-label={t('democracy.status')}
            placeholder={t('democracy.allStatuses')}
            allowClear
            value={filters.status}
            style={{ width: 170 }}
            options={assessmentStatusCodes.map((status) => ({
              value: status,
              label: pick(assessmentStatuses[status]),
            }))}
            onChange={(status) => setFilters({ status })}
          />
          <Select
            aria-label={t('democracy.rating')}
            placeholder={t('democracy.allRatings')}
            allowClear
            value={filters.rating}
            style={{ width: 170 }}
            options={democracyRatingCodes.map((rating) => ({ value: rating, label: pick(democracyRatings[rating]) }))}
            onChange={(rating) => setFilters({ rating })}
          />
          <Input.Search
            aria-label={t('democracy.searchUnit')}
            placeholder={t('democracy.searchUnit')}
            allowClear
            style={{ width: isPhone ? '100%' : 240 }}
            value={search}
            onChange={(event) => setSearch(event.target.value)}
          />
        </Flex>
        {list.isError && <ErrorAlert error={list.error} onRetry={() => list.refetch()} />}
        {rows.length > 1 && <RatingChart rows={rows} filters={filters} />}
        {isPhone ? (
          <List
            loading={list.isFetching}
            dataSource={rows}
            locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('democracy.empty')} /> }}
            renderItem={(row) => (
              <List.Item>
                <Flex vertical gap={4} style={{ width: '100%' }}>
                  <Link to={linkOf(row)}>{row.unitName}</Link>
                  <Flex gap={8} wrap align="center">
                    <AssessmentStatusTag status={row.status} />
                    <Typography.Text type="secondary">
                      {t('democracy.progressShort', { done: row.itemsDone, total: row.itemsTotal })}
                    </Typography.Text>
                  </Flex>
                  <Flex gap={8} wrap align="center">
                    <Typography.Text type="secondary">{t('democracy.selfRating')}:</Typography.Text>
                    <RatingTag rating={row.selfRating} />
                    <Typography.Text type="secondary">{t('democracy.rating')}:</Typography.Text>
                    <RatingTag rating={row.rating} />
                  </Flex>
                </Flex>
              </List.Item>
            )}
          />
        ) : (
          <Table<AssessmentRow>
            rowKey="unitId"
            size="middle"
            loading={list.isFetching}
            columns={columns}
            dataSource={rows}
            pagination={{ pageSize: 50, hideOnSinglePage: true }}
            locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('democracy.empty')} /> }}
          />
        )}
      </Flex>
    </Card>
  );
}
