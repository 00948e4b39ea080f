import { Card, Flex } from 'antd';
import type { ReportView } from '@danvan/shared';
import { useIsPhone } from '../../lib/useIsPhone';
import { useI18n } from '../../lib/i18n';
import { ChildrenTable } from './ChildrenTable';
import { IndicatorSections } from './IndicatorSections';
import { NarrativeEditor } from './NarrativeEditor';
import { ReportActions } from './ReportActions';
import { ReportHeader } from './ReportHeader';
import { ReportVersions } from './ReportVersions';
import { SaveStatus } from './SaveStatus';
import { useReportDraft } from './useReportDraft';

/** A report: header, actions (sticky on desktop), figures by section, narrative, drill-down and versions. */
export function ReportForm({ view }: { view: ReportView }) {
  const { t } = useI18n();
  const isPhone = useIsPhone();
  const draft = useReportDraft(view);
  const editable = view.abilities.edit ? draft : null;

  return (
    <Flex vertical gap={16} data-testid="report-form">
      <ReportHeader view={view} />
      <Card style={isPhone ? undefined : { position: 'sticky', top: 64, zIndex: 5 }} size="small">
        <Flex vertical gap={8}>
          {editable && <SaveStatus draft={editable} />}
          <ReportActions view={view} draft={draft} />
        </Flex>
      </Card>
      <Card title={t('report.figures')}>
        <IndicatorSections rows={view.rows} draft={editable} />
      </Card>
      <Card title={t('report.narrative')}>
        <NarrativeEditor view={view} draft={editable} />
      </Card>
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
