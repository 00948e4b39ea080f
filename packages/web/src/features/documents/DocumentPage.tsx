import { Card, Empty, Flex, Skeleton } from 'antd';
import { skipToken, useQuery } from '@tanstack/react-query';
import { useParams } from 'react-router-dom';
import { useMe } from '../../app/authContext';
import { NotFoundPage } from '../../app/NotFoundPage';
import { ErrorAlert } from '../../components/ErrorAlert';
import { ApiError } from '../../lib/api';
import { useI18n } from '../../lib/i18n';
import { parseId } from '../../lib/parseId';
import { documentKeys, fetchDocument } from './api';
import { DocumentAttachments } from './DocumentAttachments';
import { DocumentDetails } from './DocumentDetails';
import { DocumentHistory } from './DocumentHistory';

/** /documents/:id — one entry of the register: its fields, attached files and change history. */
export function DocumentPage() {
  const { pick } = useI18n();
  const me = useMe();
  const id = parseId(useParams().id);
  const doc = useQuery({
    queryKey: documentKeys.detail(id ?? 0),
    queryFn: id ? () => fetchDocument(id) : skipToken,
  });

  if (id === null) return <NotFoundPage />;
  if (doc.isPending) {
    return (
      <Card>
        <Skeleton active paragraph={{ rows: 10 }} />
      </Card>
    );
  }
  if (doc.isError) {
    return (
      <Card>
        {doc.error instanceof ApiError && doc.error.status === 404 ? (
          <Empty description={pick(doc.error.bilingual)} />
        ) : (
          <ErrorAlert error={doc.error} onRetry={() => doc.refetch()} />
        )}
      </Card>
    );
  }
  return (
    <Flex vertical gap={16}>
      <DocumentDetails doc={doc.data} />
      <DocumentAttachments doc={doc.data} />
      {me.abilities.readAudit && <DocumentHistory doc={doc.data} />}
    </Flex>
  );
}
