import { useState } from 'react';
import { App, Button, Flex, Progress, Upload } from 'antd';
import { UploadOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { ApiError } from '../../lib/api';
import { useI18n } from '../../lib/i18n';
import { useApiErrorHandler } from '../../lib/useApiErrorHandler';
import { refreshAssessment, uploadEvidence } from './api';

const maxBytes = 20 * 1024 * 1024;

/** "Đính kèm minh chứng": one PDF, DOCX, JPEG or PNG (≤ 20 MB) with progress; the server checks the type from the bytes. */
export function EvidenceUpload({ unitId, year, itemId }: { unitId: number; year: number; itemId: number }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const handleError = useApiErrorHandler();
  const [percent, setPercent] = useState<number | null>(null);
  const mutation = useMutation({
    mutationFn: (file: File) => uploadEvidence(unitId, year, itemId, file, setPercent),
    onMutate: () => setPercent(0),
    onSuccess: async (saved, file) => {
      await refreshAssessment(queryClient, saved);
      message.success(t('democracy.attached', { name: file.name }));
    },
    onError: (error, file) => {
      if (error instanceof ApiError && (error.status === 413 || error.status === 415))
        message.error(t('democracy.fileRefused', { name: file.name }));
      else handleError(error);
    },
    onSettled: () => setPercent(null),
  });
  return (
    <Flex vertical gap={4}>
      <Upload
        accept=".pdf,.docx,.jpg,.jpeg,.png"
        showUploadList={false}
        disabled={mutation.isPending}
        beforeUpload={(file) => {
          if (file.size > maxBytes) message.error(t('democracy.fileRefused', { name: file.name }));
          else mutation.mutate(file);
          return false;
        }}
      >
        <Button size="small" icon={<UploadOutlined aria-hidden />} loading={mutation.isPending}>
          {t('democracy.attach')}
        </Button>
      </Upload>
      {percent !== null && <Progress percent={percent} size="small" status="active" />}
    </Flex>
  );
}
