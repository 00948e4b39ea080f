import { Flex, Typography } from 'antd';
import type { DocumentSummary } from '@danvan/shared';
import { SnippetText } from './SnippetText';

/**
 * The title (trích yếu) with the search context under it; when the server took the context from the
 * title itself, the title is shown once, with its matches marked.
 */
export function DocumentTitleCell({ doc }: { doc: DocumentSummary }) {
  const { snippet } = doc;
  if (snippet && snippet.map((part) => part.text).join('') === doc.title) {
    return (
      <Typography.Text>
        <SnippetText snippet={snippet} />
      </Typography.Text>
    );
  }
  return (
    <Flex vertical gap={2}>
      <Typography.Text>{doc.title}</Typography.Text>
      {snippet && (
        <Typography.Text type="secondary" style={{ fontSize: 13 }}>
          <SnippetText snippet={snippet} />
        </Typography.Text>
      )}
    </Flex>
  );
}
