import { useState, type CSSProperties } from 'react';
import { Input } from 'antd';
import type { Rule } from 'antd/es/form';
import { checkNumberVi, parseNumberVi, type NumberViError, type NumberViOptions } from '@danvan/shared';
import { useI18n, type Translate } from '../lib/i18n';
import { formatNumberInputVi } from '../lib/numberInput';

/**
 * The app's one number field: reads what is typed the Vietnamese way (`1.250` = 1250, `1,5` = 1,5; the shared
 * `parseNumberVi`), keeps the text while typing and shows the number formatted once the field is left.
 * It hands the form the number, `null` for an empty field, or `NaN` for text that is no number, so the form's
 * `numberViRules` refuse it with a message instead of a silently different figure. Bounds are checked by the rules,
 * not by changing what was typed.
 */
export interface NumberInputViProps {
  value?: number | null;
  onChange?: (value: number | null) => void;
  /** Only whole numbers: the phone shows its digit keyboard. */
  integer?: boolean;
  /** A year or a number that names something: shown without thousands dots (`2026`, not `2.026`). */
  plain?: boolean;
  disabled?: boolean;
  placeholder?: string;
  status?: '' | 'error' | 'warning';
  style?: CSSProperties;
  id?: string;
  'aria-label'?: string;
  'aria-invalid'?: boolean;
  'aria-describedby'?: string;
}

export function NumberInputVi({ value, onChange, integer, plain = false, style, ...rest }: NumberInputViProps) {
  const { t } = useI18n();
  const [text, setText] = useState(() => formatNumberInputVi(value, { plain }));
  // The number the text stands for; a value set from outside (a reset, a loaded record) replaces the text.
  const [shown, setShown] = useState<number | null | undefined>(value);
  if (!sameNumber(value, shown)) {
    setShown(value);
    setText(formatNumberInputVi(value, { plain }));
  }
  const invalid = typeof value === 'number' && Number.isNaN(value);

  return (
    <Input
      {...rest}
      value={text}
      inputMode={integer ? 'numeric' : 'decimal'}
      autoComplete="off"
      title={t('number.hint')}
      status={rest.status || (invalid ? 'error' : undefined)}
      style={{ textAlign: 'right', ...style }}
      onChange={(event) => {
        const typed = event.target.value;
        const read = parseNumberVi(typed);
        const next = read.ok ? read.value : Number.NaN;
        setText(typed);
        setShown(next);
        if (!sameNumber(next, value)) onChange?.(next);
      }}
      onBlur={() => {
        if (typeof value === 'number' && !Number.isNaN(value)) setText(formatNumberInputVi(value, { plain }));
      }}
    />
  );
}

function sameNumber(a: number | null | undefined, b: number | null | undefined): boolean {
  return Object.is(a ?? null, b ?? null);
}

const errorKeys = {
  invalid: 'number.invalid',
  notInteger: 'number.notInteger',
  negative: 'number.negative',
  tooSmall: 'number.tooSmall',
  tooLarge: 'number.tooLarge',
} as const satisfies Record<NumberViError, string>;

/** A number field's checks; `plain` for a year's field, whose bounds read `2000`, not `2.000`. */
export type NumberViFieldOptions = NumberViOptions & { plain?: boolean };

/** The message for a number field's error, with its bounds. */
export function numberViMessage(t: Translate, error: NumberViError, options: NumberViFieldOptions): string {
  return t(errorKeys[error], {
    min: formatNumberInputVi(options.min ?? 0, { plain: options.plain }),
    max: formatNumberInputVi(options.max ?? 0, { plain: options.plain }),
  });
}

/** The form rules of a number field: a number (not text that is none), whole if asked, within its bounds. */
export function numberViRules(t: Translate, options: NumberViFieldOptions = {}): Rule[] {
  return [
    {
      validator: (_rule, value: unknown) => {
        if (value === null || value === undefined || value === '') return Promise.resolve();
        const error = checkNumberVi(Number(value), options);
        return error ? Promise.reject(new Error(numberViMessage(t, error, options))) : Promise.resolve();
      },
    },
  ];
}
