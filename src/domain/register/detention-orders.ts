// Detention as the orders state it, checked against the law.
//
// Điều 134 khoản 1 đoạn cuối BLTTHS 2015: custody and detention end "vào ngày kết thúc thời
// hạn được ghi trong lệnh, quyết định", a month counting as 30 days. So the clock runs to the
// end day of the order (lệnh tạm giam) and of each extension decision, never to the law's
// maximum; the law's maximum is computed beside it, and an order that ends later is a
// violation, flagged at once — the clock then shows the LEGAL end, never a later one.
// Orders recorded before these fields existed state no term: the law's period stands in for
// it, and the basis says so.
import {
  addDays,
  daysBetween,
  formatViDate,
  isIsoDate,
  type IsoDate,
  type WorkingCalendar,
} from '@/domain/calendar/index.ts'
import {
  DETENTION_COUNTING,
  formatPeriod,
  inDays,
  type ComputedDeadline,
  type Period,
} from '@/domain/deadlines/index.ts'
import type { RegisterEvent } from './types.ts'

const isDay = isIsoDate

const termOf = (data: Record<string, unknown>): Period | null => {
  const term = data.term as { amount?: unknown; unit?: unknown } | undefined
  if (!term || typeof term.amount !== 'number' || (term.unit !== 'days' && term.unit !== 'months')) return null
  return { unit: term.unit, amount: term.amount }
}

const extensionPeriod = (data: Record<string, unknown>): Period | null =>
  typeof data.amount === 'number' && (data.unit === 'days' || data.unit === 'months')
    ? { unit: data.unit, amount: data.amount }
    : null

/**
 * Custody days taken off detention for investigation (TTLT 04/2018/TTLT-VKSNDTC-BCA-BQP Điều 17
 * khoản 1): "Nếu việc tạm giam liên tục với việc tạm giữ thì thời hạn tạm giam được tính tiếp từ
 * ngày hết thời hạn tạm giữ" — custody from day C, detention ordered on day D without a break:
 * the days C … D−1 were custody, D is the first day of detention, so D − C days are deducted.
 * After a release on day R (not continuous) every day held, C … R, counts: R − C + 1 days — a
 * reading that counts each day the person was held once (unconfirmed). Only the first detention
 * after that custody is shortened.
 */
export const custodyDaysBefore = (order: RegisterEvent, before: readonly RegisterEvent[]): number => {
  const own = before.filter((e) => e.subjectId === order.subjectId)
  const last = own.findLast((e) => e.type === 'custody_ordered' || e.type === 'detention_ordered')
  if (!last || last.type !== 'custody_ordered') return 0
  const released = own.slice(own.indexOf(last) + 1).find((e) => e.type === 'detention_ended')
  return released
    ? daysBetween(last.occurredOn, released.occurredOn) + 1
    : daysBetween(last.occurredOn, order.occurredOn)
}

export type OrderReading = {
  dueDate: IsoDate
  /** The law's last day (base + the extensions granted), as the engine computed it. */
  legalEnd: IsoDate
  /** The last day the orders state, or null when the order states no term (old data). */
  orderedEnd: IsoDate | null
  beyondLaw: boolean
  phrases: string[]
}

/**
 * Reads the order and its extensions: `lawBaseEnd` is the law's last day without extensions,
 * `computed` the engine's result with them. The order's base ends on its `endsOn`, else its
 * `term` counted like the law (first day counts, 01 tháng = 30 ngày, custody deducted), else the
 * law's base; each extension on its `endsOn`, else the day after the previous end plus its length.
 */
export const readOrders = (
  order: RegisterEvent,
  extensions: readonly RegisterEvent[],
  countsFrom: IsoDate,
  deductedDays: number,
  lawBaseEnd: IsoDate,
  computed: ComputedDeadline,
): OrderReading => {
  const legalEnd = computed.unadjustedDueDate as IsoDate
  const phrases: string[] = []
  if (deductedDays > 0) phrases.push(`trừ ${String(deductedDays).padStart(2, '0')} ngày tạm giữ`)
  const term = termOf(order.data)
  const stated = isDay(order.data.endsOn) ? order.data.endsOn : null
  const termDays = term ? inDays(term, DETENTION_COUNTING) : null
  const baseEnd = stated ?? (termDays !== null ? addDays(countsFrom, termDays - 1 - deductedDays) : null)
  if (baseEnd === null) {
    phrases.push('lệnh tạm giam không ghi thời hạn: tính theo thời hạn tối đa luật định')
    return { dueDate: legalEnd, legalEnd, orderedEnd: null, beyondLaw: false, phrases }
  }
  phrases.push(`lệnh tạm giam${term ? ` ${formatPeriod(term)}` : ''} đến hết ngày ${formatViDate(baseEnd)}`)
  let end = baseEnd
  let beyondLaw = baseEnd > lawBaseEnd
  for (const extension of extensions) {
    const period = extensionPeriod(extension.data)
    const days = period ? inDays(period, DETENTION_COUNTING) : null
    // An extension never shortens the detention: a stated end day before the current one is not read as such (validation refuses it).
    const stated = isDay(extension.data.endsOn) && extension.data.endsOn > end ? extension.data.endsOn : null
    const next = stated ?? (days !== null ? addDays(end, days) : end)
    phrases.push(`gia hạn tạm giam đến hết ngày ${formatViDate(next)}`)
    end = next
  }
  if (beyondLaw)
    phrases.push(
      `VI PHẠM: lệnh tạm giam ghi đến hết ngày ${formatViDate(baseEnd)}, vượt quá thời hạn luật định (hết ngày ${formatViDate(lawBaseEnd)})`,
    )
  if (end > legalEnd) {
    beyondLaw = true
    phrases.push(
      `VI PHẠM: ngày kết thúc ghi trong lệnh, quyết định (${formatViDate(end)}) vượt quá thời hạn luật định (hết ngày ${formatViDate(legalEnd)}); theo dõi theo ngày luật định`,
    )
  }
  return { dueDate: end < legalEnd ? end : legalEnd, legalEnd, orderedEnd: end, beyondLaw, phrases }
}

/** The days off the due date falls on, as the register lists them (detention never moves). */
export const dayOffReasonsOn = (date: IsoDate, calendar: WorkingCalendar): string[] =>
  calendar.isDayOff(date)
    ? [
        `${formatViDate(date)}: ${calendar
          .reasonsFor(date)
          .map((r) => r.text)
          .join(', ')}`,
      ]
    : []
