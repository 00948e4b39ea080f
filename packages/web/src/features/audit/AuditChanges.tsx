import { Col, Row, Typography } from 'antd';
import type { AuditEntry } from '@danvan/shared';
import { useI18n } from '../../lib/i18n';

function pretty(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  return JSON.stringify(value, null, 2);
}

/** The before and after states of an audited change, as indented JSON. */
export function AuditChanges({ entry }: { entry: AuditEntry }) {
  const { t } = useI18n();
  const sides = [
    { key: 'before', title: t('audit.before'), text: pretty(entry.before) },
    { key: 'after', title: t('audit.after'), text: pretty(entry.after) },
  ];
  return (
    <Row gutter={[16, 12]}>
      {sides.map((side) => (
        <Col key={side.key} xs={24} md={12}>
          <Typography.Text strong>{side.title}</Typography.Text>
          {side.text ? (
            <pre className="json-block">{side.text}</pre>
          ) : (
            <Typography.Paragraph type="secondary">{t('audit.none')}</Typography.Paragraph>
          )}
        </Col>
      ))}
    </Row>
  );
}
