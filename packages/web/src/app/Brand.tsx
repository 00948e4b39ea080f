import { Flex, Typography } from 'antd';
import { useI18n } from '../lib/i18n';
import { brandRed } from './theme';

export function Brand({ compact = false }: { compact?: boolean }) {
  const { t } = useI18n();
  return (
    <Flex align="center" gap={10} style={{ minWidth: 0 }}>
      <span
        aria-hidden
        style={{
          flex: 'none',
          width: 28,
          height: 28,
          borderRadius: 6,
          background: brandRed,
          color: '#ffd54f',
          display: 'grid',
          placeItems: 'center',
          fontSize: 16,
          lineHeight: 1,
        }}
      >
        ★
      </span>
      {!compact && (
        <Typography.Text strong ellipsis style={{ fontSize: 16 }}>
          {t('app.name')}
        </Typography.Text>
      )}
    </Flex>
  );
}
