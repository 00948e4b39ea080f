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

type Query = Record<string, string | number | boolean | null | undefined>;

interface RequestOptions {
  method?: 'GET' | 'POST' | 'PATCH' | 'DELETE';
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

function withQuery(path: string, query: Query | undefined): string {
  if (!query) return path;
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === null || value === '') continue;
    params.set(key, String(value));
  }
  const text = params.toString();
  return text ? `${path}?${text}` : path;
}

/** Calls the JSON API on the same origin with the session cookie; throws ApiError on 4xx/5xx. */
export async function api<T>(path: string, options: RequestOptions = {}): Promise<T> {
  const headers: Record<string, string> = { Accept: 'application/json' };
  if (options.body !== undefined) headers['Content-Type'] = 'application/json';
  const response = await fetch(withQuery(path, options.query), {
    method: options.method ?? 'GET',
    credentials: 'same-origin',
    headers,
    body: options.body === undefined ? undefined : JSON.stringify(options.body),
    signal: options.signal,
  });
  if (response.status === 204) return undefined as T;
  const data = parseJson(await response.text());
  if (!response.ok || data === undefined) {
    throw new ApiError(response.status, path, isErrorBody(data) ? data : fallbackBody(response.status));
  }
  return data as T;
}
