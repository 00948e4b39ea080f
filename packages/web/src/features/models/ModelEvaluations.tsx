import { useState } from 'react';
import { Button, Card, Empty, Flex, List, Typography } from 'antd';
import { SafetyCertificateOutlined, StarOutlined } from '@ant-design/icons';
import { formatDateVi, formatNumberVi, type ModelSummary } from '@danvan/shared';
import { useI18n } from '../../lib/i18n';
import { DecideModelModal } from './DecideModelModal';
import { EvaluateModelModal } from './EvaluateModelModal';
import { ModelStatusTag } from './ModelStatusTag';
import { ListItemText } from '../../components/ListItemText';

/** The upper unit's evaluations with scores, the decision, and "Đánh giá" / "Công nhận" for those the server allows. */
export function ModelEvaluations({ model }: { model: ModelSummary }) {
  const { t } = useI18n();
  const [dialog, setDialog] = useState<'evaluate' | 'decide' | null>(null);

  return (
    <Card
      title={t('models.evaluations')}
      extra={
        <Flex gap={8} wrap>
          {model.abilities.evaluate && (
            <Button icon={<StarOutlined aria-hidden />} onClick={() => setDialog('evaluate')}>
              {t('models.evaluate')}
            </Button>
          )}
          {model.abilities.decide && (
            <Button type="primary" icon={<SafetyCertificateOutlined aria-hidden />} onClick={() => setDialog('decide')}>
              {t('models.decide')}
            </Button>
          )}
        </Flex>
      }
    >
      <Flex vertical gap={12}>
        <Flex gap={8} align="center" wrap>
          <Typography.Text type="secondary">{t('models.status')}:</Typography.Text>
          <ModelStatusTag model={model} />
          {model.recognisedOn && (
            <Typography.Text type="secondary">
              {t('models.recognisedOnShort', { date: formatDateVi(model.recognisedOn) })}
            </Typography.Text>
          )}
        </Flex>
        {model.evaluations.length === 0 ? (
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('models.noEvaluations')} style={{ margin: 0 }} />
        ) : (
          <List
            dataSource={model.evaluations}
            renderItem={(evaluation, index) => (
              <List.Item
                key={index}
                extra={
                  <Typography.Text strong style={{ fontSize: 20 }}>
                    {t('models.scoreOf100', { score: formatNumberVi(evaluation.score) })}
                  </Typography.Text>
                }
              >
                <ListItemText
                  title={`${evaluation.evaluatorName} · ${formatDateVi(evaluation.evaluatedOn)}`}
                  description={
                    evaluation.comment ? (
                      <span style={{ whiteSpace: 'pre-line' }}>{evaluation.comment}</span>
                    ) : (
                      t('models.noComment')
                    )
                  }
                />
              </List.Item>
            )}
          />
        )}
      </Flex>
      {dialog === 'evaluate' && <EvaluateModelModal model={model} open onClose={() => setDialog(null)} />}
      {dialog === 'decide' && <DecideModelModal model={model} open onClose={() => setDialog(null)} />}
    </Card>
  );
}
