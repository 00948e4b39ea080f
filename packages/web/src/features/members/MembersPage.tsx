import { Card, Flex, Tabs, Typography } from 'antd';
import { MemberCountsList } from './MemberCountsList';
import { MemberRollupView } from './MemberRollupView';
import { useMemberText } from './memberText';

/** /members — members of the Front and member organisations: counts per period, and totals by kind. */
export function MembersPage() {
  const { m } = useMemberText();
  return (
    <Card>
      <Flex vertical gap={8}>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {m('title')}
        </Typography.Title>
        <Tabs
          destroyOnHidden
          items={[
            { key: 'list', label: m('tabList'), children: <MemberCountsList /> },
            { key: 'rollup', label: m('tabRollup'), children: <MemberRollupView /> },
          ]}
        />
      </Flex>
    </Card>
  );
}
