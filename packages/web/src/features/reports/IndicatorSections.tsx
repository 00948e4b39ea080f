import { useMemo } from 'react';
import { Collapse, Typography } from 'antd';
import { formatNumberVi, sectionNames, type ReportIndicatorRow } from '@danvan/shared';
import { useI18n } from '../../lib/i18n';
import { useIsPhone } from '../../lib/useIsPhone';
import { IndicatorList } from './IndicatorList';
import { IndicatorTable } from './IndicatorTable';
import type { ReportDraft } from './useReportDraft';

/** The indicators grouped by section in the catalogue's order, one panel each; a list instead of a table on phones. */
export function IndicatorSections({ rows, draft }: { rows: ReportIndicatorRow[]; draft: ReportDraft | null }) {
  const { lang } = useI18n();
  const isPhone = useIsPhone();
  const sections = useMemo(() => {
    const bySection = new Map<string, ReportIndicatorRow[]>();
    for (const row of rows) {
      bySection.set(row.indicator.section, [...(bySection.get(row.indicator.section) ?? []), row]);
    }
    return [...bySection];
  }, [rows]);

  return (
    <Collapse
      defaultActiveKey={sections.slice(0, 1).map(([section]) => section)}
      items={sections.map(([section, sectionRows]) => ({
        key: section,
        label: (
          <span>
            {sectionNames[section]?.[lang] ?? section}{' '}
            <Typography.Text type="secondary">({formatNumberVi(sectionRows.length)})</Typography.Text>
          </span>
        ),
        children: isPhone ? (
          <IndicatorList rows={sectionRows} draft={draft} />
        ) : (
          <IndicatorTable rows={sectionRows} draft={draft} />
        ),
      }))}
    />
  );
}
