/** Vietnamese number display for fields: every decimal kept (`1.234,567`), unlike the 2 digits of tables. */
const fieldFormat = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 10 });

/** The text a number field shows for a number: `1.250`, `1,5`; empty for no number. */
export function formatNumberInputVi(value: number | null | undefined): string {
  return value === null || value === undefined || Number.isNaN(value) ? '' : fieldFormat.format(value);
}
