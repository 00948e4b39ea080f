import { Empty, Table, Tag, Typography } from 'antd';
import { formatDateTimeVi, formatNumberVi, roleNames, roles, type User } from '@danvan/shared';
import { useFitColumns, type FitColumn } from '../../components/fitColumns';
import { compareVi } from '../../lib/collate';
import { useI18n } from '../../lib/i18n';
import { UserRowActions } from './UserRowActions';

interface Props {
  users: User[];
  loading: boolean;
  onEdit: (user: User) => void;
  onSetPassword: (user: User) => void;
}

export function UsersTable({ users, loading, onEdit, onSetPassword }: Props) {
  const { t, lang } = useI18n();

  const columns: FitColumn<User>[] = [
    {
      title: t('user.username'),
      dataIndex: 'username',
      fixed: 'start',
      width: 170,
      sorter: (a, b) => compareVi(a.username, b.username),
      render: (username: string) => (
        <Typography.Text strong style={{ whiteSpace: 'nowrap' }}>
          {username}
        </Typography.Text>
      ),
    },
    {
      title: t('user.fullName'),
      dataIndex: 'fullName',
      hideBelow: 'phone',
      sorter: (a, b) => compareVi(a.fullName, b.fullName),
    },
    {
      title: t('user.role'),
      dataIndex: 'role',
      hideBelow: 'phone',
      filters: roles.map((role) => ({ text: roleNames[role][lang], value: role })),
      onFilter: (value, user) => user.role === value,
      sorter: (a, b) => roles.indexOf(a.role) - roles.indexOf(b.role),
      render: (role: User['role']) => roleNames[role][lang],
    },
    {
      title: t('user.unit'),
      dataIndex: 'unitName',
      hideBelow: 'phone',
      sorter: (a, b) => compareVi(a.unitName, b.unitName),
    },
    {
      title: t('user.status'),
      key: 'status',
      hideBelow: 'phone',
      filters: [
        { text: t('user.active'), value: 'active' },
        { text: t('user.disabled'), value: 'disabled' },
      ],
      onFilter: (value, user) => (value === 'disabled') === user.disabled,
      sorter: (a, b) => Number(a.disabled) - Number(b.disabled),
      render: (_, user) =>
        user.disabled ? <Tag>{t('user.disabled')}</Tag> : <Tag color="green">{t('user.active')}</Tag>,
    },
    {
      title: t('user.lastLogin'),
      dataIndex: 'lastLoginAt',
      hideBelow: 'wide',
      width: 150,
      sorter: (a, b) => (a.lastLoginAt ?? '').localeCompare(b.lastLoginAt ?? ''),
      render: (at: string | null) =>
        at ? formatDateTimeVi(at) : <Typography.Text type="secondary">{t('user.never')}</Typography.Text>,
    },
    {
      title: t('common.actions'),
      key: 'actions',
      render: (_, user) => <UserRowActions user={user} onEdit={onEdit} onSetPassword={onSetPassword} />,
    },
  ];

  const fitted = useFitColumns(columns);

  return (
    <Table<User>
      rowKey="id"
      size="middle"
      columns={fitted.columns}
      expandable={fitted.expandable}
      dataSource={users}
      loading={loading}
      scroll={{ x: 'max-content' }}
      locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('users.empty')} /> }}
      pagination={{
        defaultPageSize: 20,
        showSizeChanger: true,
        hideOnSinglePage: false,
        showTotal: (total) => t('users.count', { count: formatNumberVi(total) }),
      }}
    />
  );
}
