import { useState } from 'react';
import {
  Breadcrumb,
  Button,
  Card,
  Empty,
  Flex,
  Select,
  Skeleton,
  Table,
  Tooltip,
  Typography,
  type TableProps,
} from 'antd';
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
import { UnitTreeSelect } from '../units/UnitTreeSelect';
import { fetchMemberRollup, memberKeys } from './api';
import { MemberRollupChart } from './MemberRollupChart';
import { kindName, lastEndedQuarter, useMemberText, type MemberText } from './memberText';

type Child = MemberRollup['children'][number];
const thisYear = new Date().getFullYear();

/** A figure, or "—" with the reason: missing organisations never count as zero. */
function Figure({ value, m }: { value: number | null; m: MemberText }) {
  if (value === null) {
    return (
      <Tooltip title={m('missing')}>
        <Typography.Text type="secondary" aria-label={m('missing')}>
          —
        </Typography.Text>
      </Tooltip>
    );
  }
  return <>{formatNumberVi(value)}</>;
}

/** Totals by organisation kind for a unit's subtree, a chart, and each unit below with drill-down. */
export function MemberRollupView() {
  const { m, lang } = useMemberText();
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

  const kindColumns: TableProps<MemberKindFigures>['columns'] = [
    { key: 'kind', title: m('kind'), render: (_, row) => kindName(row.kind, lang) },
    {
      key: 'members',
      title: m('membersShort'),
      align: 'right',
      render: (_, row) => <Figure value={row.members} m={m} />,
    },
    {
      key: 'admitted',
      title: m('admitted'),
      align: 'right',
      render: (_, row) => <Figure value={row.admitted} m={m} />,
    },
    { key: 'left', title: m('left'), align: 'right', render: (_, row) => <Figure value={row.left} m={m} /> },
    {
      key: 'referred',
      title: m('referredToParty'),
      align: 'right',
      render: (_, row) => <Figure value={row.referredToParty} m={m} />,
    },
    {
      key: 'reporting',
      title: m('reporting'),
      align: 'right',
      render: (_, row) => `${row.reporting}/${row.organisations}`,
    },
  ];
  const shownKinds = organisationKindCodes.filter((kind) => rollup.data?.totals.some((total) => total.kind === kind));
  const cell = (child: Child, kind: OrganisationKind) => {
    const figures = child.kinds.find((k) => k.kind === kind);
    if (!figures) return <Typography.Text type="secondary">·</Typography.Text>;
    return (
      <Tooltip title={`${m('reporting')}: ${figures.reporting}/${figures.organisations}`}>
        <span>
          <Figure value={figures.members} m={m} />
        </span>
      </Tooltip>
    );
  };
  const childColumns: TableProps<Child>['columns'] = [
    {
      key: 'unit',
      title: m('unit'),
      fixed: 'left',
      render: (_, child) =>
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
      align: 'right' as const,
      render: (_: unknown, child: Child) => cell(child, kind),
    })),
  ];

  return (
    <Flex vertical gap={16}>
      <Flex gap={8} wrap>
        <div style={{ width: isPhone ? '100%' : 280 }}>
          <UnitTreeSelect
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
          aria-label={m('year')}
          value={year}
          onChange={setYear}
          style={{ width: 110 }}
          options={Array.from({ length: 6 }, (_, i) => ({ value: thisYear - i, label: String(thisYear - i) }))}
        />
        <Select<number>
          aria-label={m('quarter')}
          value={quarter ?? 0}
          onChange={(value) => setQuarter(value === 0 ? undefined : value)}
          style={{ width: 130 }}
          options={[
            { value: 0, label: m('wholeYear') },
            ...[1, 2, 3, 4].map((i) => ({ value: i, label: `${m('quarter')} ${i}` })),
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
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={m('noOrganisations')} />
      ) : (
        <>
          <Typography.Text type="secondary" data-testid="member-rollup-period">
            {rollup.data.unitName} · {formatDateVi(rollup.data.periodStart)} – {formatDateVi(rollup.data.periodEnd)}
          </Typography.Text>
          <Card size="small" title={m('byKind')}>
            <MemberRollupChart kinds={rollup.data.totals} />
            <Table<MemberKindFigures>
              rowKey="kind"
              size="small"
              pagination={false}
              columns={kindColumns}
              dataSource={rollup.data.totals}
              scroll={{ x: 'max-content' }}
            />
          </Card>
          {rollup.data.children.length > 0 && (
            <Card size="small" title={m('byChild')}>
              <Table<Child>
                rowKey="unitId"
                size="small"
                pagination={false}
                columns={childColumns}
                dataSource={rollup.data.children}
                scroll={{ x: 'max-content' }}
                data-testid="member-rollup-children"
              />
            </Card>
          )}
        </>
      )}
    </Flex>
  );
}
