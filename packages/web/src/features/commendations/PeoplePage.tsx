import { useState } from 'react';
import { Button, Card, Flex, Input, Table } from 'antd';
import { FileExcelOutlined, PlusOutlined } from '@ant-design/icons';
import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useNavigate } from 'react-router-dom';
import { personSorts, type PersonSort, type PersonSummary } from '@danvan/shared';
import { useMe } from '../../app/authContext';
import { DownloadButton } from '../../components/DownloadButton';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useFitColumns } from '../../components/fitColumns';
import { PageTitle } from '../../components/PageTitle';
import { headerSort, orderOfSorter, type ListOrder } from '../../components/listOrders';
import { useI18n } from '../../lib/i18n';
import { urlField, useUrlValues } from '../../lib/urlFilters';
import { useDebouncedValue } from '../../lib/useDebouncedValue';
import { useIsPhone } from '../../lib/useIsPhone';
import { fetchPeople, ktKeys, peopleExportPath } from './api';
import { CommendationsNav } from './CommendationsNav';
import { PersonFormModal } from './PersonFormModal';
import { commendationMessages } from './messages';
import { installMessages } from '../../lib/messages';

// The strings this page shows, fetched with it (app/pageMessages.test.ts checks the list).
installMessages([commendationMessages]);

const fields = {
  q: urlField.text(),
  page: urlField.withDefault(urlField.id(), 1),
  sort: urlField.withDefault(urlField.oneOf(personSorts), 'name'),
};
const pageSize = 20;
const orders: ListOrder<PersonSort>[] = [
  { value: 'name', column: 'name', order: 'ascend' },
  { value: '-name', column: 'name', order: 'descend' },
  { value: 'unit', column: 'unit', order: 'ascend' },
  { value: '-unit', column: 'unit', order: 'descend' },
];

/**
 * /commendations/people — the people of the scope, sorted and paged by the server (by given name, as
 * Vietnamese lists are; the order is kept in the address): search without accents, Excel, adding a person.
 */
export function PeoplePage() {
  const { t } = useI18n();
  const me = useMe();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const { values, setValues } = useUrlValues(fields);
  const q = useDebouncedValue(values.q, 300);
  const offset = (values.page - 1) * pageSize;
  const query = { q, sort: values.sort, limit: pageSize, offset };
  const list = useQuery({
    queryKey: ktKeys.people(query),
    queryFn: () => fetchPeople(query),
    placeholderData: keepPreviousData,
  });
  const [adding, setAdding] = useState(false);

  const isPhone = useIsPhone();
  // A phone shows the name and the unit; the year of birth and the position behind each row's expander.
  const fitted = useFitColumns<PersonSummary>([
    {
      key: 'name',
      ...headerSort('name', orders, values.sort),
      title: t('kt.fullName'),
      render: (_, p) => (
        <Link to={`/commendations/people/${p.id}`} style={{ fontWeight: 600 }}>
          {p.fullName}
        </Link>
      ),
    },
    { key: 'year', title: t('kt.birthYear'), dataIndex: 'birthYear', hideBelow: 'phone' },
    { key: 'position', title: t('kt.position'), dataIndex: 'position', hideBelow: 'phone' },
    { key: 'unit', ...headerSort('unit', orders, values.sort), title: t('kt.unit'), dataIndex: 'unitName' },
  ]);
  return (
    <Card>
      <Flex vertical gap={16}>
        <PageTitle>{t('kt.people')}</PageTitle>
        <CommendationsNav />
        <Flex gap={8} wrap justify="space-between">
          <Input.Search
            allowClear
            placeholder={t('kt.search')}
            aria-label={t('kt.search')}
            value={values.q}
            onChange={(event) => setValues({ q: event.target.value, page: 1 })}
            style={{ maxWidth: 320 }}
          />
          <Flex gap={8} wrap>
            <DownloadButton
              path={peopleExportPath(q, values.sort)}
              fallbackName="nguoi-xet-khen-thuong.xlsx"
              icon={<FileExcelOutlined aria-hidden />}
            >
              {t('kt.export')}
            </DownloadButton>
            {me.abilities.runCommendations && (
              <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={() => setAdding(true)}>
                {t('kt.addPerson')}
              </Button>
            )}
          </Flex>
        </Flex>
        {list.isError && <ErrorAlert error={list.error} onRetry={() => list.refetch()} />}
        <Table<PersonSummary>
          rowKey="id"
          loading={list.isFetching}
          dataSource={list.data?.items ?? []}
          scroll={isPhone ? undefined : { x: 'max-content' }}
          onChange={(_pagination, _filters, sorter, extra) => {
            if (extra.action === 'sort') setValues({ sort: orderOfSorter(orders, 'name', sorter), page: 1 });
          }}
          pagination={{
            current: values.page,
            pageSize,
            total: list.data?.total ?? 0,
            showSizeChanger: false,
            onChange: (page) => setValues({ page }),
          }}
          columns={fitted.columns}
          expandable={fitted.expandable}
        />
      </Flex>
      <PersonFormModal
        open={adding}
        onClose={() => setAdding(false)}
        person={null}
        onSaved={async (saved) => {
          await queryClient.invalidateQueries({ queryKey: ktKeys.all });
          navigate(`/commendations/people/${saved.id}`);
        }}
      />
    </Card>
  );
}
