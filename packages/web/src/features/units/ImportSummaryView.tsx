import { Alert, Col, Flex, Row, Statistic, Table, Typography } from 'antd';
import { formatNumberVi, type ImportRejection, type ImportSummary } from '@danvan/shared';
import { useI18n, type MessageKey } from '../../lib/i18n';

const counts: { key: 'total' | 'created' | 'updated' | 'unchanged'; label: MessageKey }[] = [
  { key: 'total', label: 'import.total' },
  { key: 'created', label: 'import.created' },
  { key: 'updated', label: 'import.updated' },
  { key: 'unchanged', label: 'import.unchanged' },
];

/** Counts of a checked or applied import, and the rejected rows with their reasons. */
export function ImportSummaryView({ summary }: { summary: ImportSummary }) {
  const { t, pick } = useI18n();
  const rejected = summary.rejected.length;

  return (
    <Flex vertical gap={12} data-testid="import-summary">
      <Typography.Text strong>{summary.applied ? t('import.appliedResult') : t('import.dryRunResult')}</Typography.Text>
      <Row gutter={[12, 12]}>
        {counts.map(({ key, label }) => (
          <Col key={key} xs={12} sm={8} md={4}>
            <Statistic title={t(label)} value={summary[key]} formatter={(value) => formatNumberVi(Number(value))} />
          </Col>
        ))}
        <Col xs={12} sm={8} md={4}>
          <Statistic
            title={t('import.rejected')}
            value={rejected}
            formatter={(value) => formatNumberVi(Number(value))}
            styles={{ content: { color: rejected > 0 ? '#cf1322' : undefined } }}
          />
        </Col>
      </Row>
      {rejected > 0 && (
        <>
          <Alert type="warning" showIcon title={t('import.fixRejected', { count: formatNumberVi(rejected) })} />
          <Table<ImportRejection>
            size="small"
            rowKey={(row) => `${row.row}-${row.field}-${row.vi}`}
            dataSource={summary.rejected}
            pagination={{ pageSize: 10, hideOnSinglePage: true }}
            scroll={{ x: 640 }}
            columns={[
              { title: t('import.row'), dataIndex: 'row', width: 70, render: (row: number) => formatNumberVi(row) },
              { title: t('unit.code'), dataIndex: 'code', width: 110 },
              { title: t('unit.name'), dataIndex: 'name' },
              { title: t('import.field'), dataIndex: 'field', width: 110 },
              { title: t('import.reason'), key: 'reason', render: (_, row) => pick(row) },
            ]}
          />
        </>
      )}
    </Flex>
  );
}
