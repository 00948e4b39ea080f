import { Typography } from 'antd';
import { formatNumberVi, type DocumentAttachment } from '@danvan/shared';
import { useI18n, type MessageKey } from '../../lib/i18n';

type Reason = NonNullable<DocumentAttachment['textNote']>['reason'];

/** Pages and characters cap the text (partial); the rest stop it (failed). */
const reasonKeys: Record<Reason, MessageKey> = {
  pages: 'document.text.partial.pages',
  chars: 'document.text.partial.chars',
  timeout: 'document.text.failed.timeout',
  memory: 'document.text.failed.memory',
  unreadable: 'document.text.failed.unreadable',
  attempts: 'document.text.failed.attempts',
};

/** What `limit` counts for each reason, as the user reads it: the time limit comes in ms, shown in seconds. */
function shownLimit(reason: Reason, limit: number | null): string {
  if (limit === null) return '';
  return formatNumberVi(reason === 'timeout' ? Math.round(limit / 1000) : limit);
}

/**
 * How far reading an attachment's text for search got, when the user should know: while it runs,
 * when it stopped at a cap, when it failed (the file is kept), and when the file has no text at all.
 */
export function AttachmentTextStatus({ file }: { file: DocumentAttachment }) {
  const { t } = useI18n();
  const note = file.textNote;
  let key: MessageKey | null = null;
  if (file.textStatus === 'pending') key = 'document.text.pending';
  else if (file.textStatus === 'none') key = 'document.text.none';
  else if (note && (file.textStatus === 'partial' || file.textStatus === 'failed')) key = reasonKeys[note.reason];
  if (!key) return null;
  return (
    <Typography.Text
      type={file.textStatus === 'failed' ? 'danger' : file.textStatus === 'pending' ? 'secondary' : 'warning'}
      style={{ fontSize: 13 }}
      role={file.textStatus === 'failed' ? 'alert' : 'status'}
    >
      {t(key, {
        limit: note ? shownLimit(note.reason, note.limit) : '',
        pages: note?.pages !== null && note?.pages !== undefined ? formatNumberVi(note.pages) : '',
      })}
    </Typography.Text>
  );
}
