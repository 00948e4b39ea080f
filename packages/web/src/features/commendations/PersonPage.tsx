import { useState } from 'react';
import { Alert, Button, Card, Descriptions, Flex, Skeleton, Table, Tag } from 'antd';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useParams } from 'react-router-dom';
import { formatDateVi } from '@danvan/shared';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageTitle, SectionTitle } from '../../components/PageTitle';
import { useI18n } from '../../lib/i18n';
import { fetchPerson, ktKeys } from './api';
import { PersonFormModal } from './PersonFormModal';
import { commendationMessages } from './messages';
import { installMessages } from '../../lib/messages';

// The strings this page shows, fetched with it (app/pageMessages.test.ts checks the list).
installMessages([commendationMessages]);

const dateOrDash = (iso: string | null) => (iso ? formatDateVi(iso) : '—');

/** /commendations/people/:id — a person's service periods, awards and discipline (personal data by role). */
export function PersonPage() {
  const { t } = useI18n();
  const id = Number(useParams().id);
  const queryClient = useQueryClient();
  const person = useQuery({ queryKey: ktKeys.person(id), queryFn: () => fetchPerson(id) });
  const [editing, setEditing] = useState(false);
  if (person.isPending) return <Skeleton active />;
  if (person.isError) return <ErrorAlert error={person.error} onRetry={() => person.refetch()} />;
  const p = person.data;
  return (
    <Card>
      <Flex vertical gap={16}>
        <Link to="/commendations/people">← {t('kt.people')}</Link>
        <PageTitle>{p.fullName}</PageTitle>
        <Descriptions
          size="small"
          column={{ xs: 1, sm: 2 }}
          items={[
            { key: 'unit', label: t('kt.unit'), children: p.unitName },
            { key: 'position', label: t('kt.position'), children: p.position || '—' },
            ...(p.personalDetails ? [{ key: 'year', label: t('kt.birthYear'), children: p.birthYear ?? '—' }] : []),
            ...(p.deceased ? [{ key: 'deceased', label: t('kt.deceased'), children: dateOrDash(p.deceasedOn) }] : []),
          ]}
        />
        {p.abilities.update && (
          <Button style={{ alignSelf: 'flex-start' }} onClick={() => setEditing(true)}>
            {t('kt.edit')}
          </Button>
        )}
        {!p.personalDetails && <Alert type="info" showIcon message={t('kt.personalHidden')} />}
        {p.personalDetails && (
          <>
            <SectionTitle>{t('kt.periods')}</SectionTitle>
            <Table
              size="small"
              rowKey={(_, index) => String(index)}
              pagination={false}
              dataSource={p.periods}
              scroll={{ x: 'max-content' }}
              columns={[
                { key: 'position', title: t('kt.position'), dataIndex: 'position' },
                { key: 'from', title: t('kt.from'), render: (_, x) => dateOrDash(x.from) },
                { key: 'to', title: t('kt.to'), render: (_, x) => (x.ongoing ? t('kt.ongoing') : dateOrDash(x.to)) },
                {
                  key: 'flags',
                  title: t('kt.periodKind'),
                  render: (_, x) => (
                    <>
                      {!x.fullTime && <Tag>{t('kt.partTime')}</Tag>}
                      {x.difficultArea && <Tag>{t('kt.difficultArea')}</Tag>}
                      {x.massMobilization && <Tag color="blue">{t('kt.massMobilization')}</Tag>}
                    </>
                  ),
                },
              ]}
            />
          </>
        )}
        <SectionTitle>{t('kt.priorAwards')}</SectionTitle>
        <Table
          size="small"
          rowKey={(_, index) => String(index)}
          pagination={false}
          dataSource={p.awards}
          columns={[
            { key: 'name', title: t('kt.awards'), dataIndex: 'awardName' },
            { key: 'decision', title: t('kt.number'), dataIndex: 'decision' },
            { key: 'on', title: t('kt.signedOn'), render: (_, a) => dateOrDash(a.awardedOn) },
          ]}
        />
        {p.personalDetails && (
          <>
            <SectionTitle>{t('kt.discipline')}</SectionTitle>
            <Table
              size="small"
              rowKey={(_, index) => String(index)}
              pagination={false}
              dataSource={p.disciplines}
              columns={[
                { key: 'form', title: t('kt.discipline'), dataIndex: 'form' },
                { key: 'on', title: t('kt.signedOn'), render: (_, d) => dateOrDash(d.decidedOn) },
              ]}
            />
          </>
        )}
      </Flex>
      <PersonFormModal
        open={editing}
        onClose={() => setEditing(false)}
        person={p}
        onSaved={(saved) => {
          queryClient.setQueryData(ktKeys.person(id), saved);
          return queryClient.invalidateQueries({ queryKey: ktKeys.all });
        }}
      />
    </Card>
  );
}
