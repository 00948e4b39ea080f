import { formatNumberVi } from '@danvan/shared';
import type { Translate } from '../../lib/i18n';

/** "25 văn bản", or "Hơn 200 văn bản" when the server stopped counting at its cap. */
export function documentCountText(t: Translate, total: number, capped: boolean): string {
  return t(capped ? 'documents.countMore' : 'documents.count', { count: formatNumberVi(total) });
}
