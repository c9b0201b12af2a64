// The cash that goes with a title or reward: the base salary in force on the decision date times
// the award's multiple, rounded UP to the next 10,000 đồng (DOMAIN.md §7.1 [news]: "0.8 × 2,340,000
// = 1,872,000 → 1,880,000"; the multiples are Nghị định 98/2023/NĐ-CP's bonus table until 30/6/2025
// and Nghị định 152/2025/NĐ-CP's from 01/7/2025, held in catalogue.ts).
//
// Integer arithmetic only: the multiple is turned into hundredths once (0.3 → 30), so 0.3 × 2,340,000
// is 2,340,000 × 30 / 100 = 702,000 exactly, never 701,999.9999.
import { BASE_SALARY_TABLE, type BaseSalaryPeriod, baseSalaryOn } from './base-salary.ts'
import { EmulationError } from './errors.ts'

/** Amounts are rounded up to a multiple of this (đồng). */
export const AMOUNT_ROUNDING = 10_000

/** A multiple as a whole number of hundredths; refuses a negative one or one finer than 0.01. */
export function multipleInHundredths(multiple: number): number {
  const hundredths = Math.round(multiple * 100)
  if (!Number.isFinite(multiple) || multiple < 0 || Math.abs(multiple * 100 - hundredths) > 1e-6) {
    throw new EmulationError(
      'EMULATION_INVALID_MULTIPLE',
      `Hệ số ${multiple} không hợp lệ (số không âm, tối đa hai chữ số thập phân).`,
      {
        multiple,
      },
    )
  }
  return hundredths
}

/** Rounds a whole number of đồng up to the next multiple of 10,000 (an exact multiple stays). */
export function roundUpAmount(dong: number): number {
  return Math.ceil(dong / AMOUNT_ROUNDING) * AMOUNT_ROUNDING
}

/**
 * Base salary on `decidedOn` × `multiple`, rounded up to 10,000 đồng. The product is computed in
 * hundredths of a đồng (integers well inside 2^53) and divided once, upwards.
 */
export function cashAmount(
  multiple: number,
  decidedOn: string,
  table: readonly BaseSalaryPeriod[] = BASE_SALARY_TABLE,
): number {
  const hundredths = multipleInHundredths(multiple)
  const base = baseSalaryOn(decidedOn, table)
  const perUnit = 100 * AMOUNT_ROUNDING
  return Math.ceil((base * hundredths) / perUnit) * AMOUNT_ROUNDING
}
