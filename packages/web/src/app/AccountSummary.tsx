import { Flex, Typography } from 'antd';
import { UserOutlined } from '@ant-design/icons';
import { useMe } from './authContext';

/** The signed-in person's full name over the name of their unit. */
export function AccountSummary() {
  const me = useMe();
  return (
    <Flex align="center" gap={8} style={{ minWidth: 0 }}>
      <UserOutlined aria-hidden style={{ fontSize: 18, color: '#8c8c8c' }} />
      <Flex vertical style={{ minWidth: 0, lineHeight: 1.3 }}>
        <Typography.Text strong ellipsis data-testid="account-name">
          {me.fullName}
        </Typography.Text>
        <Typography.Text type="secondary" ellipsis style={{ fontSize: 12 }}>
          {me.unitName}
        </Typography.Text>
      </Flex>
    </Flex>
  );
}
