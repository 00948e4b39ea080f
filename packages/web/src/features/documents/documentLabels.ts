import { documentTopics, documentTypes, type DocumentTopic, type DocumentType } from '@danvan/shared';
import type { Lang } from '../../lib/i18n';

export const documentTypeList = Object.keys(documentTypes) as DocumentType[];
const documentTopicList = Object.keys(documentTopics) as DocumentTopic[];

export function isDocumentType(value: string): value is DocumentType {
  return Object.hasOwn(documentTypes, value);
}

export function isDocumentTopic(value: string): value is DocumentTopic {
  return Object.hasOwn(documentTopics, value);
}

/** "KH – Kế hoạch", as the type pickers show it. */
export function typeOptionLabel(type: DocumentType, lang: Lang): string {
  return `${type} – ${documentTypes[type][lang]}`;
}

export function typeOptions(lang: Lang): { value: DocumentType; label: string }[] {
  return documentTypeList.map((type) => ({ value: type, label: typeOptionLabel(type, lang) }));
}

export function topicOptions(lang: Lang): { value: DocumentTopic; label: string }[] {
  return documentTopicList.map((topic) => ({ value: topic, label: documentTopics[topic][lang] }));
}
