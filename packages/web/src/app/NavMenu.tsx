import { Badge, Flex, Menu, type MenuProps } from 'antd';
import type { ReactNode } from 'react';
import type { InboxGroupKey } from '@danvan/shared';
import {
  ApartmentOutlined,
  AuditOutlined,
  CarryOutOutlined,
  TrophyOutlined,
  FileTextOutlined,
  FlagOutlined,
  HistoryOutlined,
  HomeOutlined,
  ProfileOutlined,
  ReadOutlined,
  TeamOutlined,
  UsergroupAddOutlined,
} from '@ant-design/icons';
import { useLocation, useNavigate } from 'react-router-dom';
import { useI18n } from '../lib/i18n';
import { countOf, useInbox } from '../features/inbox';
import { useMe } from './authContext';

type MenuItem = Required<MenuProps>['items'][number];

/** The side menu; items follow the account's abilities. */
export function NavMenu({ onNavigate }: { onNavigate?: () => void }) {
  const me = useMe();
  const { t } = useI18n();
  const navigate = useNavigate();
  const location = useLocation();
  const inbox = useInbox();

  /**
   * A menu label with the count of the work waiting in that area: the home screen's counts, from the same query.
   * The label is never cut for the badge: where both do not fit on one line (a long label, a count of two digits,
   * a wider font), it takes two lines within the item's height.
   */
  const withCount = (label: string, keys: readonly InboxGroupKey[]): ReactNode => {
    const count = countOf(inbox.data, keys);
    if (count === 0) return label;
    return (
      <Flex
        component="span"
        align="center"
        justify="space-between"
        gap={8}
        style={{ minHeight: 40, lineHeight: 1.25, whiteSpace: 'normal' }}
      >
        <span style={{ minWidth: 0 }}>{label}</span>
        <span style={{ flexShrink: 0, display: 'inline-flex' }}>
          <Badge count={count} overflowCount={99} size="small" color="#b3261e" title={t('inbox.badge', { count })} />
        </span>
      </Flex>
    );
  };

  const items: MenuItem[] = [
    {
      key: '/',
      icon: <HomeOutlined aria-hidden />,
      label: withCount(t('inbox.nav'), inbox.data?.groups.map((group) => group.key) ?? []),
    },
    { key: '/units', icon: <ApartmentOutlined aria-hidden />, label: t('nav.units') },
    {
      key: '/reports',
      icon: <FileTextOutlined aria-hidden />,
      label: withCount(t('nav.reports'), ['reportsToWrite', 'reportsReturned', 'reportsToApprove']),
    },
    { key: '/documents', icon: <ReadOutlined aria-hidden />, label: t('nav.documents') },
    {
      key: '/democracy',
      icon: <AuditOutlined aria-hidden />,
      label: withCount(t('nav.democracy'), ['assessmentsToRate']),
    },
    { key: '/members', icon: <UsergroupAddOutlined aria-hidden />, label: t('nav.members') },
    {
      key: '/tasks',
      icon: <CarryOutOutlined aria-hidden />,
      label: withCount(t('tasks.nav'), [
        'tasksOverdue',
        'tasksDueSoon',
        'tasksToAccept',
        'taskExtensionsToDecide',
        'tasksGivenOverdue',
      ]),
    },
    {
      key: '/conferences',
      icon: <TeamOutlined aria-hidden />,
      label: withCount(t('conferences.nav'), ['bridgePointsToFill', 'minutesToApprove']),
    },
    {
      key: '/commendations',
      icon: <TrophyOutlined aria-hidden />,
      label: withCount(t('kt.nav'), ['nominationsToApprove', 'nominationsDue']),
    },
    {
      key: '/movements',
      icon: <FlagOutlined aria-hidden />,
      label: withCount(t('nav.movements'), ['modelsToEvaluate']),
    },
  ];
  if (me.abilities.manageUsers) {
    items.push({ key: '/users', icon: <TeamOutlined aria-hidden />, label: t('nav.users') });
  }
  if (me.abilities.readAudit) {
    items.push({ key: '/audit', icon: <HistoryOutlined aria-hidden />, label: t('nav.audit') });
  }
  if (me.abilities.manageCatalogue) {
    items.push({ key: '/catalogue', icon: <ProfileOutlined aria-hidden />, label: t('nav.catalogue') });
  }
  const section = `/${location.pathname.split('/')[1] ?? ''}`;
  // Models live under the movements entry.
  const selected = section === '/models' ? '/movements' : section;

  return (
    <Menu
      mode="inline"
      items={items}
      selectedKeys={[selected]}
      style={{ borderInlineEnd: 'none' }}
      onClick={({ key }) => {
        navigate(key);
        onNavigate?.();
      }}
    />
  );
}
