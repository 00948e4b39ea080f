/** A message in both languages: Vietnamese first, English second. */
export interface BilingualMessage {
  vi: string;
  en: string;
}

export interface FieldError extends BilingualMessage {
  /** Dotted path of the offending input, e.g. `body.parentId` or `rows.12.code`. */
  path: string;
}

/** The body of every 4xx answer. */
export interface ApiErrorBody {
  error: {
    code: string;
    message: BilingualMessage;
    fields?: FieldError[];
  };
}
