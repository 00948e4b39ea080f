import type { ReactNode } from 'react';
import { Card, Flex, Spin, Tag, Typography } from 'antd';
import { Link } from 'react-router-dom';
import { formatDateVi, formatNumberVi, modelFields, type ModelSummary } from '@danvan/shared';
import { useI18n } from '../../lib/i18n';
import { ModelStatusTag } from './ModelStatusTag';

/** The models list on a phone: one card per model. */
export function ModelCards({
  items,
  loading,
  emptyText,
}: {
  items: ModelSummary[];
  loading: boolean;
  emptyText: ReactNode;
}) {
  const { t, lang } = useI18n();
  return (
    <Spin spinning={loading}>
      <Flex vertical gap={12}>
        <Typography.Text type="secondary">{t('models.count', { count: formatNumberVi(items.length) })}</Typography.Text>
        {items.length === 0 && !loading ? (
          emptyText
        ) : (
          <Flex vertical gap={12} role="list">
            {items.map((model) => (
              <Card
                key={model.id}
                size="small"
                role="listitem"
                styles={{ title: { whiteSpace: 'normal' } }}
                title={<Link to={`/models/${model.id}`}>{model.name}</Link>}
              >
                <Flex vertical gap={6}>
                  <Typography.Text type="secondary">
                    {model.unitName} · {formatDateVi(model.registeredOn)}
                  </Typography.Text>
                  <Flex gap={6} wrap align="center">
                    <Tag style={{ marginInlineEnd: 0 }}>{modelFields[model.field][lang]}</Tag>
                    <ModelStatusTag model={model} />
                    {model.score !== null && (
                      <Typography.Text>
                        {t('models.scoreShort', { score: formatNumberVi(model.score) })}
                      </Typography.Text>
                    )}
                  </Flex>
                </Flex>
              </Card>
            ))}
          </Flex>
        )}
      </Flex>
    </Spin>
  );
}
