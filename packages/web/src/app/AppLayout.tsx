import { lazy, Suspense, useEffect, useState } from 'react';
import { Button, Flex, Layout } from 'antd';
import { MenuOutlined } from '@ant-design/icons';
import { Outlet } from 'react-router-dom';
import { useScrollableTables } from '../components/useScrollableTables';
import { afterFirstPaintIdle } from '../lib/afterFirstPaintIdle';
import { breakpoints, contentPadding, siderWidth } from '../lib/frameLayout';
import { useI18n } from '../lib/i18n';
import { loadChunk } from '../lib/loadChunk';
import { useIsPhone } from '../lib/useIsPhone';
import { AccountActions } from './AccountActions';
import { AccountSummary } from './AccountSummary';
import { Brand } from './Brand';
import { LanguageToggle } from './LanguageToggle';
import { NavMenu } from './NavMenu';

const loadMenuDrawer = () => import('./MenuDrawer');

// A phone's menu (Ant Design's Drawer) is not fetched with every screen of a computer: on a phone, a moment after the
// screen is shown, or when the menu button is tapped first.
const MenuDrawer = lazy(() => loadChunk(loadMenuDrawer).then((module) => ({ default: module.MenuDrawer })));

const headerStyle = { borderBottom: '1px solid #f0f0f0', position: 'sticky', top: 0, zIndex: 10 } as const;

/** The signed-in frame: side menu on desktop, a drawer behind a menu button on phones. */
export function AppLayout() {
  const { t } = useI18n();
  const isPhone = useIsPhone();
  // Narrow from the first render below `lg`, as the menu's breakpoint makes it: the Sider itself narrows only after
  // that render, by which time a chart of the page may have been measured (and its picture drawn) for the wider menu.
  const [collapsed, setCollapsed] = useState(() => window.innerWidth < breakpoints.lg);
  const [drawerOpen, setDrawerOpen] = useState(false);
  // Kept mounted once opened so that the drawer can play its closing animation.
  const [drawerOpened, setDrawerOpened] = useState(false);
  useScrollableTables();
  useEffect(
    () => (isPhone ? afterFirstPaintIdle(() => void loadMenuDrawer().catch(() => undefined), 1000) : undefined),
    [isPhone],
  );

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
                  onClick={() => {
                    setDrawerOpened(true);
                    setDrawerOpen(true);
                  }}
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
      {isPhone && drawerOpened && (
        <Suspense fallback={null}>
          <MenuDrawer open={drawerOpen} onClose={() => setDrawerOpen(false)} />
        </Suspense>
      )}
    </Layout>
  );
}
