/** Vietnamese number display for fields: every decimal kept (`1.234,567`), unlike the 2 digits of tables. */
const fieldFormat = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 10 });
/** A year or a number that names something (a document's number): `2026`, never `2.026`. */
const plainFormat = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 10, useGrouping: false });

/** The text a number field shows for a number: `1.250`, `1,5` (`plain`: `2026`); empty for no number. */
export function formatNumberInputVi(value: number | null | undefined, { plain = false } = {}): string {
  if (value === null || value === undefined || Number.isNaN(value)) return '';
  return (plain ? plainFormat : fieldFormat).format(value);
}
