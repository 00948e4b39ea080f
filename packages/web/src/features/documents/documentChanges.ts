import { documentTopics, documentTypes, formatDateVi } from '@danvan/shared';
import type { Lang, MessageKey, Translate } from '../../lib/i18n';
import { isDocumentTopic, isDocumentType } from './documentLabels';

interface FieldChange {
  label: MessageKey;
  before: string;
  after: string;
}

type Fields = Record<string, unknown>;

export function isFields(value: unknown): value is Fields {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function text(value: unknown): string {
  return typeof value === 'string' || typeof value === 'number' ? String(value) : '';
}

function typeName(value: unknown, lang: Lang): string {
  const code = text(value);
  return isDocumentType(code) ? documentTypes[code][lang] : code;
}

function topicNames(value: unknown, lang: Lang): string {
  if (!Array.isArray(value)) return '';
  return value
    .map((topic) => text(topic))
    .sort()
    .map((topic) => (isDocumentTopic(topic) ? documentTopics[topic][lang] : topic))
    .join(', ');
}

interface Context {
  lang: Lang;
  t: Translate;
  /** A unit's name from its id, when known. */
  unitName: (id: number) => string | undefined;
}

/**
 * The audit log keeps a document before an edit as its database row (`issued_on`, `unit_id`) and
 * after it as the values sent (`issuedOn`, `unitId`): each field is read under both names.
 */
const fields: {
  label: MessageKey;
  before: string;
  after: string;
  show: (value: unknown, context: Context) => string;
}[] = [
  { label: 'document.symbol', before: 'symbol', after: 'symbol', show: text },
  { label: 'documents.type', before: 'type', after: 'type', show: (value, { lang }) => typeName(value, lang) },
  { label: 'document.issuedOn', before: 'issued_on', after: 'issuedOn', show: (value) => formatDateVi(text(value)) },
  { label: 'document.signer', before: 'signer', after: 'signer', show: text },
  { label: 'document.title', before: 'title', after: 'title', show: text },
  { label: 'document.summary', before: 'summary', after: 'summary', show: text },
  { label: 'document.topics', before: 'topics', after: 'topics', show: (value, { lang }) => topicNames(value, lang) },
  {
    label: 'document.role',
    before: 'role',
    after: 'role',
    show: (value, { t }) => (value === 'issued' || value === 'advised' ? t(`document.role.${value}`) : text(value)),
  },
  {
    label: 'document.unit',
    before: 'unit_id',
    after: 'unitId',
    show: (value, { unitName }) => (typeof value === 'number' ? (unitName(value) ?? `#${value}`) : ''),
  },
];

/** The fields an edit changed, each shown as the user reads it (names, dd/mm/yyyy). */
export function documentChanges(before: unknown, after: unknown, context: Context): FieldChange[] {
  if (!isFields(before) || !isFields(after)) return [];
  // The row before the edit names its unit; the values after it only give the id.
  const named: Context = {
    ...context,
    unitName: (id) =>
      id === before.unit_id && typeof before.unit_name === 'string' ? before.unit_name : context.unitName(id),
  };
  const changes: FieldChange[] = [];
  for (const field of fields) {
    const from = field.show(before[field.before], named);
    const to = field.show(after[field.after], named);
    if (from !== to) changes.push({ label: field.label, before: from, after: to });
  }
  return changes;
}
