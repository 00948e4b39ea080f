import type { ApiErrorBody, BilingualMessage, FieldError } from '@danvan/shared';

/** A failed API call: the HTTP status, the path called and the server's bilingual error body. */
export class ApiError extends Error {
  readonly status: number;
  readonly path: string;
  readonly code: string;
  readonly bilingual: BilingualMessage;
  readonly fields: FieldError[];

  constructor(status: number, path: string, body: ApiErrorBody) {
    super(body.error.message.en);
    this.name = 'ApiError';
    this.status = status;
    this.path = path;
    this.code = body.error.code;
    this.bilingual = body.error.message;
    this.fields = body.error.fields ?? [];
  }
}

export type Query = Record<string, string | number | boolean | null | undefined>;

interface RequestOptions {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** Sent as JSON, or as-is with the Blob's own type (file uploads). */
  body?: unknown;
  query?: Query;
  signal?: AbortSignal;
}

function isErrorBody(value: unknown): value is ApiErrorBody {
  if (typeof value !== 'object' || value === null || !('error' in value)) return false;
  const error: unknown = value.error;
  return (
    typeof error === 'object' &&
    error !== null &&
    'message' in error &&
    typeof error.message === 'object' &&
    error.message !== null &&
    'vi' in error.message
  );
}

function fallbackBody(status: number): ApiErrorBody {
  return {
    error: {
      code: `http_${status}`,
      message: {
        vi: `Máy chủ trả lỗi ${status}. Vui lòng thử lại.`,
        en: `The server answered ${status}. Please try again.`,
      },
    },
  };
}

function parseJson(text: string): unknown {
  if (!text) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** The path with the query's set values (empty, null and undefined left out). */
export function withQuery(path: string, query: Query | undefined): string {
  if (!query) return path;
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === null || value === '') continue;
    params.set(key, String(value));
  }
  const text = params.toString();
  return text ? `${path}?${text}` : path;
}

function requestBody(body: unknown, headers: Record<string, string>): BodyInit | undefined {
  if (body === undefined) return undefined;
  if (body instanceof Blob) {
    headers['Content-Type'] = body.type;
    return body;
  }
  headers['Content-Type'] = 'application/json';
  return JSON.stringify(body);
}

async function failure(response: Response, path: string): Promise<ApiError> {
  const data = parseJson(await response.text());
  return new ApiError(response.status, path, isErrorBody(data) ? data : fallbackBody(response.status));
}

/** Calls the JSON API on the same origin with the session cookie; throws ApiError on 4xx/5xx. */
export async function api<T>(path: string, options: RequestOptions = {}): Promise<T> {
  const headers: Record<string, string> = { Accept: 'application/json' };
  const response = await fetch(withQuery(path, options.query), {
    method: options.method ?? 'GET',
    credentials: 'same-origin',
    headers,
    body: requestBody(options.body, headers),
    signal: options.signal,
  });
  if (response.status === 204) return undefined as T;
  if (!response.ok) throw await failure(response, path);
  const data = parseJson(await response.text());
  if (data === undefined) throw new ApiError(response.status, path, fallbackBody(response.status));
  return data as T;
}

export interface DownloadedFile {
  blob: Blob;
  /** From Content-Disposition (RFC 6266 `filename*` first), or null when the server names none. */
  fileName: string | null;
}

function fileNameOf(disposition: string | null): string | null {
  if (!disposition) return null;
  const encoded = /filename\*\s*=\s*[^']*'[^']*'([^;]+)/i.exec(disposition);
  if (encoded) {
    try {
      return decodeURIComponent(encoded[1].trim());
    } catch {
      return null;
    }
  }
  const plain = /filename\s*=\s*"?([^";]+)"?/i.exec(disposition);
  return plain ? plain[1].trim() : null;
}

/** Fetches a file from the API (exports, blank forms); throws ApiError on 4xx/5xx like api(). */
export async function download(path: string): Promise<DownloadedFile> {
  const response = await fetch(path, { credentials: 'same-origin' });
  if (!response.ok) throw await failure(response, path);
  return { blob: await response.blob(), fileName: fileNameOf(response.headers.get('Content-Disposition')) };
}

/**
 * POSTs one file as multipart/form-data (field `file`) with XMLHttpRequest, which reports upload
 * progress (0–100) where fetch cannot; resolves with the JSON answer, throws ApiError like api().
 */
export function upload<T>(path: string, file: File, onProgress?: (percent: number) => void): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const request = new XMLHttpRequest();
    request.open('POST', path);
    request.setRequestHeader('Accept', 'application/json');
    request.upload.addEventListener('progress', (event) => {
      if (event.lengthComputable) onProgress?.(Math.round((event.loaded / event.total) * 100));
    });
    request.addEventListener('load', () => {
      const data = parseJson(request.responseText);
      if (request.status >= 200 && request.status < 300 && data !== undefined) resolve(data as T);
      else reject(new ApiError(request.status, path, isErrorBody(data) ? data : fallbackBody(request.status)));
    });
    // Like fetch(), a request that never got an answer fails with a TypeError ("check the network").
    request.addEventListener('error', () => reject(new TypeError(`POST ${path} failed`)));
    const body = new FormData();
    body.append('file', file);
    request.send(body);
  });
}
