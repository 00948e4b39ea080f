import type { BilingualMessage, FieldError } from '@danvan/shared';

/** The parts of a zod issue we translate; kept structural so both zod versions' issues fit. */
interface Issue {
  code: string;
  path: PropertyKey[];
  message: string;
  expected?: string;
  minimum?: number | bigint;
  maximum?: number | bigint;
  origin?: string;
  format?: string;
  values?: unknown[];
  keys?: string[];
  /** Only present when the parse ran with `reportInput: true`. */
  input?: unknown;
  /** A refine's `params`; `{ vi, en }` there is the message to show. */
  params?: Record<string, unknown>;
}

/** What the request sent, to tell a missing value from a wrong one. */
export interface ValidationContext {
  /** The request part as received (request.body, request.query, …), before validation. */
  input?: unknown;
}

const required: BilingualMessage = { vi: 'Bắt buộc nhập', en: 'Required' };
const isoDateMessage: BilingualMessage = { vi: 'Ngày phải có dạng YYYY-MM-DD', en: 'Date must be YYYY-MM-DD' };

const typeNames: Record<string, BilingualMessage> = {
  string: { vi: 'chuỗi ký tự', en: 'text' },
  number: { vi: 'số', en: 'a number' },
  int: { vi: 'số nguyên', en: 'an integer' },
  bigint: { vi: 'số nguyên', en: 'an integer' },
  boolean: { vi: 'true/false', en: 'true/false' },
  object: { vi: 'đối tượng JSON', en: 'a JSON object' },
  record: { vi: 'đối tượng JSON', en: 'a JSON object' },
  array: { vi: 'danh sách', en: 'a list' },
  tuple: { vi: 'danh sách', en: 'a list' },
  date: { vi: 'ngày', en: 'a date' },
};

const absent = (value: unknown) => value === undefined || value === null;

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let value = data;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

function isMissing(issue: Issue, context: ValidationContext): boolean {
  if ('input' in issue) return absent(issue.input);
  if ('input' in context) return absent(valueAt(context.input, issue.path));
  // No request data to look at: zod's own message names what it received.
  return /received (undefined|null)$/.test(issue.message);
}

function bilingualParams(issue: Issue): BilingualMessage | undefined {
  const { vi, en } = issue.params ?? {};
  return typeof vi === 'string' && typeof en === 'string' ? { vi, en } : undefined;
}

function describe(issue: Issue, context: ValidationContext): BilingualMessage {
  switch (issue.code) {
    case 'invalid_type': {
      if (isMissing(issue, context)) return required;
      const t = typeNames[issue.expected ?? ''] ?? { vi: String(issue.expected), en: String(issue.expected) };
      return { vi: `Phải là ${t.vi}`, en: `Must be ${t.en}` };
    }
    case 'too_small':
      if (issue.origin === 'string') {
        return Number(issue.minimum) <= 1
          ? required
          : { vi: `Cần ít nhất ${issue.minimum} ký tự`, en: `At least ${issue.minimum} characters` };
      }
      return { vi: `Không được nhỏ hơn ${issue.minimum}`, en: `Must be at least ${issue.minimum}` };
    case 'too_big':
      if (issue.origin === 'string') {
        return { vi: `Tối đa ${issue.maximum} ký tự`, en: `At most ${issue.maximum} characters` };
      }
      return { vi: `Không được lớn hơn ${issue.maximum}`, en: `Must be at most ${issue.maximum}` };
    case 'invalid_format':
      if (issue.format === 'date') return isoDateMessage;
      return { vi: 'Sai định dạng', en: 'Wrong format' };
    case 'invalid_value':
      return {
        vi: `Giá trị phải là một trong: ${(issue.values ?? []).join(', ')}`,
        en: `Must be one of: ${(issue.values ?? []).join(', ')}`,
      };
    case 'unrecognized_keys':
      return {
        vi: `Trường không được hỗ trợ: ${(issue.keys ?? []).join(', ')}`,
        en: `Unsupported field: ${(issue.keys ?? []).join(', ')}`,
      };
    case 'custom':
      return bilingualParams(issue) ?? { vi: 'Giá trị không hợp lệ', en: 'Invalid value' };
    default:
      return { vi: 'Giá trị không hợp lệ', en: 'Invalid value' };
  }
}

/**
 * Turns validation issues into field errors whose path starts with the request part (`body.name`).
 * A refine's message comes from its `params: { vi, en }`.
 */
export function fieldErrors(part: string, issues: readonly Issue[], context: ValidationContext = {}): FieldError[] {
  return issues.map((issue) => ({
    path: [part, ...issue.path.map(String)].join('.'),
    ...describe(issue, context),
  }));
}
