import { useDeferredValue, useMemo, useState } from 'react';
import { Button, Card, Flex, Input, Skeleton, Switch, Typography } from 'antd';
import { ImportOutlined, SearchOutlined } from '@ant-design/icons';
import { formatNumberVi } from '@danvan/shared';
import { useMe } from '../../app/authContext';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useI18n } from '../../lib/i18n';
import { useIsPhone } from '../../lib/useIsPhone';
import { useUnits } from '../../lib/units';
import { buildForest } from '../../lib/unitTree';
import { UnitTree } from './UnitTree';
import { ImportUnitsModal } from './ImportUnitsModal';

interface Props {
  selectedId: number | null;
  onSelect: (id: number) => void;
  includeClosed: boolean;
  onIncludeClosedChange: (value: boolean) => void;
}

export function UnitTreePanel({ selectedId, onSelect, includeClosed, onIncludeClosedChange }: Props) {
  const { t } = useI18n();
  const me = useMe();
  const isPhone = useIsPhone();
  const [query, setQuery] = useState('');
  const deferredQuery = useDeferredValue(query);
  const [importing, setImporting] = useState(false);
  const units = useUnits(includeClosed);
  const forest = useMemo(() => buildForest(units.data ?? []), [units.data]);

  return (
    <Card
      title={t('nav.units')}
      size="small"
      extra={
        me.abilities.importUnits && (
          <Button size="small" icon={<ImportOutlined aria-hidden />} onClick={() => setImporting(true)}>
            {t('import.open')}
          </Button>
        )
      }
    >
      <Flex vertical gap={12}>
        <Input
          allowClear
          prefix={<SearchOutlined aria-hidden />}
          placeholder={t('units.search')}
          aria-label={t('units.search')}
          value={query}
          onChange={(event) => setQuery(event.target.value)}
        />
        <Flex align="center" justify="space-between" gap={8} wrap>
          <label style={{ display: 'inline-flex', alignItems: 'center', gap: 8 }}>
            <Switch size="small" checked={includeClosed} onChange={onIncludeClosedChange} />
            {t('units.showClosed')}
          </label>
          {units.data && (
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {t('units.count', { count: formatNumberVi(units.data.length) })}
            </Typography.Text>
          )}
        </Flex>
        <div data-testid="unit-tree">
          {units.isPending && <Skeleton active paragraph={{ rows: 8 }} />}
          {units.isError && <ErrorAlert error={units.error} onRetry={() => units.refetch()} />}
          {units.data && (
            <UnitTree
              forest={forest}
              query={deferredQuery}
              selectedId={selectedId}
              onSelect={onSelect}
              height={isPhone ? 360 : 620}
            />
          )}
        </div>
      </Flex>
      {me.abilities.importUnits && <ImportUnitsModal open={importing} onClose={() => setImporting(false)} />}
    </Card>
  );
}
