import { Flex, Progress, Typography } from 'antd';
import { formatNumberVi } from '@danvan/shared';
import { useI18n } from '../../lib/i18n';

/** "7/8 đơn vị tham gia" with a bar: units that registered a model out of those expected to. */
export function ParticipationBar({ taking, expected }: { taking: number; expected: number }) {
  const { t } = useI18n();
  const percent = expected > 0 ? Math.round((taking / expected) * 100) : 0;
  return (
    <Flex vertical gap={0} style={{ minWidth: 160 }}>
      <Typography.Text>
        {t('movements.participation', { taking: formatNumberVi(taking), expected: formatNumberVi(expected) })}
      </Typography.Text>
      <Progress
        percent={percent}
        size="small"
        status={expected > 0 && taking >= expected ? 'success' : 'normal'}
        aria-label={t('movements.participationLabel', { taking, expected })}
      />
    </Flex>
  );
}
