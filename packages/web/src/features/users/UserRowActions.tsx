import { App, Button, Flex, Tooltip } from 'antd';
import { EditOutlined, KeyOutlined, LockOutlined, UnlockOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { User } from '@danvan/shared';
import { useI18n } from '../../lib/i18n';
import { useApiErrorHandler } from '../../lib/useApiErrorHandler';
import { updateUser, userKeys } from './api';
import { ConfirmPopover } from '../../components/ConfirmPopover';

interface Props {
  user: User;
  onEdit: (user: User) => void;
  onSetPassword: (user: User) => void;
}

/** Edit, set password, and disable/enable — as the user's abilities allow; icon buttons named for screen readers. */
export function UserRowActions({ user, onEdit, onSetPassword }: Props) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const handleError = useApiErrorHandler();
  const toggle = useMutation({
    mutationFn: (disabled: boolean) => updateUser(user.id, { disabled }),
    onSuccess: async (updated) => {
      await queryClient.invalidateQueries({ queryKey: userKeys.all });
      const done = updated.disabled ? 'user.disabledDone' : 'user.enabledDone';
      message.success(t(done, { username: updated.username }));
    },
    onError: (error) => handleError(error),
  });

  return (
    <Flex gap={4}>
      {user.abilities.update && (
        <Tooltip title={t('user.edit')}>
          <Button
            type="text"
            icon={<EditOutlined aria-hidden />}
            aria-label={t('user.edit')}
            onClick={() => onEdit(user)}
          />
        </Tooltip>
      )}
      {user.abilities.resetPassword && (
        <Tooltip title={t('user.setPassword')}>
          <Button
            type="text"
            icon={<KeyOutlined aria-hidden />}
            aria-label={t('user.setPassword')}
            onClick={() => onSetPassword(user)}
          />
        </Tooltip>
      )}
      {user.abilities.disable &&
        (user.disabled ? (
          <Tooltip title={t('user.enable')}>
            <Button
              type="text"
              icon={<UnlockOutlined aria-hidden />}
              aria-label={t('user.enable')}
              loading={toggle.isPending}
              onClick={() => toggle.mutate(false)}
            />
          </Tooltip>
        ) : (
          <ConfirmPopover
            title={t('user.disableConfirm', { username: user.username })}
            okText={t('user.disable')}
            okButtonProps={{ danger: true }}
            cancelText={t('common.cancel')}
            onConfirm={() => toggle.mutateAsync(true).catch(() => undefined)}
          >
            <Tooltip title={t('user.disable')}>
              <Button
                type="text"
                danger
                icon={<LockOutlined aria-hidden />}
                aria-label={t('user.disable')}
                loading={toggle.isPending}
              />
            </Tooltip>
          </ConfirmPopover>
        ))}
    </Flex>
  );
}
