import {
  attendanceCategories,
  attendanceCategoryCodes,
  foldVi,
  type AttendanceCategory,
  type ConferenceDetail,
} from '@danvan/shared';

/** One named attendee as the list edits it. */
export interface AttendeeRow {
  fullName: string;
  position: string;
  unitName: string;
  category: AttendanceCategory;
  present: boolean;
}

/** What a pasted category says, by its words (accents optional): "MTTQ", "đoàn thể", "lãnh đạo"… */
const categoryWords: [AttendanceCategory, string[]][] = [
  ['leaders', ['lanh dao']],
  ['front', ['mttq', 'mat tran', 'doan the']],
  ['citizens', ['nhan dan', 'nguoi dan']],
  ['officials', ['can bo', 'cong chuc']],
];

export function categoryOf(text: string): AttendanceCategory | null {
  const folded = foldVi(text);
  if (!folded) return null;
  const exact = attendanceCategoryCodes.find((code) => foldVi(attendanceCategories[code].vi) === folded);
  return exact ?? categoryWords.find(([, words]) => words.some((word) => folded.includes(word)))?.[0] ?? null;
}

/** "Vắng", "vắng có phép", "không": absent; anything else (blank, "có mặt", "x") is present. */
const absent = (cell: string) => /^(vang|khong)/.test(foldVi(cell));

/**
 * Rows copied from Excel (cells split by tabs) or typed with "|": name, position, unit, category,
 * present. A missing category is `fallback`; "vắng…" or "không" in the last cell mean absent.
 * A heading row ("Họ và tên…") and blank lines are skipped.
 */
export function parsePastedAttendees(text: string, fallback: AttendanceCategory): AttendeeRow[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.split(line.includes('\t') ? '\t' : '|').map((cell) => cell.trim()))
    .filter((cells) => cells[0] && !foldVi(cells[0]).startsWith('ho va ten') && foldVi(cells[0]) !== 'tt')
    .map(([fullName, position = '', unitName = '', category = '', present = '']) => ({
      fullName,
      position,
      unitName,
      category: categoryOf(category) ?? fallback,
      present: !absent(present),
    }));
}

export type CategoryCounts = Record<AttendanceCategory, number>;

/** Per category: the main hall's count, the bridge points' sum, the total, and the named present. */
export function attendanceSums(
  hall: Partial<Record<AttendanceCategory, number | null>>,
  points: ConferenceDetail['bridgePoints'],
  rows: Pick<AttendeeRow, 'category' | 'present'>[],
) {
  const sum = (pick: (category: AttendanceCategory) => number) =>
    Object.fromEntries(attendanceCategoryCodes.map((k) => [k, pick(k)])) as CategoryCounts;
  // Text that is no number (refused at its field) counts as nothing until it is corrected.
  const atHall = sum((k) => (Number.isFinite(hall[k]) ? Number(hall[k]) : 0));
  const atPoints = sum((k) => points.reduce((total, p) => total + (p[k] ?? 0), 0));
  const total = sum((k) => atHall[k] + atPoints[k]);
  const named = sum((k) => rows.filter((r) => r.present && r.category === k).length);
  return { atHall, atPoints, total, named };
}
