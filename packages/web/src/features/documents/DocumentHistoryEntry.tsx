import { Flex, Typography } from 'antd';
import { formatDateTimeVi, type AuditEntry } from '@danvan/shared';
import { useI18n } from '../../lib/i18n';
import { actionLabel } from '../../lib/auditLabels';
import { documentChanges, isFields } from './documentChanges';
import { formatFileSize } from './fileSize';

const shownChars = 200;

function shorten(value: string): string {
  return value.length > shownChars ? `${value.slice(0, shownChars)}…` : value;
}

/** One audited change of a document: when, who, what, and for an edit the fields it changed. */
export function DocumentHistoryEntry({
  entry,
  unitName,
}: {
  entry: AuditEntry;
  unitName: (id: number) => string | undefined;
}) {
  const { t, lang } = useI18n();
  const changes =
    entry.action === 'document.update' ? documentChanges(entry.before, entry.after, { t, lang, unitName }) : [];
  const file = entry.action === 'document.attach' && isFields(entry.after) ? entry.after : null;
  const empty = t('audit.none');

  return (
    <Flex vertical gap={2}>
      <Typography.Text type="secondary">{formatDateTimeVi(entry.at)}</Typography.Text>
      <Typography.Text>
        <Typography.Text strong>{actionLabel(entry.action, lang)}</Typography.Text>{' '}
        {entry.actorUsername ? t('event.by', { actor: entry.actorUsername }) : t('audit.system')}
      </Typography.Text>
      {changes.length > 0 && (
        <ul style={{ margin: 0, paddingInlineStart: 18 }}>
          {changes.map((change) => (
            <li key={change.label}>
              <Typography.Text type="secondary">{t(change.label)}:</Typography.Text> {shorten(change.before) || empty} →{' '}
              {shorten(change.after) || empty}
            </li>
          ))}
        </ul>
      )}
      {file && typeof file.fileName === 'string' && (
        <Typography.Text>
          {file.fileName}
          {typeof file.size === 'number' && (
            <Typography.Text type="secondary"> ({formatFileSize(file.size)})</Typography.Text>
          )}
        </Typography.Text>
      )}
    </Flex>
  );
}
