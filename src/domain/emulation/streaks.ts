// Consecutive-years helpers the conditions read (issue 14 item 6: "History conditions reach back
// across years"). A revoked award never counts (Luật Thi đua, khen thưởng 2022, Chương VII: the
// decision is annulled).
//
// Across the 2025 merger: the server maps a merged unit's years and awards onto its canonical
// successor before calling (facts.ts: PersonYearFacts.unitId is the successor; a CollectiveHistory
// of a successor carries its predecessors' years and awards under its own id), so a collective's
// "5 consecutive Government flags 2021–2025" counts 2021–2024 won by the predecessor. These helpers
// therefore look only at years, never at unit ids.
import type { AwardHeld } from './facts.ts'
import type { AwardCode, QualityRating } from './vocabulary.ts'

/** A held award that counts: not revoked. */
export const counts = (held: AwardHeld): boolean => held.revokedOn === null

/** The years (ascending, distinct) in which `award` is held and not revoked. */
export function yearsHeld(awards: readonly AwardHeld[], award: AwardCode): number[] {
  return [...new Set(awards.filter((a) => a.award === award && counts(a)).map((a) => a.year))].sort((a, b) => a - b)
}

/** Whether `award` is held, not revoked, for the achievement of `year`. */
export function holds(awards: readonly AwardHeld[], award: AwardCode, year: number): boolean {
  return awards.some((a) => a.award === award && a.year === year && counts(a))
}

/** How many consecutive years ending with `year` (inclusive) satisfy `test`; 0 when `year` does not. */
export function streakEnding(test: (year: number) => boolean, year: number): number {
  let length = 0
  while (test(year - length)) length += 1
  return length
}

/** How many consecutive years, ending with `year`, the award is held (not revoked). */
export function awardStreakEnding(awards: readonly AwardHeld[], award: AwardCode, year: number): number {
  const held = new Set(yearsHeld(awards, award))
  return streakEnding((y) => held.has(y), year)
}

/** The latest year (≤ `atMost`, when given) the award is held for, or null. */
export function lastAwardYear(awards: readonly AwardHeld[], award: AwardCode, atMost?: number): number | null {
  const years = yearsHeld(awards, award).filter((y) => atMost === undefined || y <= atMost)
  return years.length === 0 ? null : (years[years.length - 1] as number)
}

/** Years from `from` to `to` inclusive, ascending. */
export function yearRange(from: number, to: number): number[] {
  const out: number[] = []
  for (let y = from; y <= to; y += 1) out.push(y)
  return out
}

/** "Hoàn thành tốt nhiệm vụ" or better (Nghị định 90/2020/NĐ-CP grades). */
export const isGoodOrBetter = (rating: QualityRating | null): boolean => rating === 'excellent' || rating === 'good'

/** Completed the tasks at all (any grade but "không hoàn thành"). */
export const hasCompleted = (rating: QualityRating | null): boolean =>
  rating === 'excellent' || rating === 'good' || rating === 'completed'

/** Counts the years of `years` for which `test` holds. */
export function countYears(years: readonly number[], test: (year: number) => boolean): number {
  return years.filter(test).length
}

/** First day of emulation year `year`: 01/12 of the year before (DOMAIN.md §6.1). */
export const emulationYearStart = (year: number): string => `${year - 1}-12-01`

/** Last day of emulation year `year`: 30/11 (DOMAIN.md §6.1). */
export const emulationYearEnd = (year: number): string => `${year}-11-30`
