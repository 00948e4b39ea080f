import { useState } from 'react';
import { Button, Flex } from 'antd';
import { KeyOutlined, LogoutOutlined } from '@ant-design/icons';
import { useNavigate } from 'react-router-dom';
import { ChangePasswordModal } from '../features/auth/ChangePasswordModal';
import { useI18n } from '../lib/i18n';
import { useApiErrorHandler } from '../lib/useApiErrorHandler';
import { useAuth } from './authContext';

/** "Đổi mật khẩu" and "Đăng xuất"; laid out in a row (header) or a column (phone drawer). */
export function AccountActions({ vertical = false }: { vertical?: boolean }) {
  const { t } = useI18n();
  const { signOut } = useAuth();
  const navigate = useNavigate();
  const handleError = useApiErrorHandler();
  const [changing, setChanging] = useState(false);
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
      <Button icon={<KeyOutlined aria-hidden />} onClick={() => setChanging(true)} block={vertical}>
        {t('header.changePassword')}
      </Button>
      <Button icon={<LogoutOutlined aria-hidden />} loading={leaving} onClick={handleLogout} block={vertical}>
        {t('header.logout')}
      </Button>
      <ChangePasswordModal open={changing} onClose={() => setChanging(false)} />
    </Flex>
  );
}
