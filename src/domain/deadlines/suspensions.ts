// Suspension (tạm đình chỉ) stops the clock; resumption (phục hồi) restarts it.
//
// The only effect the law gives a resumption here is a fresh period: for crime reports
// (Điều 147 via Điều 148, 149 BLTTHS 2015) resumption opens a new period (≤ 01 tháng)
// from the resumption date, with no further extension. (A resumed investigation,
// Điều 174 khoản 1, is a clock of its own: see rules/investigation.ts.) No rule resumes
// "the time left before the suspension".
import { formatViDate, isIsoDate, type IsoDate } from '@/domain/calendar/index.ts'
import { formatPeriod, lastDayOf } from './counting.ts'
import type { AppliedRule, Suspension } from './deadline-types.ts'
import { DeadlineError } from './errors.ts'
import type { ResolvedRule } from './resolve-rule.ts'

export type SuspensionOutcome = {
  end: IsoDate | null
  maxEnd: IsoDate | null
  suspendedSince?: IsoDate
  /** A fresh period replaced the remaining time: no extension is left. */
  freshPeriod: boolean
  applied: AppliedRule[]
}

const invalid = (message: string, details: Record<string, unknown>) =>
  new DeadlineError('DEADLINE_INVALID_SUSPENSION', message, details)

/** `lastActionDay(end)`: the last day on which a suspension may still be decided (the due date after roll-over). */
export const applySuspensions = (
  resolved: ResolvedRule,
  start: IsoDate,
  chain: { end: IsoDate; maxEnd: IsoDate },
  suspensions: readonly Suspension[],
  lastActionDay: (end: IsoDate) => IsoDate,
): SuspensionOutcome => {
  const { rule } = resolved
  const effect = rule.suspension
  if (suspensions.length === 0) return { ...chain, freshPeriod: false, applied: [] }
  if (effect.kind === 'not_applicable') {
    throw new DeadlineError(
      'DEADLINE_SUSPENSION_NOT_ALLOWED',
      `${rule.article}: thời hạn này không áp dụng tạm đình chỉ`,
      { ruleCode: rule.code },
    )
  }
  for (const s of suspensions) {
    if (!isIsoDate(s.from) || (s.to !== null && !isIsoDate(s.to))) {
      throw new DeadlineError('DEADLINE_INVALID_INPUT', 'Ngày tạm đình chỉ hoặc phục hồi không hợp lệ', {
        suspension: s,
      })
    }
  }
  const sorted = [...suspensions].sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0))
  let { end, maxEnd } = chain
  let freshPeriod = false
  const applied: AppliedRule[] = []
  for (const [i, { from, to }] of sorted.entries()) {
    const range = { from, to }
    if (from < start) throw invalid(`Ngày tạm đình chỉ ${formatViDate(from)} trước ngày bắt đầu thời hạn`, range)
    if (from > lastActionDay(end))
      throw invalid(`Ngày tạm đình chỉ ${formatViDate(from)} sau khi thời hạn đã hết (${formatViDate(end)})`, range)
    if (to === null) {
      if (i !== sorted.length - 1)
        throw invalid('Chỉ lần tạm đình chỉ cuối cùng được phép chưa có ngày phục hồi', range)
      applied.push({
        code: 'SUSPENDED',
        text: `Đang tạm đình chỉ từ ${formatViDate(from)}: thời hạn dừng lại cho đến khi phục hồi`,
        source: effect.source,
      })
      return { end: null, maxEnd: null, suspendedSince: from, freshPeriod, applied }
    }
    if (to < from)
      throw invalid(`Ngày phục hồi ${formatViDate(to)} trước ngày tạm đình chỉ ${formatViDate(from)}`, range)
    const next = sorted[i + 1]
    if (next && next.from < to) throw invalid('Các khoảng tạm đình chỉ chồng lên nhau', { first: range, second: next })
    const suspended = `Tạm đình chỉ từ ${formatViDate(from)} đến ${formatViDate(to)}`
    // A fresh period in months ends on the same-numbered day after the resumption (Điều 134: the
    // text fixes the end of a limit in months, so the strict reading counts it the same way).
    end = lastDayOf(to, effect.period, effect.period.unit === 'months' ? false : rule.counting.countsStartDay).lastDay
    maxEnd = end
    freshPeriod = true
    applied.push({
      code: 'RESUMPTION_FRESH_PERIOD',
      text: `${suspended}; sau khi phục hồi, thời hạn không quá ${formatPeriod(effect.period)} kể từ ngày phục hồi ${formatViDate(to)}`,
      source: effect.source,
    })
  }
  return { end, maxEnd, freshPeriod, applied }
}
