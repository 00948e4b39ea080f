// The democracy checklists' groups, statuses and ratings with their names, apart from the request
// schemas: importing them does not bring zod into the browser's chunks (the pages with charts are among the first
// screens on a slow connection; issue 11).

/** The four groups of Luật Thực hiện dân chủ ở cơ sở 2022, in the law's order. */
export const democracyGroups = {
  disclosure: { vi: 'Những nội dung công khai', en: 'Information made public', law: 'Điều 11–12' },
  decision: { vi: 'Nhân dân bàn và quyết định', en: 'Matters the people discussed and decided', law: 'Điều 15–21' },
  consultation: { vi: 'Nhân dân tham gia ý kiến', en: 'Matters the people were consulted on', law: 'Điều 25–27' },
  supervision: { vi: 'Nhân dân kiểm tra, giám sát', en: 'Inspection and supervision by the people', law: 'Điều 30–33' },
} as const;
export type DemocracyGroup = keyof typeof democracyGroups;
export const democracyGroupCodes = Object.keys(democracyGroups) as [DemocracyGroup, ...DemocracyGroup[]];

export const entryStatuses = {
  done: { vi: 'Đã thực hiện', en: 'Done' },
  partial: { vi: 'Thực hiện một phần', en: 'Partly done' },
  not_done: { vi: 'Chưa thực hiện', en: 'Not done' },
  not_applicable: { vi: 'Không áp dụng', en: 'Not applicable' },
} as const;
export type EntryStatus = keyof typeof entryStatuses;
export const entryStatusCodes = Object.keys(entryStatuses) as [EntryStatus, ...EntryStatus[]];

/** Xếp loại: the unit's self-rating and the upper unit's rating use the same scale. */
export const democracyRatings = {
  good: { vi: 'Tốt', en: 'Good' },
  fair: { vi: 'Khá', en: 'Fair' },
  average: { vi: 'Trung bình', en: 'Average' },
  weak: { vi: 'Yếu', en: 'Weak' },
} as const;
export type DemocracyRating = keyof typeof democracyRatings;
export const democracyRatingCodes = Object.keys(democracyRatings) as [DemocracyRating, ...DemocracyRating[]];

/** `not_started`: the unit has no assessment for the year yet (listed so the upper unit sees who is missing). */
export const assessmentStatuses = {
  not_started: { vi: 'Chưa lập', en: 'Not started' },
  draft: { vi: 'Đang soạn', en: 'Draft' },
  submitted: { vi: 'Đã nộp', en: 'Submitted' },
  returned: { vi: 'Bị trả lại', en: 'Returned' },
  rated: { vi: 'Đã xếp loại', en: 'Rated' },
} as const;
export type AssessmentStatus = keyof typeof assessmentStatuses;
export const assessmentStatusCodes = Object.keys(assessmentStatuses) as [AssessmentStatus, ...AssessmentStatus[]];
