import { useMemo, useState } from 'react';
import { Button, Card, Empty, Flex, Input, List, Select, Typography } from 'antd';
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
} from '@danvan/shared';
import { ErrorAlert } from '../../components/ErrorAlert';
import { compareVi } from '../../lib/collate';
import { useI18n } from '../../lib/i18n';
import { useUrlValues } from '../../lib/urlFilters';
import { assessmentFilterFields } from './assessmentFilters';
import { useIsPhone } from '../../lib/useIsPhone';
import { DownloadButton } from '../../components/DownloadButton';
import { LightTable, type LightColumn } from '../../components/LightTable';
import { democracyKeys, exportPath, fetchAssessments } from './api';
import { AssessmentStatusTag, RatingTag } from './DemocracyTags';
import { RatingChart } from './RatingChart';
import { PageTitle } from '../../components/PageTitle';
import { democracyMessages } from './messages';
import { installMessages } from '../../lib/messages';

// The strings this page shows, fetched with it (app/pageMessages.test.ts checks the list).
installMessages([democracyMessages]);

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

  const columns: LightColumn<AssessmentRow>[] = [
    {
      key: 'unit',
      title: t('democracy.unit'),
      sorter: (a, b) => compareVi(a.unitName, b.unitName),
      render: (row) => <Link to={linkOf(row)}>{row.unitName}</Link>,
    },
    {
      key: 'parent',
      title: t('democracy.parent'),
      wideOnly: true,
      render: (row) => row.parentName ?? '',
    },
    {
      key: 'status',
      title: t('democracy.status'),
      sorter: (a, b) => assessmentStatusCodes.indexOf(a.status) - assessmentStatusCodes.indexOf(b.status),
      render: (row) => <AssessmentStatusTag status={row.status} />,
    },
    {
      key: 'progress',
      title: t('democracy.progress'),
      align: 'end',
      sorter: (a, b) => a.itemsDone - b.itemsDone,
      render: (row) => `${row.itemsDone}/${row.itemsTotal}`,
    },
    {
      key: 'disclosed',
      title: t('democracy.disclosed'),
      align: 'end',
      sorter: (a, b) => a.disclosed - b.disclosed,
      render: (row) => formatNumberVi(row.disclosed),
    },
    {
      key: 'meetings',
      title: t('democracy.meetings'),
      align: 'end',
      sorter: (a, b) => a.meetings - b.meetings,
      render: (row) => formatNumberVi(row.meetings),
    },
    {
      key: 'selfRating',
      title: t('democracy.selfRating'),
      sorter: (a, b) => (ratingOrder[a.selfRating ?? ''] ?? 9) - (ratingOrder[b.selfRating ?? ''] ?? 9),
      render: (row) => <RatingTag rating={row.selfRating} />,
    },
    {
      key: 'rating',
      title: t('democracy.rating'),
      sorter: (a, b) => (ratingOrder[a.rating ?? ''] ?? 9) - (ratingOrder[b.rating ?? ''] ?? 9),
      render: (row) => <RatingTag rating={row.rating} />,
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
          <LightTable<AssessmentRow>
            label={t('democracy.title')}
            rowKey={(row) => row.unitId}
            loading={list.isFetching}
            columns={columns}
            rows={rows}
            emptyText={<Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('democracy.empty')} />}
          />
        )}
      </Flex>
    </Card>
  );
}
