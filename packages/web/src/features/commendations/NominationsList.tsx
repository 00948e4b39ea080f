import { Flex, Input, Pagination, Select, Typography } from 'antd';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { formatNumberVi, nominationSorts, nominationStatuses, type NominationStatus } from '@danvan/shared';
import { ErrorAlert } from '../../components/ErrorAlert';
import { SectionTitle } from '../../components/PageTitle';
import { useI18n } from '../../lib/i18n';
import { urlField, useUrlValues } from '../../lib/urlFilters';
import { useDebouncedValue } from '../../lib/useDebouncedValue';
import { fetchNominations, ktKeys } from './api';
import { NominationCard } from './NominationCard';

const fields = {
  q: urlField.text(),
  status: urlField.oneOf(Object.keys(nominationStatuses) as NominationStatus[]),
  kind: urlField.oneOf(['individual', 'collective'] as const),
  sort: urlField.withDefault(urlField.oneOf(nominationSorts), 'unit'),
  page: urlField.withDefault(urlField.id(), 1),
};
const pageSize = 10;

/**
 * A campaign's nominations, searched, filtered, sorted and paged by the server (the choices are kept
 * in the address, so a list can be shared or reopened as it was); each nomination is a card with its check.
 */
export function NominationsList({ campaignId }: { campaignId: number }) {
  const { t, pick } = useI18n();
  const { values, setValues } = useUrlValues(fields);
  const q = useDebouncedValue(values.q, 300);
  const query = {
    q,
    status: values.status,
    kind: values.kind,
    sort: values.sort,
    limit: pageSize,
    offset: (values.page - 1) * pageSize,
  };
  const list = useQuery({
    queryKey: ktKeys.nominations(campaignId, query),
    queryFn: () => fetchNominations(campaignId, query),
    placeholderData: keepPreviousData,
  });
  const total = list.data?.total ?? 0;

  return (
    <Flex vertical gap={12}>
      <SectionTitle>{t('kt.nominations')}</SectionTitle>
      <Flex gap={8} wrap>
        <Input.Search
          allowClear
          placeholder={t('kt.search')}
          aria-label={t('kt.search')}
          value={values.q}
          onChange={(event) => setValues({ q: event.target.value, page: 1 })}
          style={{ flex: '2 1 240px', maxWidth: 360 }}
        />
        <Select
          allowClear
          placeholder={t('kt.allKinds')}
          aria-label={t('kt.nomineeKind')}
          value={values.kind}
          onChange={(kind) => setValues({ kind, page: 1 })}
          options={[
            { value: 'individual', label: t('kt.individuals') },
            { value: 'collective', label: t('kt.collectives') },
          ]}
          style={{ flex: '1 1 170px' }}
        />
        <Select
          allowClear
          placeholder={t('kt.allStatuses')}
          aria-label={t('kt.status')}
          value={values.status}
          onChange={(status) => setValues({ status, page: 1 })}
          options={Object.entries(nominationStatuses).map(([value, name]) => ({ value, label: pick(name) }))}
          style={{ flex: '1 1 170px' }}
        />
        <Select
          aria-label={t('kt.sort')}
          value={values.sort}
          onChange={(sort) => setValues({ sort, page: 1 })}
          options={nominationSorts.map((sort) => ({ value: sort, label: t(`kt.sort.${sort}`) }))}
          style={{ flex: '1 1 200px' }}
        />
      </Flex>
      {list.isError && <ErrorAlert error={list.error} onRetry={() => list.refetch()} />}
      {list.data && total === 0 ? (
        <Typography.Text type="secondary">{t('kt.empty')}</Typography.Text>
      ) : (
        <Flex vertical gap={12} aria-busy={list.isFetching}>
          {(list.data?.items ?? []).map((n) => (
            <NominationCard key={n.id} campaignId={campaignId} nomination={n} />
          ))}
        </Flex>
      )}
      {total > 0 && (
        <Flex gap={8} wrap align="center" justify="space-between">
          <Typography.Text type="secondary">{t('kt.count', { count: formatNumberVi(total) })}</Typography.Text>
          <Pagination
            current={values.page}
            pageSize={pageSize}
            total={total}
            showSizeChanger={false}
            hideOnSinglePage
            onChange={(page) => setValues({ page })}
          />
        </Flex>
      )}
    </Flex>
  );
}
