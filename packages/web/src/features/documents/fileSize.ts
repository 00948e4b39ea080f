import { formatNumberVi } from '@danvan/shared';

/** "603 B", "12,4 KB", "1,5 MB" with Vietnamese decimals. */
export function formatFileSize(bytes: number): string {
  if (bytes < 1024) return `${formatNumberVi(bytes)} B`;
  if (bytes < 1024 * 1024) return `${formatNumberVi(Math.round((bytes / 1024) * 10) / 10)} KB`;
  return `${formatNumberVi(Math.round((bytes / (1024 * 1024)) * 10) / 10)} MB`;
}
