import { useState } from 'react';
import { Button, Card, Empty, Flex, Select, Table, Tooltip, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table/interface';
import { EditOutlined, PlusOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router-dom';
import { formatNumberVi, type MovementSummary } from '@danvan/shared';
import { useMe } from '../../app/authContext';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useI18n } from '../../lib/i18n';
import { urlField, useUrlValues } from '../../lib/urlFilters';
import { useIsPhone } from '../../lib/useIsPhone';
import { fetchMovements, movementKeys } from './api';
import { periodText } from './modelLabels';
import { MovementFormModal } from './MovementFormModal';
import { MovementKindTag } from './MovementKindTag';
import { ParticipationBar } from './ParticipationBar';
import { useMovementKinds } from './useMovementKinds';
import { PageTitle } from '../../components/PageTitle';
import { modelMessages } from './messages';
import { installMessages } from '../../lib/messages';

// The strings this page shows, fetched with it (app/pageMessages.test.ts checks the list).
installMessages([modelMessages]);

const movementFilterFields = { kind: urlField.code() };

/** /movements — the emulation movements the account's units take part in, with their kind and participation; `?kind=` filters. */
export function MovementsPage() {
  const { t } = useI18n();
  const me = useMe();
  const isPhone = useIsPhone();
  const {
    values: { kind },
    setValues,
  } = useUrlValues(movementFilterFields);
  const kinds = useMovementKinds();
  const movements = useQuery({ queryKey: movementKeys.list(kind), queryFn: () => fetchMovements(kind) });
  const chooseKind = (next: string | undefined) => setValues({ kind: next });
  const [editing, setEditing] = useState<MovementSummary | null>(null);
  const [creating, setCreating] = useState(false);
  const canCreate = me.abilities.launchMovements;
  const items = movements.data ?? [];

  const columns: ColumnsType<MovementSummary> = [
    {
      title: t('movements.name'),
      key: 'name',
      render: (_, movement) => (
        <Flex vertical gap={2}>
          <Link to={`/movements/${movement.id}`} style={{ fontWeight: 500 }}>
            {movement.name}
          </Link>
          <Flex gap={8} align="center" wrap>
            <MovementKindTag movement={movement} />
            <Typography.Text type="secondary">{movement.ownerUnitName ?? t('movements.ownerAbove')}</Typography.Text>
          </Flex>
        </Flex>
      ),
    },
    {
      title: t('movements.period'),
      key: 'period',
      width: 220,
      render: (_, movement) => periodText(movement, t('movements.from')),
    },
    {
      title: t('movements.participationTitle'),
      key: 'participation',
      width: 220,
      render: (_, movement) => <ParticipationBar {...movement.participation} />,
    },
    {
      title: t('movements.models'),
      key: 'models',
      width: 170,
      render: (_, movement) =>
        t('movements.modelCounts', {
          registered: formatNumberVi(movement.models.registered),
          recognised: formatNumberVi(movement.models.recognised),
        }),
    },
    {
      title: t('common.actions'),
      key: 'actions',
      width: 80,
      align: 'center',
      render: (_, movement) =>
        movement.abilities.update && (
          <Tooltip title={t('movements.edit')}>
            <Button
              size="small"
              icon={<EditOutlined aria-hidden />}
              aria-label={t('movements.editTitle', { name: movement.name })}
              onClick={() => setEditing(movement)}
            />
          </Tooltip>
        ),
    },
  ];

  return (
    <Card>
      <Flex vertical gap={16}>
        <Flex justify="space-between" align="center" gap={12} wrap>
          <PageTitle>{t('movements.title')}</PageTitle>
          <Flex gap={8} wrap>
            <Select
              allowClear
              aria-label={t('movements.kind')}
              placeholder={t('movements.allKinds')}
              value={kind}
              options={kinds.options}
              onChange={(next: string | undefined) => chooseKind(next)}
              style={{ minWidth: 220 }}
            />
            <Link to="/models">
              <Button>{t('models.title')}</Button>
            </Link>
            {canCreate && (
              <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={() => setCreating(true)}>
                {t('movements.add')}
              </Button>
            )}
          </Flex>
        </Flex>
        {movements.isError && <ErrorAlert error={movements.error} onRetry={() => movements.refetch()} />}
        {isPhone ? (
          <Flex vertical gap={12} role="list">
            {!movements.isPending && items.length === 0 && <Empty description={t('movements.empty')} />}
            {items.map((movement) => (
              <Card
                key={movement.id}
                size="small"
                role="listitem"
                styles={{ title: { whiteSpace: 'normal' } }}
                title={<Link to={`/movements/${movement.id}`}>{movement.name}</Link>}
                extra={
                  movement.abilities.update && (
                    <Button
                      size="small"
                      icon={<EditOutlined aria-hidden />}
                      aria-label={t('movements.editTitle', { name: movement.name })}
                      onClick={() => setEditing(movement)}
                    />
                  )
                }
              >
                <Flex vertical gap={6} align="flex-start">
                  <MovementKindTag movement={movement} />
                  <Typography.Text type="secondary">
                    {movement.ownerUnitName ?? t('movements.ownerAbove')} · {periodText(movement, t('movements.from'))}
                  </Typography.Text>
                  <ParticipationBar {...movement.participation} />
                  <Typography.Text>
                    {t('movements.modelCounts', {
                      registered: formatNumberVi(movement.models.registered),
                      recognised: formatNumberVi(movement.models.recognised),
                    })}
                  </Typography.Text>
                </Flex>
              </Card>
            ))}
          </Flex>
        ) : (
          <Table<MovementSummary>
            rowKey="id"
            columns={columns}
            dataSource={items}
            loading={movements.isPending}
            pagination={false}
            scroll={{ x: 800 }}
            locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('movements.empty')} /> }}
          />
        )}
      </Flex>
      {creating && <MovementFormModal open onClose={() => setCreating(false)} />}
      {editing && <MovementFormModal movement={editing} open onClose={() => setEditing(null)} />}
    </Card>
  );
}
