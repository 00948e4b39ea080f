import { formatNumberVi } from '@danvan/shared';

/** InputNumber props that show and accept Vietnamese numbers (1.234,5) while keeping what the user types. */
export const numberInputVi = {
  formatter: (value: number | string | undefined, info: { userTyping: boolean; input: string }) =>
    info.userTyping ? info.input : value === undefined || value === '' ? '' : formatNumberVi(Number(value)),
  parser: (text: string | undefined): number | string => {
    const trimmed = text?.replace(/\s/g, '');
    return trimmed ? Number(trimmed.replace(/\./g, '').replace(',', '.')) : '';
  },
};
