import { useState } from 'react';
import { App, Button, Flex, Progress, Typography, Upload } from 'antd';
import { UploadOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { ApiError } from '../../lib/api';
import { useI18n } from '../../lib/i18n';
import { useApiErrorHandler } from '../../lib/useApiErrorHandler';
import { refreshDocuments, uploadAttachment } from './api';

const maxBytes = 20 * 1024 * 1024;
const pdfMime = 'application/pdf';
const docxMime = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

function looksAccepted(file: File): boolean {
  return /\.(pdf|docx)$/i.test(file.name) || file.type === pdfMime || file.type === docxMime;
}

/**
 * "Đính kèm tệp": sends one PDF or DOCX (at most 20 MB) with a progress bar; the server checks the
 * type from the content, and its refusals (415 wrong type, 413 too large) are told in plain words.
 */
export function AttachmentUpload({ documentId }: { documentId: number }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const handleError = useApiErrorHandler();
  const [progress, setProgress] = useState<{ name: string; percent: number } | null>(null);
  const mutation = useMutation({
    mutationFn: (file: File) =>
      uploadAttachment(documentId, file, (percent) => setProgress({ name: file.name, percent })),
    onMutate: (file) => setProgress({ name: file.name, percent: 0 }),
    onSuccess: async (saved, file) => {
      await refreshDocuments(queryClient, saved);
      message.success(t('document.attachedDone', { name: file.name }));
    },
    onError: (error, file) => {
      if (error instanceof ApiError && error.status === 413)
        message.error(t('document.fileTooLarge', { name: file.name }));
      else if (error instanceof ApiError && error.status === 415)
        message.error(t('document.fileWrongType', { name: file.name }));
      else handleError(error);
    },
    onSettled: () => setProgress(null),
  });

  const choose = (file: File) => {
    if (!looksAccepted(file)) message.error(t('document.fileWrongType', { name: file.name }));
    else if (file.size > maxBytes) message.error(t('document.fileTooLarge', { name: file.name }));
    else mutation.mutate(file);
    return false;
  };

  return (
    <Flex vertical gap={8}>
      <Flex align="center" gap={12} wrap>
        <Upload
          accept={`.pdf,.docx,${pdfMime},${docxMime}`}
          showUploadList={false}
          beforeUpload={choose}
          disabled={mutation.isPending}
        >
          <Button icon={<UploadOutlined aria-hidden />} loading={mutation.isPending}>
            {t('document.attach')}
          </Button>
        </Upload>
        <Typography.Text type="secondary">{t('document.attachHint')}</Typography.Text>
      </Flex>
      {progress && (
        <div role="status">
          <Typography.Text>
            {progress.percent < 100
              ? t('document.uploading', { name: progress.name })
              : t('document.processing', { name: progress.name })}
          </Typography.Text>
          <Progress percent={progress.percent} status="active" size="small" />
        </div>
      )}
    </Flex>
  );
}
