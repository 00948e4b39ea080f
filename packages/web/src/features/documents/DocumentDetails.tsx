import { useState } from 'react';
import { Breadcrumb, Button, Card, Descriptions, Flex, Tag, Typography } from 'antd';
import { EditOutlined } from '@ant-design/icons';
import { Link, useLocation } from 'react-router-dom';
import { documentTopics, documentTypes, formatDateVi, type DocumentSummary } from '@danvan/shared';
import { useI18n } from '../../lib/i18n';
import { DocumentFormModal } from './DocumentFormModal';
import { typeOptionLabel } from './documentLabels';
import { PageTitle } from '../../components/PageTitle';

/** The list's address query the user came from (see DocumentList), to lead back to the same search. */
function listSearchOf(state: unknown): string {
  if (typeof state === 'object' && state !== null && 'listSearch' in state && typeof state.listSearch === 'string') {
    return state.listSearch;
  }
  return '';
}

/** Every field of a registered document, with "Sửa" for those who may change it. */
export function DocumentDetails({ doc }: { doc: DocumentSummary }) {
  const { t, lang } = useI18n();
  const location = useLocation();
  const [editing, setEditing] = useState(false);

  return (
    <Card>
      <Flex vertical gap={12}>
        <Breadcrumb
          items={[
            {
              key: 'documents',
              title: <Link to={`/documents${listSearchOf(location.state)}`}>{t('documents.title')}</Link>,
            },
            { key: 'document', title: doc.symbol },
          ]}
        />
        <Flex justify="space-between" align="flex-start" gap={12} wrap>
          <Flex vertical gap={4} style={{ minWidth: 0, flex: '1 1 320px' }}>
            <Flex align="center" gap={8} wrap>
              <PageTitle>{doc.symbol}</PageTitle>
              <Tag>{documentTypes[doc.type][lang]}</Tag>
            </Flex>
            <Typography.Text style={{ fontSize: 16 }}>{doc.title}</Typography.Text>
          </Flex>
          {doc.abilities.update && (
            <Button icon={<EditOutlined aria-hidden />} onClick={() => setEditing(true)}>
              {t('document.edit')}
            </Button>
          )}
        </Flex>
        <Descriptions
          size="small"
          bordered
          column={{ xs: 1, sm: 1, md: 2 }}
          items={[
            { key: 'symbol', label: t('document.symbol'), children: doc.symbol },
            { key: 'type', label: t('documents.type'), children: typeOptionLabel(doc.type, lang) },
            { key: 'issuedOn', label: t('document.issuedOn'), children: formatDateVi(doc.issuedOn) },
            { key: 'signer', label: t('document.signer'), children: doc.signer },
            { key: 'unit', label: t('document.unit'), children: doc.unitName },
            { key: 'role', label: t('document.role'), children: t(`document.role.${doc.role}`) },
            { key: 'title', label: t('document.title'), span: 'filled', children: doc.title },
            {
              key: 'summary',
              label: t('document.summary'),
              span: 'filled',
              children: doc.summary ? (
                <Typography.Paragraph style={{ margin: 0, whiteSpace: 'pre-line' }}>{doc.summary}</Typography.Paragraph>
              ) : (
                <Typography.Text type="secondary">{t('document.none')}</Typography.Text>
              ),
            },
            {
              key: 'topics',
              label: t('document.topics'),
              span: 'filled',
              children:
                doc.topics.length > 0 ? (
                  <Flex gap={4} wrap>
                    {doc.topics.map((topic) => (
                      <Tag key={topic} color="blue">
                        {documentTopics[topic][lang]}
                      </Tag>
                    ))}
                  </Flex>
                ) : (
                  <Typography.Text type="secondary">{t('document.none')}</Typography.Text>
                ),
            },
          ]}
        />
      </Flex>
      {doc.abilities.update && <DocumentFormModal doc={doc} open={editing} onClose={() => setEditing(false)} />}
    </Card>
  );
}
