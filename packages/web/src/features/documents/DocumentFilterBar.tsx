import { useState } from 'react';
import { Button, Col, Flex, Row, Select } from 'antd';
import { ClearOutlined, FilterOutlined } from '@ant-design/icons';
import { formatNumberVi } from '@danvan/shared';
import { foldIncludes } from '../../lib/foldIncludes';
import { useI18n } from '../../lib/i18n';
import { useIsPhone } from '../../lib/useIsPhone';
import { UnitTreeSelect } from '../../components/UnitTreeSelect';
import { documentSorts, effectiveSort, hasFilters, type DocumentFilters } from './documentFilters';
import { topicOptions, typeOptions } from './documentLabels';
import { SearchInput } from '../../components/SearchInput';
import { IssuedDateRange } from './IssuedDateRange';

interface Props {
  filters: DocumentFilters;
  onChange: (patch: Partial<DocumentFilters>) => void;
  onClear: () => void;
}

function chosenCount(filters: DocumentFilters): number {
  return [filters.type, filters.topic, filters.unitId, filters.from ?? filters.to, filters.sort].filter(
    (value) => value !== undefined,
  ).length;
}

/**
 * Search box, type, topic, unit, issue-date range and order of the register; on a phone the filters
 * other than the search box fold away behind a "Bộ lọc" button.
 */
export function DocumentFilterBar({ filters, onChange, onClear }: Props) {
  const { t, lang } = useI18n();
  const isPhone = useIsPhone();
  const [unfolded, setUnfolded] = useState(false);
  const searching = filters.q.trim() !== '';
  const chosen = chosenCount(filters);
  const showFilters = !isPhone || unfolded;

  return (
    <Row gutter={[12, 12]}>
      <Col xs={24} lg={12}>
        <Flex gap={8}>
          <div style={{ flex: '1 1 auto', minWidth: 0 }}>
            <SearchInput value={filters.q} placeholder={t('documents.search')} onSearch={(q) => onChange({ q })} />
          </div>
          {isPhone && (
            <Button
              icon={<FilterOutlined aria-hidden />}
              aria-expanded={unfolded}
              type={unfolded ? 'primary' : 'default'}
              ghost={unfolded}
              onClick={() => setUnfolded(!unfolded)}
            >
              {chosen > 0 ? t('documents.filtersChosen', { count: formatNumberVi(chosen) }) : t('documents.filters')}
            </Button>
          )}
        </Flex>
      </Col>
      {showFilters && (
        <>
          <Col xs={24} sm={12} lg={6}>
            <Select
              allowClear
              style={{ width: '100%' }}
              placeholder={t('documents.type')}
              aria-label={t('documents.type')}
              value={filters.type}
              options={typeOptions(lang)}
              showSearch={{ filterOption: (input, option) => foldIncludes(option?.label, input) }}
              onChange={(type) => onChange({ type })}
            />
          </Col>
          <Col xs={24} sm={12} lg={6}>
            <Select
              allowClear
              style={{ width: '100%' }}
              placeholder={t('documents.topic')}
              aria-label={t('documents.topic')}
              value={filters.topic}
              options={topicOptions(lang)}
              showSearch={{ filterOption: (input, option) => foldIncludes(option?.label, input) }}
              onChange={(topic) => onChange({ topic })}
            />
          </Col>
          <Col xs={24} sm={12} lg={8}>
            <UnitTreeSelect
              allowClear
              placeholder={t('documents.unit')}
              value={filters.unitId ?? null}
              onChange={(unitId) => onChange({ unitId: unitId ?? undefined })}
            />
          </Col>
          <Col xs={24} sm={12} lg={8}>
            <IssuedDateRange from={filters.from} to={filters.to} onChange={onChange} />
          </Col>
          <Col xs={24} sm={12} lg={5}>
            <Select
              style={{ width: '100%' }}
              aria-label={t('documents.sort')}
              prefix={`${t('documents.sort')}:`}
              value={effectiveSort(filters)}
              options={documentSorts.map((sort) => ({
                value: sort,
                label: t(`documents.sort.${sort}`),
                disabled: sort === 'relevance' && !searching,
              }))}
              onChange={(sort) => onChange({ sort })}
            />
          </Col>
          <Col xs={24} sm={12} lg={3}>
            <Button block icon={<ClearOutlined aria-hidden />} disabled={!hasFilters(filters)} onClick={onClear}>
              {t('documents.clear')}
            </Button>
          </Col>
        </>
      )}
    </Row>
  );
}
