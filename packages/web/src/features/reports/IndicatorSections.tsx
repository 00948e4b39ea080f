import { useMemo, useState } from 'react';
import { Collapse, Typography } from 'antd';
import { formatNumberVi, sectionNames, type ReportIndicatorRow } from '@danvan/shared';
import { useI18n } from '../../lib/i18n';
import { useIsPhone } from '../../lib/useIsPhone';
import { sectionsWithIssues, type FigureLayout } from './figureLayout';
import { IndicatorList } from './IndicatorList';
import { IndicatorTable } from './IndicatorTable';
import type { ReportDraft } from './useReportDraft';

interface Props {
  rows: ReportIndicatorRow[];
  draft: ReportDraft | null;
  layout: FigureLayout;
}

/**
 * The indicators grouped by section in the catalogue's order, one panel each (the first open, and
 * any holding a figure with an error, or for a reader with a warning); a list instead of a table on phones.
 */
export function IndicatorSections({ rows, draft, layout }: Props) {
  const { lang } = useI18n();
  const isPhone = useIsPhone();
  const sections = useMemo(() => {
    const bySection = new Map<string, ReportIndicatorRow[]>();
    for (const row of rows) {
      bySection.set(row.indicator.section, [...(bySection.get(row.indicator.section) ?? []), row]);
    }
    return [...bySection];
  }, [rows]);
  // Those filling the report in see the figures that break a rule; those reading it, the warnings too.
  const reading = draft === null;
  const flagged = useMemo(
    () =>
      sectionsWithIssues(rows, [...layout.issues.values()].flat(), { warnings: reading })
        .sort()
        .join('|'),
    [rows, layout.issues, reading],
  );
  const [open, setOpen] = useState<string[]>(() => [
    ...sections.slice(0, 1).map(([section]) => section),
    ...flagged.split('|').filter(Boolean),
  ]);
  // Sections that come to hold a flagged figure open (adjusted while rendering, not in an effect).
  const [shownFlagged, setShownFlagged] = useState(flagged);
  if (flagged !== shownFlagged) {
    setShownFlagged(flagged);
    const flaggedSections = flagged.split('|').filter(Boolean);
    if (flaggedSections.length) setOpen((current) => [...new Set([...current, ...flaggedSections])]);
  }

  return (
    <Collapse
      activeKey={open}
      onChange={(keys) => setOpen(Array.isArray(keys) ? keys : [keys])}
      items={sections.map(([section, sectionRows]) => ({
        key: section,
        label: (
          <span>
            {sectionNames[section]?.[lang] ?? section}{' '}
            <Typography.Text type="secondary">({formatNumberVi(sectionRows.length)})</Typography.Text>
          </span>
        ),
        children: isPhone ? (
          <IndicatorList rows={sectionRows} draft={draft} layout={layout} />
        ) : (
          <IndicatorTable rows={sectionRows} draft={draft} layout={layout} />
        ),
      }))}
    />
  );
}
