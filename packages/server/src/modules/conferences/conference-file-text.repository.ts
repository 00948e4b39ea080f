import type { Sql } from '../../db/client.js';
import type { ClaimedFile, ExtractedText, ExtractionTable } from '../../files/extraction-queue.js';

// The conference files as the durable extraction queue's table (files/extraction-queue.ts): the same
// lease and attempts as the documents' attachments, on conference_files' own columns.

export const conferenceFileTexts: ExtractionTable = {
  name: 'conference_files',

  async findUnclaimedPending(sql: Sql, limit: number): Promise<number[]> {
    const { rows } = await sql.query<{ id: number }>(
      `SELECT id FROM conference_files
        WHERE text_status = 'pending' AND (text_claimed_until IS NULL OR text_claimed_until < now())
        ORDER BY id LIMIT $1`,
      [limit],
    );
    return rows.map((row) => row.id);
  },

  async claim(sql: Sql, id: number, leaseSeconds: number): Promise<ClaimedFile | null> {
    // The row lock of the UPDATE makes one of two racing claims see the other's lease and take nothing.
    const { rows } = await sql.query<ClaimedFile>(
      `UPDATE conference_files
          SET text_claimed_until = now() + make_interval(secs => $2), text_attempts = text_attempts + 1
        WHERE id = $1 AND text_status = 'pending' AND (text_claimed_until IS NULL OR text_claimed_until < now())
        RETURNING mime, sha256, text_attempts AS attempts`,
      [id, leaseSeconds],
    );
    return rows[0] ?? null;
  },

  async release(sql: Sql, id: number): Promise<void> {
    await sql.query(
      `UPDATE conference_files SET text_claimed_until = NULL, text_attempts = text_attempts - 1
        WHERE id = $1 AND text_status = 'pending'`,
      [id],
    );
  },

  async store(sql: Sql, id: number, result: ExtractedText): Promise<boolean> {
    const { rows } = await sql.query<{ id: number }>(
      `UPDATE conference_files
          SET text_content = $2, text_status = $3, text_reason = $4, text_limit = $5, text_pages = $6, text_claimed_until = NULL
        WHERE id = $1 AND text_status = 'pending'
        RETURNING id`,
      [
        id,
        result.text,
        result.status,
        result.note?.reason ?? null,
        result.note?.limit ?? null,
        result.note?.pages ?? null,
      ],
    );
    return rows.length > 0;
  },
};
