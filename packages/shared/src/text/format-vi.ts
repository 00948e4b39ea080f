/** dd/mm/yyyy from an ISO date (`2026-06-14`) or a Date; empty for null. */
export function formatDateVi(value: string | Date | null | undefined): string {
  if (value == null || value === '') return '';
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)) {
    const [y, m, d] = value.split('-');
    return `${d}/${m}/${y}`;
  }
  const date = typeof value === 'string' ? new Date(value) : value;
  if (Number.isNaN(date.getTime())) return '';
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${pad(date.getDate())}/${pad(date.getMonth() + 1)}/${date.getFullYear()}`;
}

/** dd/mm/yyyy HH:mm in local time, for audit and session times. */
export function formatDateTimeVi(value: string | Date | null | undefined): string {
  if (value == null || value === '') return '';
  const date = typeof value === 'string' ? new Date(value) : value;
  if (Number.isNaN(date.getTime())) return '';
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${formatDateVi(date)} ${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

const numberVi = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 2 });

/** Vietnamese number format: `1.234,5`. */
export function formatNumberVi(value: number | null | undefined): string {
  if (value == null || Number.isNaN(value)) return '';
  return numberVi.format(value);
}
