import { Typography } from 'antd';
import type { AuditEntry } from '@danvan/shared';
import { useI18n } from '../../lib/i18n';
import { documentChanges, isFields } from './documentChanges';
import { formatFileSize } from './fileSize';

const shownChars = 200;

function shorten(value: string): string {
  return value.length > shownChars ? `${value.slice(0, shownChars)}…` : value;
}

/** What an audited change of a document says beyond its action: the fields an edit changed, the file attached. */
export function DocumentChangeDetail({
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
    <>
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
    </>
  );
}
