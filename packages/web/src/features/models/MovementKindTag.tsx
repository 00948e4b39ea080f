import { Tag } from 'antd';
import type { MovementSummary } from '@danvan/shared';
import { useI18n } from '../../lib/i18n';

const kindColors: Record<string, string> = { dan_van_kheo: 'blue', chinh_quyen_than_thien: 'green' };

/** What kind of movement it is: "Dân vận khéo", "Chính quyền thân thiện…", another. */
export function MovementKindTag({ movement }: { movement: Pick<MovementSummary, 'kind' | 'kindName'> }) {
  const { pick } = useI18n();
  return (
    <Tag color={kindColors[movement.kind]} style={{ marginInlineEnd: 0, whiteSpace: 'normal' }}>
      {pick(movement.kindName)}
    </Tag>
  );
}
