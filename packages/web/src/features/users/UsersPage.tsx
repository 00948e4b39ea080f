import { useDeferredValue, useMemo, useState } from 'react';
import { Button, Card, Flex, Input, Switch } from 'antd';
import { PlusOutlined, SearchOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { foldVi, type User } from '@danvan/shared';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useI18n } from '../../lib/i18n';
import { fetchUsers, userKeys } from './api';
import { CreateUserModal } from './CreateUserModal';
import { EditUserModal } from './EditUserModal';
import { SetPasswordModal } from './SetPasswordModal';
import { UsersTable } from './UsersTable';
import { PageTitle } from '../../components/PageTitle';
import { userMessages } from './messages';
import { installMessages } from '../../lib/messages';

// The strings this page shows, fetched with it (app/pageMessages.test.ts checks the list).
installMessages([userMessages]);

type Dialog = 'create' | 'edit' | 'password' | null;

function matches(user: User, needle: string): boolean {
  return foldVi(`${user.username} ${user.fullName} ${user.unitName}`).includes(needle);
}

export function UsersPage() {
  const { t } = useI18n();
  const [includeDisabled, setIncludeDisabled] = useState(false);
  const [query, setQuery] = useState('');
  const needle = foldVi(useDeferredValue(query));
  const [dialog, setDialog] = useState<Dialog>(null);
  const [target, setTarget] = useState<User | null>(null);
  const users = useQuery({
    queryKey: userKeys.list(includeDisabled),
    queryFn: () => fetchUsers(includeDisabled),
  });
  const shown = useMemo(
    () => (users.data ?? []).filter((user) => !needle || matches(user, needle)),
    [users.data, needle],
  );

  const open = (kind: Dialog) => (user: User) => {
    setTarget(user);
    setDialog(kind);
  };
  const close = () => setDialog(null);

  return (
    <Card>
      <Flex vertical gap={16}>
        <Flex justify="space-between" align="center" gap={12} wrap>
          <PageTitle>{t('nav.users')}</PageTitle>
          <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={() => setDialog('create')}>
            {t('users.add')}
          </Button>
        </Flex>
        <Flex gap={16} align="center" wrap>
          <Input
            allowClear
            prefix={<SearchOutlined aria-hidden />}
            placeholder={t('users.search')}
            aria-label={t('users.search')}
            value={query}
            onChange={(event) => setQuery(event.target.value)}
            style={{ maxWidth: 360 }}
          />
          <label style={{ display: 'inline-flex', alignItems: 'center', gap: 8 }}>
            <Switch size="small" checked={includeDisabled} onChange={setIncludeDisabled} />
            {t('users.includeDisabled')}
          </label>
        </Flex>
        {users.isError ? (
          <ErrorAlert error={users.error} onRetry={() => users.refetch()} />
        ) : (
          <UsersTable users={shown} loading={users.isPending} onEdit={open('edit')} onSetPassword={open('password')} />
        )}
      </Flex>
      <CreateUserModal open={dialog === 'create'} onClose={close} />
      {target && <EditUserModal user={target} open={dialog === 'edit'} onClose={close} />}
      {target && <SetPasswordModal user={target} open={dialog === 'password'} onClose={close} />}
    </Card>
  );
}
