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
  input?: unknown;
}

const typeNames: Record<string, BilingualMessage> = {
  string: { vi: 'chuỗi ký tự', en: 'a string' },
  number: { vi: 'số', en: 'a number' },
  int: { vi: 'số nguyên', en: 'an integer' },
  boolean: { vi: 'true/false', en: 'true/false' },
  object: { vi: 'đối tượng JSON', en: 'a JSON object' },
  array: { vi: 'danh sách', en: 'a list' },
};

function describe(issue: Issue): BilingualMessage {
  switch (issue.code) {
    case 'invalid_type': {
      if (issue.input === undefined) return { vi: 'Bắt buộc nhập', en: 'Required' };
      const t = typeNames[issue.expected ?? ''] ?? { vi: String(issue.expected), en: String(issue.expected) };
      return { vi: `Phải là ${t.vi}`, en: `Must be ${t.en}` };
    }
    case 'too_small':
      if (issue.origin === 'string') {
        return Number(issue.minimum) <= 1
          ? { vi: 'Bắt buộc nhập', en: 'Required' }
          : { vi: `Cần ít nhất ${issue.minimum} ký tự`, en: `At least ${issue.minimum} characters` };
      }
      return { vi: `Không được nhỏ hơn ${issue.minimum}`, en: `Must be at least ${issue.minimum}` };
    case 'too_big':
      if (issue.origin === 'string') {
        return { vi: `Tối đa ${issue.maximum} ký tự`, en: `At most ${issue.maximum} characters` };
      }
      return { vi: `Không được lớn hơn ${issue.maximum}`, en: `Must be at most ${issue.maximum}` };
    case 'invalid_format':
      if (issue.format === 'date') return { vi: 'Ngày phải có dạng YYYY-MM-DD', en: 'Date must be YYYY-MM-DD' };
      return { vi: 'Sai định dạng', en: 'Wrong format' };
    case 'invalid_value':
      return {
        vi: `Giá trị phải là một trong: ${(issue.values ?? []).join(', ')}`,
        en: `Must be one of: ${(issue.values ?? []).join(', ')}`,
      };
    case 'unrecognized_keys':
      return { vi: `Trường không được hỗ trợ: ${(issue.keys ?? []).join(', ')}`, en: `Unsupported field: ${(issue.keys ?? []).join(', ')}` };
    default:
      return { vi: 'Giá trị không hợp lệ', en: 'Invalid value' };
  }
}

/** Turns validation issues into field errors whose path starts with the request part (`body.name`). */
export function fieldErrors(part: string, issues: readonly Issue[]): FieldError[] {
  return issues.map((issue) => ({
    path: [part, ...issue.path.map(String)].join('.'),
    ...describe(issue),
  }));
}
