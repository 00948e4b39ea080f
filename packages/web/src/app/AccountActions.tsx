import { lazy, Suspense, useState } from 'react';
import { Button, Flex } from 'antd';
import { KeyOutlined, LogoutOutlined } from '@ant-design/icons';
import { useNavigate } from 'react-router-dom';
import { useI18n } from '../lib/i18n';
import { loadChunk } from '../lib/loadChunk';
import { useApiErrorHandler } from '../lib/useApiErrorHandler';
import { useAuth } from './authContext';

// The form (Ant Design's Form and its validator) comes after the click, not with every screen of the frame.
const ChangePasswordModal = lazy(() =>
  loadChunk(() => import('../features/auth/ChangePasswordModal')).then((module) => ({
    default: module.ChangePasswordModal,
  })),
);

/** "Đổi mật khẩu" and "Đăng xuất"; laid out in a row (header) or a column (phone drawer). */
export function AccountActions({ vertical = false }: { vertical?: boolean }) {
  const { t } = useI18n();
  const { signOut } = useAuth();
  const navigate = useNavigate();
  const handleError = useApiErrorHandler();
  const [changing, setChanging] = useState(false);
  // Kept mounted once opened so that the modal can play its closing animation.
  const [changeOpened, setChangeOpened] = useState(false);
  const [leaving, setLeaving] = useState(false);

  const handleLogout = async () => {
    setLeaving(true);
    try {
      await signOut();
      navigate('/login', { replace: true });
    } catch (error) {
      handleError(error);
    } finally {
      setLeaving(false);
    }
  };

  return (
    <Flex gap={8} vertical={vertical}>
      <Button
        icon={<KeyOutlined aria-hidden />}
        onClick={() => {
          setChangeOpened(true);
          setChanging(true);
        }}
        block={vertical}
      >
        {t('header.changePassword')}
      </Button>
      <Button icon={<LogoutOutlined aria-hidden />} loading={leaving} onClick={handleLogout} block={vertical}>
        {t('header.logout')}
      </Button>
      {changeOpened && (
        <Suspense fallback={null}>
          <ChangePasswordModal open={changing} onClose={() => setChanging(false)} />
        </Suspense>
      )}
    </Flex>
  );
}
