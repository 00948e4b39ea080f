import type { UnitEvent } from '@danvan/shared';
import type { Translate } from '../../lib/i18n';

function field(value: unknown, key: string): unknown {
  if (typeof value !== 'object' || value === null || !(key in value)) return undefined;
  return (value as Record<string, unknown>)[key];
}

export function importSourceLabel(source: string, t: Translate): string {
  if (source === 'reference:post2025') return t('import.sourcePost2025');
  if (source === 'reference:pre2025') return t('import.sourcePre2025');
  return source;
}

/** One line saying what an event changed, or null when the kind says it all. */
export function eventDetailText(
  event: UnitEvent,
  t: Translate,
  unitName: (id: number) => string | undefined,
): string | null {
  const { detail } = event;
  const nameOf = (id: unknown) => (typeof id === 'number' ? (unitName(id) ?? t('event.unknownUnit', { id })) : null);

  switch (event.kind) {
    case 'renamed': {
      const from = field(detail.from, 'name');
      const to = field(detail.to, 'name');
      return typeof from === 'string' && typeof to === 'string' && from !== to
        ? t('event.renamedDetail', { from, to })
        : null;
    }
    case 'moved': {
      const from = nameOf(detail.fromParentId);
      const to = nameOf(detail.toParentId);
      return from && to ? t('event.movedDetail', { from, to }) : null;
    }
    case 'closed':
      return typeof detail.reason === 'string' ? t('event.reasonDetail', { reason: detail.reason }) : null;
    case 'imported':
      return typeof detail.source === 'string'
        ? t('event.sourceDetail', { source: importSourceLabel(detail.source, t) })
        : null;
    case 'created':
      return null;
  }
}
