import { useState } from 'react';
import { Breadcrumb, Button, Card, Descriptions, Empty, Flex, List, Table, Tag, Typography } from 'antd';
import { EditOutlined, PlusOutlined } from '@ant-design/icons';
import { skipToken, useQuery } from '@tanstack/react-query';
import { Link, useParams } from 'react-router-dom';
import { formatNumberVi, type MovementDetail } from '@danvan/shared';
import { useMe } from '../../app/authContext';
import { DetailPage } from '../../components/DetailPage';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useI18n } from '../../lib/i18n';
import { parseId } from '../../lib/parseId';
import { fetchModels, fetchMovement, modelKeys, movementKeys } from './api';
import { periodText } from './modelLabels';
import { ModelFormModal } from './ModelFormModal';
import { ModelStatusTag } from './ModelStatusTag';
import { MovementFormModal } from './MovementFormModal';
import { MovementKindTag } from './MovementKindTag';
import { ParticipationBar } from './ParticipationBar';
import { PageTitle } from '../../components/PageTitle';
import { ListItemText } from '../../components/ListItemText';
import { modelMessages } from './messages';
import { installMessages } from '../../lib/messages';

// The strings this page shows, fetched with it (app/pageMessages.test.ts checks the list).
installMessages([modelMessages]);

type Participant = MovementDetail['participants'][number];

/** /movements/:id — a movement: who is expected to take part and who does, and its recognised models. */
export function MovementPage() {
  const { t } = useI18n();
  const me = useMe();
  const id = parseId(useParams().id);
  const [dialog, setDialog] = useState<'edit' | 'register' | null>(null);
  const movement = useQuery({
    queryKey: movementKeys.detail(id ?? 0),
    queryFn: id ? () => fetchMovement(id) : skipToken,
  });
  const recognisedFilters = { q: '', movementId: id ?? 0, status: 'recognised' as const, sort: 'name' as const };
  const recognised = useQuery({
    queryKey: modelKeys.list(recognisedFilters),
    queryFn: id ? () => fetchModels(recognisedFilters) : skipToken,
  });

  const canRegister = me.abilities.registerModels;

  return (
    <DetailPage query={movement} addressed={id !== null} skeletonRows={8}>
      {(data) => (
        <Flex vertical gap={16}>
          <Card>
            <Flex vertical gap={12}>
              <Breadcrumb
                items={[
                  { key: 'movements', title: <Link to="/movements">{t('movements.title')}</Link> },
                  { key: 'movement', title: data.name },
                ]}
              />
              <Flex justify="space-between" align="flex-start" gap={12} wrap>
                <PageTitle style={{ flex: '1 1 320px' }}>{data.name}</PageTitle>
                <Flex gap={8} wrap>
                  {canRegister && (
                    <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={() => setDialog('register')}>
                      {t('models.add')}
                    </Button>
                  )}
                  {data.abilities.update && (
                    <Button icon={<EditOutlined aria-hidden />} onClick={() => setDialog('edit')}>
                      {t('movements.edit')}
                    </Button>
                  )}
                </Flex>
              </Flex>
              <Descriptions
                size="small"
                bordered
                column={{ xs: 1, sm: 1, md: 2 }}
                items={[
                  {
                    key: 'owner',
                    label: t('movements.owner'),
                    children: data.ownerUnitName ?? t('movements.ownerAbove'),
                  },
                  { key: 'kind', label: t('movements.kind'), children: <MovementKindTag movement={data} /> },
                  { key: 'period', label: t('movements.period'), children: periodText(data, t('movements.from')) },
                  {
                    key: 'participation',
                    label: t('movements.participationTitle'),
                    children: <ParticipationBar {...data.participation} />,
                  },
                  {
                    key: 'models',
                    label: t('movements.models'),
                    children: (
                      <Link to={`/models?movementId=${data.id}`}>
                        {t('movements.modelCounts', {
                          registered: formatNumberVi(data.models.registered),
                          recognised: formatNumberVi(data.models.recognised),
                        })}
                      </Link>
                    ),
                  },
                  ...(data.description
                    ? [
                        {
                          key: 'description',
                          label: t('movements.description'),
                          span: 'filled' as const,
                          children: (
                            <Typography.Paragraph style={{ margin: 0, whiteSpace: 'pre-line' }}>
                              {data.description}
                            </Typography.Paragraph>
                          ),
                        },
                      ]
                    : []),
                ]}
              />
            </Flex>
          </Card>
          <Card title={t('movements.participants')}>
            <Table<Participant>
              rowKey="unitId"
              size="small"
              pagination={false}
              dataSource={data.participants}
              locale={{
                emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('movements.noParticipants')} />,
              }}
              columns={[
                { title: t('models.unit'), dataIndex: 'unitName' },
                {
                  title: t('movements.takingPart'),
                  key: 'taking',
                  width: 170,
                  render: (_, p) =>
                    p.models > 0 ? (
                      <Tag color="success">{t('movements.taking')}</Tag>
                    ) : (
                      <Tag>{t('movements.notYet')}</Tag>
                    ),
                },
                {
                  title: t('movements.models'),
                  dataIndex: 'models',
                  width: 120,
                  align: 'right',
                  render: (count: number, p) =>
                    count > 0 ? (
                      <Link to={`/models?movementId=${data.id}&unitId=${p.unitId}`}>{formatNumberVi(count)}</Link>
                    ) : (
                      '0'
                    ),
                },
              ]}
            />
          </Card>
          <Card title={t('movements.recognisedModels')}>
            {recognised.isError ? (
              <ErrorAlert error={recognised.error} onRetry={() => recognised.refetch()} />
            ) : (
              <List
                loading={recognised.isPending}
                dataSource={recognised.data ?? []}
                locale={{
                  emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('movements.noRecognised')} />,
                }}
                renderItem={(model) => (
                  <List.Item key={model.id} extra={<ModelStatusTag model={model} />}>
                    <ListItemText
                      title={<Link to={`/models/${model.id}`}>{model.name}</Link>}
                      description={model.unitName}
                    />
                  </List.Item>
                )}
              />
            )}
          </Card>
          {dialog === 'edit' && <MovementFormModal movement={data} open onClose={() => setDialog(null)} />}
          {dialog === 'register' && <ModelFormModal movementId={data.id} open onClose={() => setDialog(null)} />}
        </Flex>
      )}
    </DetailPage>
  );
}
