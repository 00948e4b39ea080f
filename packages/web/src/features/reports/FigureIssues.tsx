import { Flex, Typography } from 'antd';
import { CloseCircleOutlined, WarningOutlined } from '@ant-design/icons';
import { useI18n } from '../../lib/i18n';
import { issueText, type FigureIssue } from './figureLayout';

/** The rule checks of one figure beside it: errors in red (they block submission), warnings in yellow. */
export function FigureIssues({ id, issues, name }: { id: string; issues: readonly FigureIssue[]; name: string }) {
  const { t, pick } = useI18n();
  if (issues.length === 0) return null;
  return (
    <Flex vertical gap={2} id={id}>
      {issues.map((issue) => {
        const error = issue.severity === 'error';
        return (
          <Typography.Text
            key={`${issue.severity}-${issue.vi}`}
            type={error ? 'danger' : 'warning'}
            style={{ fontSize: 12 }}
            data-testid={error ? 'figure-error' : 'figure-warning'}
          >
            {error ? (
              <CloseCircleOutlined aria-label={t('checks.error')} />
            ) : (
              <WarningOutlined aria-label={t('checks.warning')} />
            )}{' '}
            {issueText(pick(issue), name)}
          </Typography.Text>
        );
      })}
    </Flex>
  );
}
