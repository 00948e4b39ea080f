import { useState } from 'react';
import { Alert, Col, Flex, Row, Statistic, Switch, Table, Typography } from 'antd';
import { formatDateVi, formatNumberVi, type DocumentImportResult, type DocumentImportRow } from '@danvan/shared';
import { useI18n, type MessageKey } from '../../lib/i18n';

const counts: { key: 'total' | 'valid' | 'rejected' | 'imported'; label: MessageKey }[] = [
  { key: 'total', label: 'documentImport.total' },
  { key: 'valid', label: 'documentImport.valid' },
  { key: 'rejected', label: 'documentImport.rejected' },
  { key: 'imported', label: 'documentImport.imported' },
];

const rejectedRow = { background: '#fff1f0' };
/** A day the server read; otherwise the cell's text as written, shown as is. */
const isoDay = /^\d{4}-\d{2}-\d{2}$/;

/** A checked or imported register: the counts, then every row, the rejected ones in red with each cell's problem. */
export function RegisterImportResult({ result }: { result: DocumentImportResult }) {
  const { t, pick } = useI18n();
  const [onlyErrors, setOnlyErrors] = useState(result.rejected > 0);
  const rows = onlyErrors ? result.rows.filter((row) => !row.ok) : result.rows;
  const summary = result.applied
    ? {
        type: 'success' as const,
        text: t('documentImport.done', { count: formatNumberVi(result.imported), unit: result.unitName }),
      }
    : result.total === 0
      ? { type: 'warning' as const, text: t('documentImport.empty') }
      : result.rejected > 0
        ? {
            type: 'warning' as const,
            text: t('documentImport.fixRejected', { count: formatNumberVi(result.rejected) }),
          }
        : {
            type: 'info' as const,
            text: t('documentImport.checkedOk', { count: formatNumberVi(result.total), unit: result.unitName }),
          };

  return (
    <Flex vertical gap={12} data-testid="register-import-result">
      <Row gutter={[12, 12]}>
        {counts.map(({ key, label }) => (
          <Col key={key} xs={12} sm={6}>
            <Statistic
              title={t(label)}
              value={result[key]}
              formatter={(value) => formatNumberVi(Number(value))}
              styles={{ content: { color: key === 'rejected' && result.rejected > 0 ? '#cf1322' : undefined } }}
            />
          </Col>
        ))}
      </Row>
      <Alert type={summary.type} showIcon title={summary.text} />
      {result.rejected > 0 && (
        <Flex align="center" gap={8}>
          <Switch size="small" checked={onlyErrors} onChange={setOnlyErrors} id="register-only-errors" />
          <label htmlFor="register-only-errors">{t('documentImport.onlyErrors')}</label>
        </Flex>
      )}
      <Table<DocumentImportRow>
        size="small"
        rowKey="row"
        dataSource={rows}
        pagination={{ pageSize: 20, hideOnSinglePage: true, showSizeChanger: false }}
        scroll={{ x: 860 }}
        onRow={(row) => ({ style: row.ok ? undefined : rejectedRow })}
        columns={[
          { title: t('documentImport.row'), dataIndex: 'row', width: 64, render: (row: number) => formatNumberVi(row) },
          {
            title: t('document.symbol'),
            dataIndex: 'symbol',
            width: 140,
            render: (symbol: string | null) => <span style={{ whiteSpace: 'nowrap' }}>{symbol}</span>,
          },
          { title: t('document.type'), dataIndex: 'type', width: 70 },
          {
            title: t('document.issuedOn'),
            dataIndex: 'issuedOn',
            width: 110,
            render: (day: string | null) => (day && isoDay.test(day) ? formatDateVi(day) : day),
          },
          { title: t('document.title'), dataIndex: 'title' },
          {
            title: t('documentImport.problems'),
            key: 'problems',
            width: 320,
            render: (_, row) =>
              row.ok ? (
                <Typography.Text type="success">{t('documentImport.ok')}</Typography.Text>
              ) : (
                <ul style={{ margin: 0, paddingInlineStart: 16 }}>
                  {row.problems.map((problem) => (
                    <li key={`${problem.cell}-${problem.code}`}>
                      <Typography.Text type="danger">
                        {t('documentImport.at', { column: problem.column, cell: problem.cell })}: {pick(problem)}
                      </Typography.Text>
                    </li>
                  ))}
                </ul>
              ),
          },
        ]}
      />
    </Flex>
  );
}
