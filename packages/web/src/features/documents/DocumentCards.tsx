import type { ReactNode } from 'react';
import { Card, Flex, Pagination, Spin, Tag, Typography } from 'antd';
import { Link } from 'react-router-dom';
import { documentTypes, formatDateVi, type DocumentSummary } from '@danvan/shared';
import { useI18n } from '../../lib/i18n';
import { AttachmentCount } from './AttachmentCount';
import { documentCountText } from './documentCount';
import { DocumentTitleCell } from './DocumentTitleCell';

interface Props {
  items: DocumentSummary[];
  total: number;
  /** The server counted up to `total` and stopped: there are more. */
  totalCapped: boolean;
  loading: boolean;
  page: number;
  pageSize: number;
  emptyText: ReactNode;
  listSearch: string;
  onPageChange: (page: number, pageSize: number) => void;
}

/** The register on a phone: one card per document, paged by the server. */
export function DocumentCards({
  items,
  total,
  totalCapped,
  loading,
  page,
  pageSize,
  emptyText,
  listSearch,
  onPageChange,
}: Props) {
  const { t, lang } = useI18n();

  return (
    <Spin spinning={loading}>
      <Flex vertical gap={12}>
        <Typography.Text type="secondary">{documentCountText(t, total, totalCapped)}</Typography.Text>
        {items.length === 0 && !loading ? (
          emptyText
        ) : (
          <Flex vertical gap={12} role="list">
            {items.map((doc) => (
              <Card
                key={doc.id}
                size="small"
                role="listitem"
                title={
                  <Link to={`/documents/${doc.id}`} state={{ listSearch }}>
                    {doc.symbol}
                  </Link>
                }
                extra={<Typography.Text type="secondary">{formatDateVi(doc.issuedOn)}</Typography.Text>}
              >
                <Flex vertical gap={8}>
                  <DocumentTitleCell doc={doc} />
                  <Flex align="center" gap={8} wrap>
                    <Tag style={{ marginInlineEnd: 0 }}>{documentTypes[doc.type][lang]}</Tag>
                    <Typography.Text type="secondary" style={{ flex: '1 1 auto', minWidth: 0 }} ellipsis>
                      {doc.unitName}
                    </Typography.Text>
                    <AttachmentCount count={doc.attachments.length} />
                  </Flex>
                </Flex>
              </Card>
            ))}
          </Flex>
        )}
        {total > pageSize && (
          <Pagination
            align="center"
            size="small"
            current={page}
            pageSize={pageSize}
            total={total}
            showSizeChanger={false}
            onChange={onPageChange}
          />
        )}
      </Flex>
    </Spin>
  );
}
