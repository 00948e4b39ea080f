import { useMemo, useRef, useState } from 'react';
import { Card, Flex } from 'antd';
import type { FigureCheck, ReportView } from '@danvan/shared';
import { useIsPhone } from '../../lib/useIsPhone';
import { PeriodTasksPanel, ReportTasksCard } from '../tasks';
import { useI18n } from '../../lib/i18n';
import { ChecksSummary } from './ChecksSummary';
import { ChildrenTable } from './ChildrenTable';
import { ComparisonNote } from './ComparisonNote';
import { hasUnitsBelow, issuesByCode, mergeIssues, type FigureIssue, type FigureLayout } from './figureLayout';
import { IndicatorSections } from './IndicatorSections';
import { NarrativeEditor } from './NarrativeEditor';
import { previousPeriod } from './previousPeriod';
import { ReportActions } from './ReportActions';
import { ReportHeader } from './ReportHeader';
import { ReportVersions } from './ReportVersions';
import { SaveStatus } from './SaveStatus';
import { useNarrativeDrafting } from './useNarrativeDrafting';
import { useReportDraft } from './useReportDraft';

/**
 * A report: header, the checks of its figures and the actions (sticky on desktop), figures by
 * section, narrative, drill-down and versions.
 */
export function ReportForm({ view }: { view: ReportView }) {
  const { t } = useI18n();
  const isPhone = useIsPhone();
  const draft = useReportDraft(view);
  const editable = view.abilities.edit ? draft : null;
  const drafting = useNarrativeDrafting(view, editable);
  const narrativeRef = useRef<HTMLDivElement>(null);
  // The messages of a refused submission hold until the figures they were given for change.
  const [refused, setRefused] = useState<{ against: FigureCheck[]; issues: FigureIssue[] } | null>(null);
  const issues = useMemo(
    () => mergeIssues(view.checks, refused?.against === view.checks ? refused.issues : []),
    [view.checks, refused],
  );
  const split = hasUnitsBelow(view);
  const layout = useMemo<FigureLayout>(
    () => ({
      split,
      ownTitle: split ? t('figures.ownOf', { subject: view.body.subject }) : t('figures.ownOnly'),
      ownCompared: !view.comparison.missing.includes(view.unit.name),
      issues: issuesByCode(issues),
    }),
    [split, t, view.body.subject, view.comparison.missing, view.unit.name, issues],
  );
  const lastPeriod = useMemo(
    () => previousPeriod(view.round.periodStart, view.round.periodEnd),
    [view.round.periodStart, view.round.periodEnd],
  );
  const redraft = () => {
    narrativeRef.current?.scrollIntoView({ behavior: 'smooth', block: 'start' });
    void drafting.redraft();
  };

  return (
    <Flex vertical gap={16} data-testid="report-form">
      <ReportHeader view={view} />
      <Card style={isPhone ? undefined : { position: 'sticky', top: 64, zIndex: 5 }} size="small">
        <Flex vertical gap={8}>
          {editable && <SaveStatus draft={editable} />}
          <ChecksSummary issues={issues} />
          <ReportActions
            view={view}
            draft={draft}
            onRefused={(given) => setRefused({ against: view.checks, issues: given })}
            onRedraft={redraft}
          />
        </Flex>
      </Card>
      {/* While the unit fills its report: what became of the tasks of the period before. */}
      {view.abilities.edit && <PeriodTasksPanel from={lastPeriod.from} to={lastPeriod.to} />}
      <Card title={t('report.figures')}>
        <IndicatorSections rows={view.rows} draft={editable} layout={layout} />
        <ComparisonNote view={view} />
      </Card>
      <div ref={narrativeRef} style={{ scrollMarginTop: isPhone ? 16 : 200 }}>
        <Card title={t('report.narrative')}>
          <NarrativeEditor view={view} draft={editable} drafting={drafting} />
        </Card>
      </div>
      {view.status === 'approved' && <ReportTasksCard reportId={view.id} />}
      {view.children.length > 0 && (
        <Card title={t('report.children')}>
          <ChildrenTable view={view} />
        </Card>
      )}
      {view.versions.length > 0 && (
        <Card title={t('report.versions')}>
          <ReportVersions view={view} />
        </Card>
      )}
    </Flex>
  );
}
