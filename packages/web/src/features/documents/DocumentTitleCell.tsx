import { Flex, Tag, Typography } from 'antd';
import type { DocumentSummary } from '@danvan/shared';
import { useI18n } from '../../lib/i18n';
import { SnippetText } from './SnippetText';

/**
 * The title (trích yếu) with the search context under it; when the server took the context from the
 * title itself, the title is shown once, with its matches marked. A search of several words says how the
 * document matched: the words as a phrase (ranked first) or only each on its own.
 */
export function DocumentTitleCell({ doc }: { doc: DocumentSummary }) {
  const { t } = useI18n();
  const { snippet } = doc;
  const match = doc.match && (
    <Tag color={doc.match === 'phrase' ? 'green' : undefined} style={{ marginInlineStart: 6 }}>
      {t(doc.match === 'phrase' ? 'documents.matchPhrase' : 'documents.matchWords')}
    </Tag>
  );
  if (snippet && snippet.map((part) => part.text).join('') === doc.title) {
    return (
      <Typography.Text>
        <SnippetText snippet={snippet} />
        {match}
      </Typography.Text>
    );
  }
  return (
    <Flex vertical gap={2}>
      <Typography.Text>
        {doc.title}
        {match}
      </Typography.Text>
      {snippet && (
        <Typography.Text type="secondary" style={{ fontSize: 13 }}>
          <SnippetText snippet={snippet} />
        </Typography.Text>
      )}
    </Flex>
  );
}
