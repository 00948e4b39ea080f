import type { Sql } from '../../db/client.js';
import type { ClaimedFile, ExtractedText } from '../../files/extraction-queue.js';

/** Pending attachments no live process holds, oldest first. */
export async function findUnclaimedPending(sql: Sql, limit: number): Promise<number[]> {
  const { rows } = await sql.query<{ id: number }>(
    `SELECT id FROM document_attachments
      WHERE text_status = 'pending' AND (text_claimed_until IS NULL OR text_claimed_until < now())
      ORDER BY id LIMIT $1`,
    [limit],
  );
  return rows.map((row) => row.id);
}

/**
 * Takes a pending attachment for `leaseSeconds`, unless another process holds it: the row lock of the
 * UPDATE makes one of two racing claims see the other's lease and take nothing.
 */
export async function claimAttachment(sql: Sql, id: number, leaseSeconds: number): Promise<ClaimedFile | null> {
  const { rows } = await sql.query<ClaimedFile>(
    `UPDATE document_attachments
        SET text_claimed_until = now() + make_interval(secs => $2), text_attempts = text_attempts + 1
      WHERE id = $1 AND text_status = 'pending' AND (text_claimed_until IS NULL OR text_claimed_until < now())
      RETURNING mime, sha256, text_attempts AS attempts`,
    [id, leaseSeconds],
  );
  return rows[0] ?? null;
}

/** Gives a claimed attachment back, as if it had not been tried. */
export async function releaseAttachment(sql: Sql, id: number): Promise<void> {
  await sql.query(
    `UPDATE document_attachments SET text_claimed_until = NULL, text_attempts = text_attempts - 1
      WHERE id = $1 AND text_status = 'pending'`,
    [id],
  );
}

/**
 * Stores what extraction found and refreshes the document's attachment text, which its search vector
 * is computed from. Only a still-pending attachment is written: a result that comes late is dropped.
 */
export async function storeAttachmentText(sql: Sql, id: number, result: ExtractedText): Promise<boolean> {
  const { rows } = await sql.query<{ document_id: number }>(
    `UPDATE document_attachments
        SET text_content = $2, text_status = $3, text_reason = $4, text_limit = $5, text_pages = $6, text_claimed_until = NULL
      WHERE id = $1 AND text_status = 'pending'
      RETURNING document_id`,
    [
      id,
      result.text,
      result.status,
      result.note?.reason ?? null,
      result.note?.limit ?? null,
      result.note?.pages ?? null,
    ],
  );
  if (!rows[0]) return false;
  await sql.query(
    `UPDATE documents
        SET attachment_text = coalesce((SELECT string_agg(text_content, E'\\n\\n' ORDER BY id) FROM document_attachments
                                         WHERE document_id = $1 AND text_content <> ''), '')
      WHERE id = $1`,
    [rows[0].document_id],
  );
  return true;
}
