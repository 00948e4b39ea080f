import { useState } from 'react';
import { Button, Divider, Drawer, Flex, Layout } from 'antd';
import { MenuOutlined } from '@ant-design/icons';
import { Outlet } from 'react-router-dom';
import { useScrollableTables } from '../components/useScrollableTables';
import { breakpoints, contentPadding, siderWidth } from '../lib/frameLayout';
import { useI18n } from '../lib/i18n';
import { useIsPhone } from '../lib/useIsPhone';
import { AccountActions } from './AccountActions';
import { AccountSummary } from './AccountSummary';
import { Brand } from './Brand';
import { LanguageToggle } from './LanguageToggle';
import { NavMenu } from './NavMenu';

const headerStyle = { borderBottom: '1px solid #f0f0f0', position: 'sticky', top: 0, zIndex: 10 } as const;

/** The signed-in frame: side menu on desktop, a drawer behind a menu button on phones. */
export function AppLayout() {
  const { t } = useI18n();
  const isPhone = useIsPhone();
  // Narrow from the first render below `lg`, as the menu's breakpoint makes it: the Sider itself narrows only after
  // that render, by which time a chart of the page may have been measured (and its picture drawn) for the wider menu.
  const [collapsed, setCollapsed] = useState(() => window.innerWidth < breakpoints.lg);
  const [drawerOpen, setDrawerOpen] = useState(false);
  useScrollableTables();

  return (
    <Layout style={{ minHeight: '100vh' }}>
      <a className="skip-link" href="#main-content">
        {t('nav.skipToContent')}
      </a>
      {!isPhone && (
        <Layout.Sider
          collapsible
          collapsed={collapsed}
          onCollapse={setCollapsed}
          breakpoint="lg"
          theme="light"
          width={siderWidth.open}
          collapsedWidth={siderWidth.collapsed}
          style={{ borderInlineEnd: '1px solid #f0f0f0' }}
        >
          <div style={{ padding: '18px 24px' }}>
            <Brand compact={collapsed} />
          </div>
          <NavMenu />
        </Layout.Sider>
      )}
      <Layout>
        <Layout.Header style={headerStyle}>
          {isPhone ? (
            <Flex align="center" justify="space-between" gap={12} style={{ height: '100%' }}>
              <Flex align="center" gap={8}>
                <Button
                  type="text"
                  icon={<MenuOutlined aria-hidden />}
                  aria-label={t('nav.openMenu')}
                  onClick={() => setDrawerOpen(true)}
                />
                <Brand />
              </Flex>
              <LanguageToggle />
            </Flex>
          ) : (
            <Flex align="center" justify="flex-end" gap={16} style={{ height: '100%' }}>
              <div style={{ minWidth: 0, maxWidth: 320 }}>
                <AccountSummary />
              </div>
              <LanguageToggle />
              <AccountActions />
            </Flex>
          )}
        </Layout.Header>
        <Layout.Content
          id="main-content"
          tabIndex={-1}
          style={{ padding: isPhone ? contentPadding.phone : contentPadding.wide, outline: 'none' }}
        >
          <Outlet />
        </Layout.Content>
      </Layout>
      {isPhone && (
        <Drawer
          placement="left"
          size={280}
          open={drawerOpen}
          onClose={() => setDrawerOpen(false)}
          title={<Brand />}
          styles={{ body: { padding: 0 } }}
        >
          <div style={{ padding: 16 }}>
            <AccountSummary />
          </div>
          <NavMenu onNavigate={() => setDrawerOpen(false)} />
          <Divider style={{ margin: '8px 0' }} />
          <div style={{ padding: 16 }}>
            <AccountActions vertical />
          </div>
        </Drawer>
      )}
    </Layout>
  );
}
