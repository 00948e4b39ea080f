import { Flex, Input, Tag, Tooltip, Typography } from 'antd';
import type { ReportIndicatorRow } from '@danvan/shared';
import { useI18n } from '../../lib/i18n';
import { formatFigure, formatValue } from './figures';
import { NumberInputVi } from '../../components/NumberInputVi';
import type { FigureIssue } from './figureLayout';
import { FigureIssues } from './FigureIssues';
import { indicatorName } from './reportLabels';
import { FigureMessages } from './FigureMessages';
import type { FieldMessages, ReportDraft } from './useReportDraft';

interface Props {
  row: ReportIndicatorRow;
  draft: ReportDraft | null;
  /** The rule checks of this figure, shown under it. */
  issues?: readonly FigureIssue[];
  /** The figure the row leads with beside the area's total: bold when read-only. */
  lead?: boolean;
}

/**
 * The unit's own figure of an indicator: one number, "đạt / tổng số" for coverage indicators, a
 * computed rate shown read-only, and for figures the system computes a "Tự động" tag and, once
 * changed, the reason for the change; the rule checks of the figure under it. Read-only when `draft` is null.
 */
export function OwnFigureInput({ row, draft, issues = [], lead = false }: Props) {
  const { t, lang } = useI18n();
  const { indicator, own } = row;
  const name = indicatorName(indicator, lang);
  const computed = indicator.computedKey !== null && own.computedValue !== null;
  const issuesId = `figure-issues-${indicator.code}`;
  const checks = <FigureIssues id={issuesId} issues={issues} name={name} />;

  if (!draft || indicator.aggregation === 'ratio') {
    return (
      <Flex vertical gap={2}>
        <Flex align="center" gap={6} wrap>
          <span data-testid="figure-own" style={lead ? { fontWeight: 600 } : undefined}>
            {formatFigure(indicator, own)}
          </span>
          {own.source === 'computed' && <Tag color="blue">{t('report.computed')}</Tag>}
          {own.source === 'adjusted' && (
            <Tooltip title={t('report.adjustedBecause', { reason: own.adjustReason ?? '' })}>
              <Tag color="orange">{t('report.adjusted')}</Tag>
            </Tooltip>
          )}
        </Flex>
        {checks}
      </Flex>
    );
  }

  const edit = draft.figure(row);
  const { errors, warnings } = draft.issues(indicator.code);
  const adjusted = computed && edit.value !== own.computedValue;
  const ruleError = issues.some((issue) => issue.severity === 'error');
  const ruleWarning = issues.length > 0;
  const status = (field: keyof FieldMessages) =>
    errors[field] || (field === 'value' && ruleError)
      ? 'error'
      : warnings[field] || (field === 'value' && ruleWarning)
        ? 'warning'
        : undefined;
  const describedBy = issues.length > 0 ? issuesId : undefined;
  // A change against last year beyond the catalogue's thresholds asks for an explanation, kept with the figure.
  const explains = !adjusted && (issues.some((issue) => issue.severity === 'warning') || Boolean(edit.adjustReason));

  return (
    <Flex vertical gap={4} style={{ minWidth: 0 }}>
      <Flex align="center" gap={6}>
        <NumberInputVi
          aria-label={indicator.aggregation === 'coverage' ? `${name} — ${t('report.coverageCount')}` : name}
          placeholder={indicator.aggregation === 'coverage' ? t('report.coverageCount') : undefined}
          value={edit.value}
          status={status('value')}
          aria-invalid={ruleError || undefined}
          aria-describedby={describedBy}
          onChange={(value) => draft.setFigure(row, { value })}
          style={{ width: indicator.aggregation === 'coverage' ? 96 : 140 }}
        />
        {indicator.aggregation === 'coverage' && (
          <>
            <span aria-hidden>/</span>
            <NumberInputVi
              aria-label={`${name} — ${t('report.coverageTotal')}`}
              placeholder={t('report.coverageTotal')}
              value={edit.denominator}
              status={status('denominator')}
              onChange={(value) => draft.setFigure(row, { denominator: value })}
              style={{ width: 96 }}
            />
          </>
        )}
        {computed && <Tag color="blue">{t('report.computed')}</Tag>}
      </Flex>
      {adjusted && (
        <>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t('report.computedValue', { value: formatValue(own.computedValue) })}
          </Typography.Text>
          <Input
            aria-label={t('report.adjustReasonFor', { name })}
            placeholder={t('report.adjustReason')}
            value={edit.adjustReason ?? ''}
            maxLength={500}
            status={status('adjustReason')}
            onChange={(event) => draft.setFigure(row, { adjustReason: event.target.value })}
          />
        </>
      )}
      {explains && (
        <Input
          aria-label={t('report.explanationFor', { name })}
          placeholder={t('report.explanation')}
          value={edit.adjustReason ?? ''}
          maxLength={500}
          onChange={(event) => draft.setFigure(row, { adjustReason: event.target.value })}
          data-testid="figure-explanation"
        />
      )}
      <FigureMessages errors={errors} warnings={warnings} />
      {checks}
    </Flex>
  );
}
