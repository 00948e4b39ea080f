import { Typography } from 'antd';
import { formatDateVi, type Unit } from '@danvan/shared';
import { useI18n } from '../../lib/i18n';

const matchStyle = { background: '#fff1b8', borderRadius: 2, fontWeight: 600 };

/** A unit's name in the tree, marked when it matches the search; closed units are greyed with their closing date. */
export function UnitTreeTitle({ unit, matched }: { unit: Unit; matched: boolean }) {
  const { t } = useI18n();
  const name = <span style={matched ? matchStyle : undefined}>{unit.name}</span>;
  if (!unit.closedOn) return name;
  return (
    <Typography.Text type="secondary">
      {name} <span style={{ fontSize: 12 }}>{t('units.closedSuffix', { date: formatDateVi(unit.closedOn) })}</span>
    </Typography.Text>
  );
}
