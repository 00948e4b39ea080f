import type { BilingualMessage } from '@danvan/shared';
import type { ZxcvbnFactory } from '@zxcvbn-ts/core';
import { invalid } from '../http/errors.js';

export const MIN_PASSWORD_LENGTH = 10;
/** zxcvbn's 0–4 scale: 3 is "safely unguessable" (about 10^8 guesses or more). */
const MIN_SCORE = 3;

// zxcvbn's warnings, which name what makes a password guessable; its own texts are English only.
const warnings: Record<string, BilingualMessage> = {
  straightRow: { vi: 'các phím liền nhau trên bàn phím', en: 'straight rows of keys are easy to guess' },
  keyPattern: { vi: 'một mẫu phím ngắn dễ đoán', en: 'short keyboard patterns are easy to guess' },
  simpleRepeat: { vi: 'ký tự lặp lại như "aaa"', en: 'repeated characters like "aaa" are easy to guess' },
  extendedRepeat: { vi: 'chuỗi lặp lại như "abcabc"', en: 'repeated patterns like "abcabc" are easy to guess' },
  sequences: { vi: 'dãy ký tự liên tiếp như "abc" hay "6543"', en: 'sequences like "abc" are easy to guess' },
  recentYears: { vi: 'năm gần đây', en: 'recent years are easy to guess' },
  dates: { vi: 'ngày tháng', en: 'dates are easy to guess' },
  topTen: { vi: 'nằm trong 10 mật khẩu phổ biến nhất', en: 'this is a heavily used password' },
  topHundred: { vi: 'nằm trong 100 mật khẩu phổ biến nhất', en: 'this is a frequently used password' },
  common: { vi: 'là mật khẩu phổ biến', en: 'this is a commonly used password' },
  similarToCommon: { vi: 'gần giống một mật khẩu phổ biến', en: 'this is similar to a commonly used password' },
  wordByItself: { vi: 'chỉ có một từ', en: 'single words are easy to guess' },
  namesByThemselves: { vi: 'chỉ có tên riêng', en: 'single names or surnames are easy to guess' },
  commonNames: { vi: 'tên riêng phổ biến', en: 'common names and surnames are easy to guess' },
  userInputs: {
    vi: 'chứa tên đăng nhập, họ tên, tên đơn vị hoặc "danvan"',
    en: 'it contains the username, the name, the unit or "danvan"',
  },
  pwned: { vi: 'đã bị lộ trong các vụ rò rỉ dữ liệu', en: 'it appeared in a data breach' },
};
const tooWeak: BilingualMessage = { vi: 'quá ngắn gọn hoặc theo mẫu quen thuộc', en: 'too simple or predictable' };
const advice: BilingualMessage = {
  vi: 'hãy dùng vài từ không liên quan đến nhau, ví dụ "hoa sen chiều mưa 27"',
  en: 'use a few unrelated words, e.g. "lotus rain evening 27"',
};

// What everyone here knows: the system's name, "password" in Vietnamese, and the demo's password, published in
// the README (`danvan-demo1` is one guess away from it).
const appWords = ['danvan', 'dân vận', 'matkhau', 'mật khẩu', 'danvan-demo', 'demo'];
const fold = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'D');

let estimator: Promise<ZxcvbnFactory> | undefined;

// The dictionaries (~1 MB) are loaded on the first password set, not at start-up.
function loadEstimator(): Promise<ZxcvbnFactory> {
  estimator ??= Promise.all([import('@zxcvbn-ts/core'), import('@zxcvbn-ts/language-common')]).then(
    ([core, common]) =>
      new core.ZxcvbnFactory({
        dictionary: common.dictionary,
        graphs: common.adjacencyGraphs,
        // The part analysed: matching grows quadratically with length, and 100 characters are plenty.
        maxLength: 100,
      }),
  );
  return estimator;
}

/**
 * Why a new password would be refused, or null when it is long and hard enough to guess. `context` holds what
 * an attacker knows about the account (username, full name, unit name); "danvan" is always added.
 */
export async function passwordWeakness(password: string, context: string[]): Promise<BilingualMessage | null> {
  if ([...password].length < MIN_PASSWORD_LENGTH) {
    return {
      vi: `Mật khẩu cần ít nhất ${MIN_PASSWORD_LENGTH} ký tự`,
      en: `The password needs at least ${MIN_PASSWORD_LENGTH} characters`,
    };
  }
  const zxcvbn = await loadEstimator();
  // Also the name's words one by one ("Nhung2026" reuses a part) and without diacritics, as people type them.
  const words = [...appWords, ...context].flatMap((text) => [text, ...text.split(/[\s.@_-]+/)]);
  const inputs = [...words, ...words.map(fold)].map((text) => text.trim().toLowerCase()).filter((t) => t.length >= 3);
  // Once each, first place kept: zxcvbn ranks a known word by its last position in the list, so a repeat far down
  // would make "danvan" look rarer the more words the context holds.
  const result = zxcvbn.check(password, [...new Set(inputs)]);
  if (result.score >= MIN_SCORE) return null;
  const warning = (result.feedback.warning && warnings[result.feedback.warning]) || tooWeak;
  return {
    vi: `Mật khẩu quá dễ đoán: ${warning.vi}; ${advice.vi}`,
    en: `The password is too easy to guess: ${warning.en}; ${advice.en}`,
  };
}

/** Refuses a new password that is too short or too easy to guess, on the field that carried it. */
export async function requireStrongPassword(field: string, password: string, context: string[]): Promise<void> {
  const weakness = await passwordWeakness(password, context);
  if (weakness) throw invalid(field, weakness);
}
