// Caps across units (issue 14 item 6): "Tập thể lao động xuất sắc" is given to at most 20 % of the
// collectives classed "Tập thể lao động tiên tiến", and at least one (Thông tư 02/2024/TT-VKSTC,
// Điều 18 [confirmed, DOMAIN.md §7.3]). 20 % of 14 = 2.8 → 2 (at most: rounded down); of 15 = 3;
// of 4 = 0.8 → 0, raised to 1 by "ít nhất 01"; with no advanced collective there is nothing to cap
// from, so 0. Integer arithmetic: floor(count × percent / 100).
import { EmulationError } from './errors.ts'
import type { ConditionStatus } from './vocabulary.ts'

export const EXCELLENT_CAP_SOURCE = 'Thông tư 02/2024/TT-VKSTC, Điều 18'
export const DEFAULT_EXCELLENT_CAP_PERCENT = 20

const wholeCount = (value: number, name: string) => {
  if (!Number.isInteger(value) || value < 0) {
    throw new EmulationError('EMULATION_INVALID_COUNT', `${name} phải là số nguyên không âm (nhận ${value}).`, {
      [name]: value,
    })
  }
}

/**
 * How many collectives may be proposed for "Tập thể lao động xuất sắc" when `advancedCount` are
 * classed "Tập thể lao động tiên tiến". `percent` is the parameter
 * 'tap_the_lao_dong_xuat_sac.cap_percent' (catalogue.ts) the caller read for the date.
 */
export function excellentCollectiveCap(advancedCount: number, percent: number = DEFAULT_EXCELLENT_CAP_PERCENT): number {
  wholeCount(advancedCount, 'advancedCount')
  if (advancedCount === 0) return 0
  const hundredths = Math.round(percent * 100)
  return Math.max(1, Math.floor((advancedCount * hundredths) / 10_000))
}

export type CapOutcome = {
  status: Extract<ConditionStatus, 'met' | 'not_met'>
  proposed: number
  advanced: number
  allowed: number
  source: string
  facts: string[]
}

/** Whether `proposedCount` proposals fit the cap; the facts say why, in Vietnamese. */
export function checkCap(
  proposedCount: number,
  advancedCount: number,
  percent: number = DEFAULT_EXCELLENT_CAP_PERCENT,
): CapOutcome {
  wholeCount(proposedCount, 'proposedCount')
  const allowed = excellentCollectiveCap(advancedCount, percent)
  const facts = [
    `Số tập thể đạt Tập thể lao động tiên tiến: ${advancedCount}`,
    `Tối đa ${percent}% (ít nhất 01): ${allowed} tập thể lao động xuất sắc`,
    `Số tập thể đề nghị: ${proposedCount}`,
  ]
  if (proposedCount > allowed) facts.push(`Vượt ${proposedCount - allowed} so với tỷ lệ cho phép`)
  return {
    status: proposedCount <= allowed ? 'met' : 'not_met',
    proposed: proposedCount,
    advanced: advancedCount,
    allowed,
    source: EXCELLENT_CAP_SOURCE,
    facts,
  }
}
