import type { ReportView } from '@danvan/shared';

/** "Báo cáo kết quả … 2026 - Phường 1.docx", for when the server names no file; no characters file systems refuse. */
export function reportFileName(view: Pick<ReportView, 'round' | 'unit'>, extension: string): string {
  const base = `${view.round.title} - ${view.unit.name}`
    .replace(/[\\/:*?"<>|]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return `${base}.${extension}`;
}
