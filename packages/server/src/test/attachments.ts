import type { DocumentAttachment, DocumentSummary } from '@danvan/shared';
import type { TestApp } from './harness.js';

/** A multipart body with one file in the field "file". */
export function multipart(fileName: string, content: Buffer, type = 'application/octet-stream') {
  const boundary = '----danvan-test-boundary';
  const head = Buffer.from(
    `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${fileName}"\r\nContent-Type: ${type}\r\n\r\n`,
  );
  return {
    body: Buffer.concat([head, content, Buffer.from(`\r\n--${boundary}--\r\n`)]),
    contentType: `multipart/form-data; boundary=${boundary}`,
  };
}

export function uploadAttachment(t: TestApp, cookie: string, documentId: number, fileName: string, content: Buffer) {
  const { body, contentType } = multipart(fileName, content);
  return t.app.inject({
    method: 'POST',
    url: `/api/documents/${documentId}/attachments`,
    headers: { cookie, 'content-type': contentType },
    payload: body,
  });
}

/**
 * The document's attachments once none is pending any more: their text is read in the background
 * after the upload answers. Asks the API as a user would, every 50 ms, until `timeoutMs`.
 */
export async function settledAttachments(
  t: TestApp,
  cookie: string,
  documentId: number,
  timeoutMs = 30_000,
): Promise<DocumentAttachment[]> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const response = await t.call({ method: 'GET', url: `/api/documents/${documentId}`, cookie });
    const { attachments } = response.json() as DocumentSummary;
    if (!attachments.some((a) => a.textStatus === 'pending')) return attachments;
    if (Date.now() > deadline) throw new Error(`attachments still pending after ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
