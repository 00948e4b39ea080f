import { Tag } from 'antd';
import type { ModelSummary } from '@danvan/shared';
import { useI18n } from '../../lib/i18n';
import { statusColors, statusText } from './modelLabels';

/** The model's place in its lifecycle, with the level it was recognised at. */
export function ModelStatusTag({ model }: { model: Pick<ModelSummary, 'status' | 'recognitionLevel'> }) {
  const { lang } = useI18n();
  return (
    <Tag color={statusColors[model.status]} style={{ marginInlineEnd: 0 }}>
      {statusText(model.status, model.recognitionLevel, lang)}
    </Tag>
  );
}
