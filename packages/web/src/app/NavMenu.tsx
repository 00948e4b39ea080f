import { Menu, type MenuProps } from 'antd';
import {
  ApartmentOutlined,
  AuditOutlined,
  FileTextOutlined,
  FlagOutlined,
  HistoryOutlined,
  ProfileOutlined,
  ReadOutlined,
  TeamOutlined,
  UsergroupAddOutlined,
} from '@ant-design/icons';
import { useLocation, useNavigate } from 'react-router-dom';
import { useI18n } from '../lib/i18n';
import { useMe } from './authContext';

type MenuItem = Required<MenuProps>['items'][number];

/** The side menu; items follow the account's abilities. */
export function NavMenu({ onNavigate }: { onNavigate?: () => void }) {
  const me = useMe();
  const { t } = useI18n();
  const navigate = useNavigate();
  const location = useLocation();

  const items: MenuItem[] = [
    { key: '/units', icon: <ApartmentOutlined aria-hidden />, label: t('nav.units') },
    { key: '/reports', icon: <FileTextOutlined aria-hidden />, label: t('nav.reports') },
    { key: '/documents', icon: <ReadOutlined aria-hidden />, label: t('nav.documents') },
    { key: '/democracy', icon: <AuditOutlined aria-hidden />, label: t('nav.democracy') },
    { key: '/members', icon: <UsergroupAddOutlined aria-hidden />, label: t('nav.members') },
    { key: '/movements', icon: <FlagOutlined aria-hidden />, label: t('nav.movements') },
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
