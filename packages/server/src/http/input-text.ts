import type { FastifyRequest } from 'fastify';
import { invalid } from './errors.js';

// A high surrogate not followed by a low one, or a low one not preceded by a high one.
const loneSurrogate = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
// Passwords are compared byte for byte with what was set: normalising them would lock people out.
const keptAsSent = /password/i;

const nulMessage = { vi: 'Không được chứa ký tự NUL (\\0)', en: 'Must not contain a NUL (\\0) character' };
const surrogateMessage = {
  vi: 'Chứa ký tự Unicode không hợp lệ (nửa cặp UTF-16)',
  en: 'Contains an invalid Unicode character (half of a UTF-16 pair)',
};

function refusal(text: string, path: string) {
  if (text.includes('\u0000')) return invalid(path, nulMessage);
  if (loneSurrogate.test(text)) return invalid(path, surrogateMessage);
  return null;
}

/**
 * Checks every string (and key) a request part carries before any schema sees it: text with a NUL
 * byte (PostgreSQL refuses it in `text`) or a lone surrogate (not encodable as UTF-8) is refused at
 * its field, and text is put in NFC so that the same Vietnamese word is stored the same way however
 * the keyboard composed it. Walks iteratively: a deeply nested JSON body must not overflow the stack.
 */
function checkPart(root: unknown, part: string): unknown {
  if (typeof root === 'string') {
    const error = refusal(root, part);
    if (error) throw error;
    return root.normalize('NFC');
  }
  const stack: { value: object; path: string }[] = [];
  if (root !== null && typeof root === 'object' && !Buffer.isBuffer(root)) stack.push({ value: root, path: part });
  while (stack.length > 0) {
    const { value, path } = stack.pop()!;
    const record = value as Record<string, unknown>;
    for (const key of Object.keys(record)) {
      const at = `${path}.${key}`;
      const keyError = refusal(key, path);
      if (keyError) throw keyError;
      const child = record[key];
      if (typeof child === 'string') {
        const error = refusal(child, at);
        if (error) throw error;
        if (!keptAsSent.test(key)) record[key] = child.normalize('NFC');
      } else if (child !== null && typeof child === 'object') {
        stack.push({ value: child, path: at });
      }
    }
  }
  return root;
}

/** preValidation hook: the request's params, query and body, checked and normalised in place. */
export async function checkInputText(request: FastifyRequest): Promise<void> {
  checkPart(request.params, 'params');
  checkPart(request.query, 'query');
  request.body = checkPart(request.body, 'body');
}
