import { useState } from 'react';
import { App, Button, Flex, List, Progress, Typography, Upload } from 'antd';
import { PaperClipOutlined, UploadOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { formatDateTimeVi, type TaskDetail } from '@danvan/shared';
import { DownloadButton } from '../../components/DownloadButton';
import { ApiError } from '../../lib/api';
import { useI18n } from '../../lib/i18n';
import { useApiErrorHandler } from '../../lib/useApiErrorHandler';
import { attachmentPath, refreshTask, uploadTaskEvidence } from './api';

const maxBytes = 20 * 1024 * 1024;

/** The task's evidence files, and "Đính kèm minh chứng" for the owner while it works on the task. */
export function TaskEvidence({ task }: { task: TaskDetail }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const handleError = useApiErrorHandler();
  const [percent, setPercent] = useState<number | null>(null);
  const mutation = useMutation({
    mutationFn: (file: File) => uploadTaskEvidence(task.id, file, setPercent),
    onMutate: () => setPercent(0),
    onSuccess: async (saved, file) => {
      await refreshTask(queryClient, saved);
      message.success(t('tasks.attached', { name: file.name }));
    },
    onError: (error, file) => {
      if (error instanceof ApiError && (error.status === 413 || error.status === 415))
        message.error(t('tasks.fileRefused', { name: file.name }));
      else handleError(error);
    },
    onSettled: () => setPercent(null),
  });
  return (
    <Flex vertical gap={8}>
      {task.attachments.length === 0 ? (
        <Typography.Text type="secondary">{t('tasks.noEvidence')}</Typography.Text>
      ) : (
        <List
          size="small"
          dataSource={task.attachments}
          renderItem={(file) => (
            <List.Item key={file.id}>
              <Flex gap={8} wrap align="center">
                <DownloadButton
                  path={attachmentPath(task.id, file.id)}
                  fallbackName={file.fileName}
                  icon={<PaperClipOutlined aria-hidden />}
                >
                  {file.fileName}
                </DownloadButton>
                <Typography.Text type="secondary">
                  {file.byName} · {formatDateTimeVi(file.at)}
                </Typography.Text>
              </Flex>
            </List.Item>
          )}
        />
      )}
      {task.abilities.report && (
        <Upload
          accept=".pdf,.docx,.jpg,.jpeg,.png"
          showUploadList={false}
          disabled={mutation.isPending}
          beforeUpload={(file) => {
            if (file.size > maxBytes) message.error(t('tasks.fileRefused', { name: file.name }));
            else mutation.mutate(file);
            return false;
          }}
        >
          <Button icon={<UploadOutlined aria-hidden />} loading={mutation.isPending}>
            {t('tasks.attach')}
          </Button>
        </Upload>
      )}
      {percent !== null && <Progress percent={percent} size="small" status="active" />}
    </Flex>
  );
}
