import { useState } from 'react';
import { App, Button, Card, Empty, Flex, Image, Progress, Typography, Upload } from 'antd';
import { CameraOutlined, DeleteOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { MODEL_PHOTO_MAX_BYTES, modelPhotoTypes, type ModelPhoto, type ModelSummary } from '@danvan/shared';
import { ApiError } from '../../lib/api';
import { useI18n } from '../../lib/i18n';
import { useApiErrorHandler } from '../../lib/useApiErrorHandler';
import { photoUrl, refreshModels, removePhoto, uploadPhoto } from './api';
import { ConfirmPopover } from '../../components/ConfirmPopover';

function looksLikePhoto(file: File): boolean {
  return /\.(jpe?g|png|webp)$/i.test(file.name) || modelPhotoTypes.some((type) => type === file.type);
}

/**
 * The model's photos as a gallery (click to enlarge), and for its own unit "Thêm ảnh" with a progress
 * bar and "Xóa". The server checks each file's type from its bytes and the 10 MB limit.
 */
export function ModelPhotos({ model }: { model: ModelSummary }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const handleError = useApiErrorHandler();
  const [progress, setProgress] = useState<{ name: string; percent: number } | null>(null);
  const add = useMutation({
    mutationFn: (file: File) => uploadPhoto(model.id, file, (percent) => setProgress({ name: file.name, percent })),
    onMutate: (file) => setProgress({ name: file.name, percent: 0 }),
    onSuccess: async (saved, file) => {
      await refreshModels(queryClient, saved);
      message.success(t('models.photoAdded', { name: file.name }));
    },
    onError: (error, file) => {
      if (error instanceof ApiError && error.status === 413)
        message.error(t('models.photoTooLarge', { name: file.name }));
      else if (error instanceof ApiError && error.status === 415)
        message.error(t('models.photoWrongType', { name: file.name }));
      else handleError(error);
    },
    onSettled: () => setProgress(null),
  });
  const remove = useMutation({
    mutationFn: (photo: ModelPhoto) => removePhoto(model.id, photo.id),
    onSuccess: async (saved) => {
      await refreshModels(queryClient, saved);
      message.success(t('models.photoRemoved'));
    },
    onError: (error) => handleError(error),
  });

  const choose = (file: File) => {
    if (!looksLikePhoto(file)) message.error(t('models.photoWrongType', { name: file.name }));
    else if (file.size > MODEL_PHOTO_MAX_BYTES) message.error(t('models.photoTooLarge', { name: file.name }));
    else add.mutate(file);
    return false;
  };

  return (
    <Card
      title={t('models.photos')}
      extra={
        model.abilities.managePhotos && (
          <Upload
            accept=".jpg,.jpeg,.png,.webp,image/jpeg,image/png,image/webp"
            showUploadList={false}
            beforeUpload={choose}
            disabled={add.isPending}
          >
            <Button icon={<CameraOutlined aria-hidden />} loading={add.isPending}>
              {t('models.photoAdd')}
            </Button>
          </Upload>
        )
      }
    >
      <Flex vertical gap={12}>
        {progress && (
          <div role="status">
            <Typography.Text>
              {progress.percent < 100
                ? t('models.photoUploading', { name: progress.name })
                : t('models.photoSaving', { name: progress.name })}
            </Typography.Text>
            <Progress percent={progress.percent} status="active" size="small" />
          </div>
        )}
        {model.photos.length === 0 ? (
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('models.noPhotos')} style={{ margin: 0 }} />
        ) : (
          <Image.PreviewGroup>
            <Flex gap={12} wrap role="list">
              {model.photos.map((photo) => (
                <Flex key={photo.id} vertical gap={4} align="center" role="listitem" style={{ width: 160 }}>
                  <Image
                    src={photoUrl(model.id, photo.id)}
                    alt={photo.fileName}
                    width={160}
                    height={120}
                    style={{ objectFit: 'cover', borderRadius: 6 }}
                  />
                  <Flex gap={4} align="center" style={{ width: '100%' }}>
                    <Typography.Text type="secondary" ellipsis style={{ flex: '1 1 auto', minWidth: 0, fontSize: 12 }}>
                      {photo.fileName}
                    </Typography.Text>
                    {model.abilities.managePhotos && (
                      <ConfirmPopover
                        title={t('models.photoRemoveConfirm')}
                        okText={t('models.photoRemove')}
                        okButtonProps={{ danger: true }}
                        cancelText={t('common.cancel')}
                        onConfirm={() => remove.mutateAsync(photo).catch(() => undefined)}
                      >
                        <Button
                          size="small"
                          type="text"
                          danger
                          icon={<DeleteOutlined aria-hidden />}
                          aria-label={t('models.photoRemoveNamed', { name: photo.fileName })}
                        />
                      </ConfirmPopover>
                    )}
                  </Flex>
                </Flex>
              ))}
            </Flex>
          </Image.PreviewGroup>
        )}
        {model.abilities.managePhotos && <Typography.Text type="secondary">{t('models.photoHint')}</Typography.Text>}
      </Flex>
    </Card>
  );
}
