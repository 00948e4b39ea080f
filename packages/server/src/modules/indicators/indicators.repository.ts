import type { Indicator, IndicatorInput } from '@danvan/shared';
import type { Sql } from '../../db/client.js';

/** The catalogue of a year in its order; reports snapshot it when a round opens. */
export async function findIndicatorsOfYear(sql: Sql, year: number): Promise<Indicator[]> {
  const { rows } = await sql.query<Indicator>(
    `SELECT code, name_vi AS "nameVi", name_en AS "nameEn", unit_vi AS "unitVi", section, aggregation,
            weight_code AS "weightCode", numerator_code AS "numeratorCode", denominator_code AS "denominatorCode",
            computed_key AS "computedKey", basis, phrase_vi AS "phraseVi", part_of AS "partOf", part_kind AS "partKind",
            is_key AS "isKey", min_value::float8 AS "minValue", max_value::float8 AS "maxValue", whole, at_most_code AS "atMostCode",
            warn_change_percent::float8 AS "warnChangePercent", warn_change_min::float8 AS "warnChangeMin"
       FROM indicators WHERE year = $1 ORDER BY sort_order`,
    [year],
  );
  return rows;
}

export async function findCatalogueYears(sql: Sql): Promise<number[]> {
  const { rows } = await sql.query<{ year: number }>(`SELECT DISTINCT year FROM indicators ORDER BY year DESC`);
  return rows.map((row) => row.year);
}

export async function indicatorExists(sql: Sql, year: number, code: string): Promise<boolean> {
  const { rows } = await sql.query(`SELECT 1 FROM indicators WHERE year = $1 AND code = $2`, [year, code]);
  return rows.length > 0;
}

/** An indicator's fields in the column order of insertIndicator and updateIndicator, from $2. */
function indicatorParameters(input: IndicatorInput): unknown[] {
  return [
    input.code,
    input.nameVi,
    input.nameEn,
    input.unitVi,
    input.section,
    input.aggregation,
    input.weightCode,
    input.numeratorCode,
    input.denominatorCode,
    input.computedKey,
    input.basis,
    input.phraseVi,
    input.partOf,
    input.partKind,
    input.isKey,
    input.minValue,
    input.maxValue,
    input.whole,
    input.atMostCode,
    input.warnChangePercent,
    input.warnChangeMin,
  ];
}

export async function insertIndicator(sql: Sql, year: number, input: IndicatorInput): Promise<void> {
  await sql.query(
    `INSERT INTO indicators (year, code, name_vi, name_en, unit_vi, section, aggregation, weight_code, numerator_code, denominator_code, computed_key,
                             basis, phrase_vi, part_of, part_kind, is_key, min_value, max_value, whole, at_most_code, warn_change_percent, warn_change_min, sort_order)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22,
             (SELECT coalesce(max(sort_order), 0) + 1 FROM indicators WHERE year = $1))`,
    [year, ...indicatorParameters(input)],
  );
}

export async function updateIndicator(sql: Sql, year: number, input: IndicatorInput): Promise<void> {
  await sql.query(
    `UPDATE indicators SET name_vi = $3, name_en = $4, unit_vi = $5, section = $6, aggregation = $7,
            weight_code = $8, numerator_code = $9, denominator_code = $10, computed_key = $11,
            basis = $12, phrase_vi = $13, part_of = $14, part_kind = $15, is_key = $16, min_value = $17, max_value = $18,
            whole = $19, at_most_code = $20, warn_change_percent = $21, warn_change_min = $22
      WHERE year = $1 AND code = $2`,
    [year, ...indicatorParameters(input)],
  );
}

/** Copies a year's catalogue into a year that has none; returns how many indicators were copied. */
export async function copyCatalogue(sql: Sql, fromYear: number, toYear: number): Promise<number> {
  const { rows } = await sql.query(
    `INSERT INTO indicators (year, code, name_vi, name_en, unit_vi, section, aggregation, weight_code, numerator_code, denominator_code, computed_key,
                             basis, phrase_vi, part_of, part_kind, is_key, min_value, max_value, whole, at_most_code, warn_change_percent, warn_change_min, sort_order)
     SELECT $2, code, name_vi, name_en, unit_vi, section, aggregation, weight_code, numerator_code, denominator_code, computed_key,
                             basis, phrase_vi, part_of, part_kind, is_key, min_value, max_value, whole, at_most_code, warn_change_percent, warn_change_min, sort_order
       FROM indicators WHERE year = $1
     RETURNING code`,
    [fromYear, toYear],
  );
  return rows.length;
}
