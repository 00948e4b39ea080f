import { Flex, Table, Tag, Typography } from 'antd';
import { checkOutcomes, commendationRuleKinds, type CheckOutcome, type NominationSummary } from '@danvan/shared';
import { useI18n } from '../../lib/i18n';
import { useIsPhone } from '../../lib/useIsPhone';

const colors: Record<CheckOutcome, string> = { met: 'green', not_met: 'red', unknown: 'gold' };

export function OutcomeTag({ outcome }: { outcome: CheckOutcome }) {
  const { pick } = useI18n();
  return <Tag color={colors[outcome]}>{pick(checkOutcomes[outcome])}</Tag>;
}

/** The rule check criterion by criterion: met / not met / cannot tell, with the figures and the reason. */
export function CheckTable({ nomination }: { nomination: NominationSummary }) {
  const { t, pick } = useI18n();
  const isPhone = useIsPhone();
  const { criteria } = nomination.check;
  if (criteria.length === 0)
    return (
      <Typography.Text type="secondary">
        {nomination.collectiveUnitId !== null ? t('kt.collectiveNoCriteria') : t('kt.noRules')}
      </Typography.Text>
    );
  // A phone reads the criteria one under another, each with its figures and reason, nothing hidden sideways.
  if (isPhone)
    return (
      <Flex vertical gap={8} role="list" aria-label={t('kt.check')}>
        {criteria.map((c) => (
          <Flex key={c.kind} vertical role="listitem" style={{ borderTop: '1px solid #f0f0f0', paddingTop: 6 }}>
            <span>
              <OutcomeTag outcome={c.outcome} /> {pick(commendationRuleKinds[c.kind])}
            </span>
            <Typography.Text>{c.figures}</Typography.Text>
            <Typography.Text type="secondary">{c.reason}</Typography.Text>
          </Flex>
        ))}
      </Flex>
    );
  return (
    <Table
      size="small"
      pagination={false}
      rowKey="kind"
      dataSource={criteria}
      columns={[
        { key: 'kind', title: t('kt.criterion'), width: '26%', render: (_, c) => pick(commendationRuleKinds[c.kind]) },
        { key: 'outcome', title: t('kt.result'), width: 150, render: (_, c) => <OutcomeTag outcome={c.outcome} /> },
        { key: 'figures', title: t('kt.figures'), dataIndex: 'figures' },
        { key: 'reason', title: t('kt.reason'), dataIndex: 'reason' },
      ]}
    />
  );
}
