import type { Indicator, IndicatorInput, IndicatorProvider } from '@danvan/shared';
import { authorize, type Actor } from '../../auth/authorize.js';
import type { Database, Sql } from '../../db/client.js';
import { inScope } from '../../db/scope.js';
import { conflict, invalid, notFound } from '../../http/errors.js';
import { recordAudit } from '../audit/index.js';
import { computedIndicators } from '../../reporting/indicator-providers.js';

import { indicatorActions } from './indicators.policy.js';
import {
  copyCatalogue,
  findCatalogueYears,
  findIndicatorsOfYear,
  indicatorExists,
  insertIndicator,
  updateIndicator,
} from './indicators.repository.js';

const everywhere = (actor: Actor) => ({ path: actor.scopePath });

export async function getCatalogue(
  db: Database,
  actor: Actor,
  year: number,
): Promise<{ years: number[]; indicators: Indicator[] }> {
  authorize(actor, indicatorActions.read, everywhere(actor));
  return inScope(db, actor.scopePath, async (sql) => ({
    years: await findCatalogueYears(sql),
    indicators: await findIndicatorsOfYear(sql, year),
  }));
}

/** Rules reference other indicators of the same year: a weight, or a rate's two parts. */
async function checkReferences(sql: Sql, year: number, input: IndicatorInput): Promise<void> {
  const references: [keyof IndicatorInput, string | null][] = [
    ['weightCode', input.aggregation === 'weighted_avg' ? input.weightCode : null],
    ['numeratorCode', input.aggregation === 'ratio' ? input.numeratorCode : null],
    ['denominatorCode', input.aggregation === 'ratio' ? input.denominatorCode : null],
    ['partOf', input.partOf],
    ['atMostCode', input.atMostCode],
  ];
  if (input.aggregation === 'weighted_avg' && !input.weightCode) {
    throw invalid('body.weightCode', {
      vi: 'Bình quân gia quyền cần chỉ tiêu trọng số',
      en: 'A weighted average needs a weight indicator',
    });
  }
  if (input.aggregation === 'ratio' && (!input.numeratorCode || !input.denominatorCode)) {
    throw invalid(input.numeratorCode ? 'body.denominatorCode' : 'body.numeratorCode', {
      vi: 'Tỷ lệ cần chỉ tiêu tử số và mẫu số',
      en: 'A rate needs numerator and denominator indicators',
    });
  }
  for (const [field, code] of references) {
    if (code && (code === input.code || !(await indicatorExists(sql, year, code)))) {
      throw invalid(`body.${field}`, {
        vi: `Chỉ tiêu "${code}" không có trong bộ chỉ tiêu năm ${year}`,
        en: `Indicator "${code}" is not in the ${year} catalogue`,
      });
    }
  }
}

/** The registry of computed indicators the modules offer, for the catalogue editor. */
export function listIndicatorProviders(actor: Actor): IndicatorProvider[] {
  authorize(actor, indicatorActions.manage, everywhere(actor));
  return [...computedIndicators.values()].map(({ key, description }) => ({ key, description }));
}

/** A computed figure comes from a registered provider, and a rate is always calculated from its parts. */
function checkComputedKey(input: IndicatorInput): void {
  if (input.computedKey === null) return;
  if (!computedIndicators.has(input.computedKey)) {
    throw invalid('body.computedKey', {
      vi: `Không có cách tính tự động "${input.computedKey}"`,
      en: `No computed indicator "${input.computedKey}"`,
    });
  }
  if (input.aggregation === 'ratio') {
    throw invalid('body.computedKey', {
      vi: 'Tỷ lệ được tính từ tử số và mẫu số, không lấy tự động',
      en: 'A rate is calculated from its parts, not computed from records',
    });
  }
}

function normalised(input: IndicatorInput): IndicatorInput {
  return {
    ...input,
    weightCode: input.aggregation === 'weighted_avg' ? input.weightCode : null,
    numeratorCode: input.aggregation === 'ratio' ? input.numeratorCode : null,
    denominatorCode: input.aggregation === 'ratio' ? input.denominatorCode : null,
  };
}

/** Adds or changes an indicator of a year's catalogue; rounds already opened keep their snapshot. */
export async function saveIndicator(
  db: Database,
  actor: Actor,
  year: number,
  input: IndicatorInput,
  mode: 'create' | 'update',
  ip: string,
) {
  authorize(actor, indicatorActions.manage, everywhere(actor));
  return inScope(db, actor.scopePath, async (sql) => {
    const exists = await indicatorExists(sql, year, input.code);
    if (mode === 'create' && exists)
      throw conflict('duplicate', { vi: 'Mã chỉ tiêu đã tồn tại', en: 'The indicator code exists' }, 'body.code');
    if (mode === 'update' && !exists) throw notFound({ vi: 'Không tìm thấy chỉ tiêu', en: 'Indicator not found' });
    const before = (await findIndicatorsOfYear(sql, year)).find((indicator) => indicator.code === input.code);
    const value = normalised(input);
    await checkReferences(sql, year, value);
    checkComputedKey(value);
    if (mode === 'create') await insertIndicator(sql, year, value);
    else await updateIndicator(sql, year, value);
    await recordAudit(sql, {
      actorUserId: actor.userId,
      actorUsername: actor.username,
      unitId: actor.scopeUnitId,
      action: `indicator.${mode}`,
      entityType: 'indicator',
      entityId: `${year}/${input.code}`,
      before: before ?? null,
      after: value,
      ip,
    });
    return (await findIndicatorsOfYear(sql, year)).find((indicator) => indicator.code === input.code) as Indicator;
  });
}

export async function copyCatalogueToYear(db: Database, actor: Actor, fromYear: number, toYear: number, ip: string) {
  authorize(actor, indicatorActions.manage, everywhere(actor));
  return inScope(db, actor.scopePath, async (sql) => {
    if ((await findIndicatorsOfYear(sql, toYear)).length > 0) {
      throw conflict(
        'catalogue_exists',
        { vi: `Đã có bộ chỉ tiêu năm ${toYear}`, en: `The ${toYear} catalogue exists` },
        'params.year',
      );
    }
    const copied = await copyCatalogue(sql, fromYear, toYear);
    if (copied === 0)
      throw invalid('body.fromYear', {
        vi: `Không có bộ chỉ tiêu năm ${fromYear}`,
        en: `No catalogue for ${fromYear}`,
      });
    await recordAudit(sql, {
      actorUserId: actor.userId,
      actorUsername: actor.username,
      unitId: actor.scopeUnitId,
      action: 'indicator.copy_catalogue',
      entityType: 'indicator',
      entityId: String(toYear),
      after: { fromYear, toYear, copied },
      ip,
    });
    return { year: toYear, copied };
  });
}
