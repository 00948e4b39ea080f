import { Card, Empty, Flex, Typography } from 'antd';
import { FilePdfOutlined, FileWordOutlined } from '@ant-design/icons';
import { formatNumberVi, type DocumentSummary } from '@danvan/shared';
import { useI18n } from '../../lib/i18n';
import { attachmentUrl } from './api';
import { AttachmentTextStatus } from './AttachmentTextStatus';
import { AttachmentUpload } from './AttachmentUpload';
import { formatFileSize } from './fileSize';

/** The files attached to a document, each a download link; new files for those who may change it. */
export function DocumentAttachments({ doc }: { doc: DocumentSummary }) {
  const { t } = useI18n();
  const count = doc.attachments.length;

  return (
    <Card title={count > 0 ? `${t('document.attachments')} (${formatNumberVi(count)})` : t('document.attachments')}>
      <Flex vertical gap={16}>
        {count === 0 ? (
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('document.noAttachments')} style={{ margin: 0 }} />
        ) : (
          <Flex vertical gap={8} role="list">
            {doc.attachments.map((file) => (
              <Flex key={file.id} vertical gap={2} role="listitem" style={{ minWidth: 0 }}>
                <Flex align="center" gap={8} style={{ minWidth: 0 }}>
                  {file.mime === 'application/pdf' ? (
                    <FilePdfOutlined aria-hidden style={{ color: '#cf1322', fontSize: 18 }} />
                  ) : (
                    <FileWordOutlined aria-hidden style={{ color: '#1d39c4', fontSize: 18 }} />
                  )}
                  <Typography.Link
                    href={attachmentUrl(doc.id, file.id)}
                    download={file.fileName}
                    ellipsis
                    style={{ minWidth: 0 }}
                  >
                    {file.fileName}
                  </Typography.Link>
                  <Typography.Text type="secondary" style={{ whiteSpace: 'nowrap' }}>
                    {formatFileSize(file.size)}
                  </Typography.Text>
                </Flex>
                <AttachmentTextStatus file={file} />
              </Flex>
            ))}
          </Flex>
        )}
        {doc.abilities.update && <AttachmentUpload documentId={doc.id} />}
      </Flex>
    </Card>
  );
}
