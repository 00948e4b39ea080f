import { useState } from 'react';
import { Breadcrumb, Button, Card, Empty, Flex, Select, Skeleton, Tooltip, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import {
  formatDateVi,
  formatNumberVi,
  organisationKindCodes,
  type MemberKindFigures,
  type MemberRollup,
  type OrganisationKind,
} from '@danvan/shared';
import { useMe } from '../../app/authContext';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useIsPhone } from '../../lib/useIsPhone';
import { UnitTreeSelect } from '../../components/UnitTreeSelect';
import { LightTable, type LightColumn } from '../../components/LightTable';
import { fetchMemberRollup, memberKeys } from './api';
import { MemberRollupChart } from './MemberRollupChart';
import { useI18n, type Translate } from '../../lib/i18n';
import { kindName, lastEndedQuarter } from './memberLabels';

type Child = MemberRollup['children'][number];
const thisYear = new Date().getFullYear();

/** A figure, or "—" with the reason: missing organisations never count as zero. */
function Figure({ value, t }: { value: number | null; t: Translate }) {
  if (value === null) {
    return (
      <Tooltip title={t('members.missing')}>
        <Typography.Text type="secondary" aria-label={t('members.missing')}>
          —
        </Typography.Text>
      </Tooltip>
    );
  }
  return <>{formatNumberVi(value)}</>;
}

/** Totals by organisation kind for a unit's subtree, a chart, and each unit below with drill-down. */
export function MemberRollupView() {
  const { t, lang } = useI18n();
  const me = useMe();
  const isPhone = useIsPhone();
  const ended = lastEndedQuarter();
  const [trail, setTrail] = useState<{ unitId: number; name: string }[]>([]);
  const [rootId, setRootId] = useState<number>(me.scopeUnitId);
  const [year, setYear] = useState(ended.year);
  const [quarter, setQuarter] = useState<number | undefined>(ended.quarter);
  const unitId = trail.length ? trail[trail.length - 1].unitId : rootId;
  const rollup = useQuery({
    queryKey: memberKeys.rollup(unitId, year, quarter),
    queryFn: () => fetchMemberRollup(unitId, year, quarter),
  });
  // The trail starts with the unit drilled from, so each step back is named.
  const drillInto = (child: Child) => {
    const step = { unitId: child.unitId, name: child.unitName };
    setTrail(trail.length ? [...trail, step] : [{ unitId: rootId, name: rollup.data?.unitName ?? '' }, step]);
  };

  const kindColumns: LightColumn<MemberKindFigures>[] = [
    { key: 'kind', title: t('members.kind'), render: (row) => kindName(row.kind, lang) },
    {
      key: 'members',
      title: t('members.membersShort'),
      align: 'end',
      render: (row) => <Figure value={row.members} t={t} />,
    },
    {
      key: 'admitted',
      title: t('members.admitted'),
      align: 'end',
      render: (row) => <Figure value={row.admitted} t={t} />,
    },
    { key: 'left', title: t('members.left'), align: 'end', render: (row) => <Figure value={row.left} t={t} /> },
    {
      key: 'referred',
      title: t('members.referredToParty'),
      align: 'end',
      render: (row) => <Figure value={row.referredToParty} t={t} />,
    },
    {
      key: 'reporting',
      title: t('members.reporting'),
      align: 'end',
      render: (row) => `${row.reporting}/${row.organisations}`,
    },
  ];
  const shownKinds = organisationKindCodes.filter((kind) => rollup.data?.totals.some((total) => total.kind === kind));
  const cell = (child: Child, kind: OrganisationKind) => {
    const figures = child.kinds.find((k) => k.kind === kind);
    if (!figures) return <Typography.Text type="secondary">·</Typography.Text>;
    return (
      <Tooltip title={`${t('members.reporting')}: ${figures.reporting}/${figures.organisations}`}>
        <span>
          <Figure value={figures.members} t={t} />
        </span>
      </Tooltip>
    );
  };
  const childColumns: LightColumn<Child>[] = [
    {
      key: 'unit',
      title: t('members.unit'),
      sticky: true,
      render: (child) =>
        child.hasChildren ? (
          <Button
            type="link"
            style={{ padding: 0, whiteSpace: 'normal', textAlign: 'left' }}
            onClick={() => drillInto(child)}
          >
            {child.unitName}
          </Button>
        ) : (
          child.unitName
        ),
    },
    ...shownKinds.map((kind) => ({
      key: kind,
      title: kindName(kind, lang),
      align: 'end' as const,
      render: (child: Child) => cell(child, kind),
    })),
  ];

  return (
    <Flex vertical gap={16}>
      <Flex gap={8} wrap>
        <div style={{ width: isPhone ? '100%' : 280 }}>
          <UnitTreeSelect
            aria-label={t('members.unit')}
            value={rootId}
            onChange={(id) => {
              if (id !== null) {
                setRootId(id);
                setTrail([]);
              }
            }}
          />
        </div>
        <Select<number>
          aria-label={t('members.year')}
          value={year}
          onChange={setYear}
          style={{ width: 110 }}
          options={Array.from({ length: 6 }, (_, i) => ({ value: thisYear - i, label: String(thisYear - i) }))}
        />
        <Select<number>
          aria-label={t('members.quarter')}
          value={quarter ?? 0}
          onChange={(value) => setQuarter(value === 0 ? undefined : value)}
          style={{ width: 130 }}
          options={[
            { value: 0, label: t('members.wholeYear') },
            ...[1, 2, 3, 4].map((i) => ({ value: i, label: `${t('members.quarter')} ${i}` })),
          ]}
        />
      </Flex>
      {trail.length > 0 && (
        <Breadcrumb
          items={trail.map((step, index) => ({
            title:
              index === trail.length - 1 ? (
                step.name
              ) : (
                <a onClick={() => setTrail(index === 0 ? [] : trail.slice(0, index + 1))}>{step.name}</a>
              ),
          }))}
        />
      )}
      {rollup.isError ? (
        <ErrorAlert error={rollup.error} onRetry={() => rollup.refetch()} />
      ) : rollup.isPending ? (
        <Skeleton active paragraph={{ rows: 6 }} />
      ) : rollup.data.totals.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('members.noOrganisations')} />
      ) : (
        <>
          <Typography.Text type="secondary" data-testid="member-rollup-period">
            {rollup.data.unitName} · {formatDateVi(rollup.data.periodStart)} – {formatDateVi(rollup.data.periodEnd)}
          </Typography.Text>
          <Card size="small" title={t('members.byKind')}>
            <MemberRollupChart kinds={rollup.data.totals} period={{ unitId, year, quarter }} />
            <LightTable<MemberKindFigures>
              label={t('members.byKind')}
              rowKey={(row) => row.kind}
              size="small"
              pageSize={Infinity}
              columns={kindColumns}
              rows={rollup.data.totals}
              emptyText={t('members.noOrganisations')}
            />
          </Card>
          {rollup.data.children.length > 0 && (
            <Card size="small" title={t('members.byChild')}>
              <LightTable<Child>
                label={t('members.byChild')}
                rowKey={(child) => child.unitId}
                size="small"
                pageSize={Infinity}
                columns={childColumns}
                rows={rollup.data.children}
                emptyText={t('members.noOrganisations')}
                testId="member-rollup-children"
              />
            </Card>
          )}
        </>
      )}
    </Flex>
  );
}
