import { useState } from 'react';
import { Breadcrumb, Button, Card, Col, Descriptions, Flex, Row, Statistic, Tag, Typography } from 'antd';
import { EditOutlined } from '@ant-design/icons';
import { Link } from 'react-router-dom';
import { formatDateVi, formatNumberVi, modelFields, type ModelSummary } from '@danvan/shared';
import { useI18n } from '../../lib/i18n';
import { ModelFormModal } from './ModelFormModal';
import { ModelStatusTag } from './ModelStatusTag';
import { PageTitle } from '../../components/PageTitle';

/** What the model is, who runs it, and its results with figures; "Sửa" while it is open to changes. */
/** A date never broken over two lines ("11/03/202⏎6") in a narrow column. */
const DateText = ({ iso }: { iso: string }) => <span style={{ whiteSpace: 'nowrap' }}>{formatDateVi(iso)}</span>;

export function ModelDetails({ model }: { model: ModelSummary }) {
  const { t, lang } = useI18n();
  const [editing, setEditing] = useState(false);
  const none = <Typography.Text type="secondary">{t('models.none')}</Typography.Text>;
  const paragraph = (text: string) =>
    text ? <Typography.Paragraph style={{ margin: 0, whiteSpace: 'pre-line' }}>{text}</Typography.Paragraph> : none;

  return (
    <Card>
      <Flex vertical gap={12}>
        <Breadcrumb
          items={[
            { key: 'models', title: <Link to="/models">{t('models.title')}</Link> },
            { key: 'model', title: model.name },
          ]}
        />
        <Flex justify="space-between" align="flex-start" gap={12} wrap>
          <Flex vertical gap={6} style={{ minWidth: 0, flex: '1 1 320px' }}>
            <PageTitle>{model.name}</PageTitle>
            <Flex gap={6} wrap>
              <ModelStatusTag model={model} />
              <Tag style={{ marginInlineEnd: 0 }}>{modelFields[model.field][lang]}</Tag>
            </Flex>
          </Flex>
          {model.abilities.update && (
            <Button icon={<EditOutlined aria-hidden />} onClick={() => setEditing(true)}>
              {t('models.edit')}
            </Button>
          )}
        </Flex>
        <Descriptions
          size="small"
          bordered
          column={{ xs: 1, sm: 1, md: 2 }}
          items={[
            {
              key: 'movement',
              label: t('models.movement'),
              span: 'filled',
              children: <Link to={`/movements/${model.movementId}`}>{model.movementName}</Link>,
            },
            { key: 'unit', label: t('models.unit'), children: model.unitName },
            { key: 'ownerPeople', label: t('models.ownerPeople'), children: model.ownerPeople || none },
            { key: 'registeredOn', label: t('models.registeredOn'), children: <DateText iso={model.registeredOn} /> },
            {
              key: 'startOn',
              label: t('models.startOn'),
              children: model.startOn ? <DateText iso={model.startOn} /> : none,
            },
            ...(model.recognisedOn
              ? [
                  {
                    key: 'recognisedOn',
                    label: t('models.recognisedOn'),
                    children: <DateText iso={model.recognisedOn} />,
                  },
                ]
              : []),
            {
              key: 'description',
              label: t('models.description'),
              span: 'filled',
              children: paragraph(model.description),
            },
            { key: 'results', label: t('models.results'), span: 'filled', children: paragraph(model.results) },
          ]}
        />
        {model.resultFigures.length > 0 && (
          <Row gutter={[16, 16]} role="list" aria-label={t('models.figures')}>
            {model.resultFigures.map((figure, index) => (
              <Col key={index} xs={12} md={6} role="listitem">
                <Card size="small">
                  <Statistic
                    title={figure.label}
                    value={formatNumberVi(figure.value)}
                    suffix={figure.unit || undefined}
                    styles={{ content: { fontSize: 22 } }}
                  />
                </Card>
              </Col>
            ))}
          </Row>
        )}
      </Flex>
      {editing && <ModelFormModal model={model} open onClose={() => setEditing(false)} />}
    </Card>
  );
}
