import { useState } from 'react';
import { Button, Col, Flex, Row, Select } from 'antd';
import { ClearOutlined, FilterOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { foldIncludes } from '../../lib/foldIncludes';
import { useI18n } from '../../lib/i18n';
import { useIsPhone } from '../../lib/useIsPhone';
import { SearchInput } from '../../components/SearchInput';
import { UnitTreeSelect } from '../../components/UnitTreeSelect';
import { fetchMovements, movementKeys } from './api';
import { hasModelFilters, type ModelFilters } from './modelFilters';
import { fieldOptions, levelOptions, statusOptions } from './modelLabels';

interface Props {
  filters: ModelFilters;
  onChange: (patch: Partial<ModelFilters>) => void;
  onClear: () => void;
}

/** The years a model may have been registered in that are worth offering: this year and the five before. */
function yearOptions() {
  const now = new Date().getFullYear();
  return Array.from({ length: 6 }, (_, i) => ({ value: now - i, label: String(now - i) }));
}

/**
 * Search box, movement, field, status, level, unit and year of the models list; on a phone the
 * filters fold away behind "Bộ lọc".
 */
export function ModelFilterBar({ filters, onChange, onClear }: Props) {
  const { t, lang } = useI18n();
  const isPhone = useIsPhone();
  const [unfolded, setUnfolded] = useState(false);
  const movements = useQuery({ queryKey: movementKeys.list(), queryFn: () => fetchMovements() });
  const showFilters = !isPhone || unfolded;
  const selectProps = { allowClear: true, style: { width: '100%' } };

  return (
    <Row gutter={[12, 12]}>
      <Col xs={24} lg={10}>
        <Flex gap={8}>
          <div style={{ flex: '1 1 auto', minWidth: 0 }}>
            <SearchInput value={filters.q} placeholder={t('models.search')} onSearch={(q) => onChange({ q })} />
          </div>
          {isPhone && (
            <Button
              icon={<FilterOutlined aria-hidden />}
              aria-expanded={unfolded}
              type={unfolded ? 'primary' : 'default'}
              ghost={unfolded}
              onClick={() => setUnfolded((open) => !open)}
            >
              {t('models.filters')}
            </Button>
          )}
        </Flex>
      </Col>
      {showFilters && (
        <>
          <Col xs={24} sm={12} lg={7}>
            <Select
              {...selectProps}
              aria-label={t('models.movement')}
              placeholder={t('models.movement')}
              value={filters.movementId}
              loading={movements.isPending}
              options={(movements.data ?? []).map((m) => ({ value: m.id, label: m.name }))}
              showSearch={{ filterOption: (input, option) => foldIncludes(option?.label, input) }}
              onChange={(movementId?: number) => onChange({ movementId })}
            />
          </Col>
          <Col xs={24} sm={12} lg={7}>
            <UnitTreeSelect
              allowClear
              placeholder={t('models.unitFilter')}
              value={filters.unitId}
              onChange={(unitId) => onChange({ unitId: unitId ?? undefined })}
            />
          </Col>
          <Col xs={12} sm={6} lg={5}>
            <Select
              {...selectProps}
              aria-label={t('models.field')}
              placeholder={t('models.field')}
              value={filters.field}
              options={fieldOptions(lang)}
              onChange={(field) => onChange({ field })}
            />
          </Col>
          <Col xs={12} sm={6} lg={5}>
            <Select
              {...selectProps}
              aria-label={t('models.status')}
              placeholder={t('models.status')}
              value={filters.status}
              options={statusOptions(lang)}
              onChange={(status) => onChange({ status })}
            />
          </Col>
          <Col xs={12} sm={6} lg={5}>
            <Select
              {...selectProps}
              aria-label={t('models.level')}
              placeholder={t('models.level')}
              value={filters.level}
              options={levelOptions(lang)}
              onChange={(level) => onChange({ level })}
            />
          </Col>
          <Col xs={12} sm={6} lg={4}>
            <Select
              {...selectProps}
              aria-label={t('models.year')}
              placeholder={t('models.year')}
              value={filters.year}
              options={yearOptions()}
              onChange={(year?: number) => onChange({ year })}
            />
          </Col>
          <Col xs={24} sm={24} lg={5}>
            <Button
              icon={<ClearOutlined aria-hidden />}
              disabled={!hasModelFilters(filters) && !filters.sort}
              onClick={onClear}
            >
              {t('models.clearFilters')}
            </Button>
          </Col>
        </>
      )}
    </Row>
  );
}
