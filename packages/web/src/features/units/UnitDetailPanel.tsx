import { Breadcrumb, Card, Descriptions, Empty, Flex, Skeleton, Tag } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { formatDateVi, formatNumberVi, type UnitDetail } from '@danvan/shared';
import { Link } from 'react-router-dom';
import { useMe } from '../../app/authContext';
import { ErrorAlert } from '../../components/ErrorAlert';
import { ApiError } from '../../lib/api';
import { useI18n } from '../../lib/i18n';
import { fetchUnit, unitKeys } from './api';
import { useUnitTypes } from '../../lib/units';
import { DocumentNamesText } from './DocumentNamesText';
import { UnitActions } from './UnitActions';
import { UnitHistory } from './UnitHistory';
import { PageTitle, SectionTitle } from '../../components/PageTitle';

/** Ancestors from the account's scope unit down are links; those above it are plain text. */
function breadcrumbItems(unit: UnitDetail, scopeUnitId: number) {
  const scopeIndex = unit.ancestors.findIndex((ancestor) => ancestor.id === scopeUnitId);
  return [
    ...unit.ancestors.map((ancestor, index) => ({
      key: ancestor.id,
      title:
        scopeIndex >= 0 && index >= scopeIndex ? (
          <Link to={`/units/${ancestor.id}`}>{ancestor.name}</Link>
        ) : (
          ancestor.name
        ),
    })),
    { key: unit.id, title: unit.name },
  ];
}

export function UnitDetailPanel({ id }: { id: number }) {
  const { t, lang } = useI18n();
  const me = useMe();
  const types = useUnitTypes();
  const detail = useQuery({ queryKey: unitKeys.detail(id), queryFn: () => fetchUnit(id) });

  if (detail.isPending) {
    return (
      <Card>
        <Skeleton active paragraph={{ rows: 10 }} />
      </Card>
    );
  }
  if (detail.isError) {
    return (
      <Card>
        {detail.error instanceof ApiError && detail.error.status === 404 ? (
          <Empty description={t('units.notFound')} />
        ) : (
          <ErrorAlert error={detail.error} onRetry={() => detail.refetch()} />
        )}
      </Card>
    );
  }

  const unit = detail.data;
  const type = types.byCode.get(unit.type);
  const typeName = type ? (lang === 'vi' ? type.nameVi : type.nameEn) : unit.type;

  return (
    <Card data-testid="unit-detail">
      <Flex vertical gap={16}>
        <Breadcrumb items={breadcrumbItems(unit, me.scopeUnitId)} />
        <Flex align="center" gap={12} wrap>
          <PageTitle>{unit.name}</PageTitle>
          {unit.closedOn ? <Tag color="default">{t('unit.closed')}</Tag> : <Tag color="green">{t('unit.active')}</Tag>}
        </Flex>
        <UnitActions unit={unit} />
        <Descriptions
          bordered
          size="small"
          column={{ xs: 1, sm: 2 }}
          items={[
            { key: 'code', label: t('unit.code'), children: unit.code ?? '—' },
            { key: 'type', label: t('unit.type'), children: typeName },
            { key: 'opened', label: t('unit.openedOn'), children: formatDateVi(unit.openedOn) || '—' },
            ...(unit.closedOn
              ? [{ key: 'closed', label: t('unit.closedOn'), children: formatDateVi(unit.closedOn) }]
              : []),
            { key: 'children', label: t('unit.childCount'), children: formatNumberVi(unit.childCount) },
            { key: 'users', label: t('unit.userCount'), children: formatNumberVi(unit.userCount) },
            { key: 'documentNames', label: t('unit.documentNames'), children: <DocumentNamesText unit={unit} /> },
          ]}
        />
        <div>
          <SectionTitle>{t('unit.history')}</SectionTitle>
          <UnitHistory events={unit.events} />
        </div>
      </Flex>
    </Card>
  );
}
