import { App as AntApp, ConfigProvider } from 'antd';
// The ES module builds: antd/locale/* resolves to the CommonJS copies, which bring a second date-picker locale.
import viVN from 'antd/es/locale/vi_VN';
import enUS from 'antd/es/locale/en_US';
import { useI18n } from '../lib/i18n';
import { AppLayout } from './AppLayout';
import { theme } from './theme';

/** The signed-in frame with Ant Design's theme and locale: loaded after the sign-in page (router.tsx). */
export function SignedInApp() {
  const { lang } = useI18n();
  return (
    <ConfigProvider locale={lang === 'vi' ? viVN : enUS} theme={theme}>
      <AntApp>
        <AppLayout />
      </AntApp>
    </ConfigProvider>
  );
}
