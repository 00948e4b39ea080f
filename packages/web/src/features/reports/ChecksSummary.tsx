import { Alert, Flex } from 'antd';
import { formatNumberVi } from '@danvan/shared';
import { useI18n } from '../../lib/i18n';
import type { FigureIssue } from './figureLayout';

// Compact, as it sits in the sticky bar above the figures: a long list scrolls.
const listStyle = {
  margin: '2px 0 0',
  paddingInlineStart: 18,
  maxHeight: 66,
  overflowY: 'auto' as const,
  fontSize: 13,
};

/** Above the workflow buttons: the figures that keep the report from being submitted, and those to review. */
export function ChecksSummary({ issues }: { issues: readonly FigureIssue[] }) {
  const { t, pick } = useI18n();
  const errors = issues.filter((issue) => issue.severity === 'error');
  const warnings = issues.filter((issue) => issue.severity === 'warning');
  if (issues.length === 0) return null;
  const block = (shown: FigureIssue[], title: string) => (
    <div>
      <strong>{title}</strong>
      {/* Scrolls when long, and can be scrolled from the keyboard. */}
      <ul style={listStyle} tabIndex={0} aria-label={title}>
        {shown.map((issue) => (
          <li key={`${issue.code}-${issue.vi}`}>{pick(issue)}</li>
        ))}
      </ul>
    </div>
  );
  const groups = [
    {
      severity: 'error' as const,
      shown: errors,
      title: t('checks.errorsTitle', { count: formatNumberVi(errors.length) }),
    },
    {
      severity: 'warning' as const,
      shown: warnings,
      title: t('checks.warningsTitle', { count: formatNumberVi(warnings.length) }),
    },
  ].filter((group) => group.shown.length > 0);
  return (
    <Flex vertical gap={6}>
      {groups.map((group) => (
        <Alert
          key={group.severity}
          type={group.severity}
          showIcon
          data-testid={group.severity === 'error' ? 'checks-errors' : 'checks-warnings'}
          style={{ padding: '6px 12px', alignItems: 'flex-start' }}
          title={block(group.shown, group.title)}
        />
      ))}
    </Flex>
  );
}
