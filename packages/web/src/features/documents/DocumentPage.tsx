import { Flex } from 'antd';
import { skipToken, useQuery } from '@tanstack/react-query';
import { useParams } from 'react-router-dom';
import { useMe } from '../../app/authContext';
import { DetailPage } from '../../components/DetailPage';
import { parseId } from '../../lib/parseId';
import { documentKeys, fetchDocument } from './api';
import { DocumentAttachments } from './DocumentAttachments';
import { DocumentDetails } from './DocumentDetails';
import { DocumentHistory } from './DocumentHistory';
import { documentMessages } from './messages';
import { installMessages } from '../../lib/messages';

// The strings this page shows, fetched with it (app/pageMessages.test.ts checks the list).
installMessages([documentMessages]);

/** /documents/:id — one entry of the register: its fields, attached files and change history. */
export function DocumentPage() {
  const me = useMe();
  const id = parseId(useParams().id);
  const doc = useQuery({
    queryKey: documentKeys.detail(id ?? 0),
    queryFn: id ? () => fetchDocument(id) : skipToken,
    // An attachment's text is read after the upload: look again until it is done.
    refetchInterval: (query) =>
      query.state.data?.attachments.some((file) => file.textStatus === 'pending') ? 2000 : false,
  });

  return (
    <DetailPage query={doc} addressed={id !== null}>
      {(data) => (
        <Flex vertical gap={16}>
          <DocumentDetails doc={data} />
          <DocumentAttachments doc={data} />
          {me.abilities.readAudit && <DocumentHistory doc={data} />}
        </Flex>
      )}
    </DetailPage>
  );
}
