// The pace of a target bound to an indicator, and its forecast for the end of the statistics year
// (issue 13 item 5: "the pace against the year (expected by today from last year's monthly curve
// vs actual), a forecast for 30/11, and a health state … never typed by hand").
//
// Share of the year by today. Last year's figures, cumulative from 01/12 to the end of each of its
// twelve statistics months (periods.ts trendPointsOf 'cumulative'), say how much of the year's
// total had accrued by the same day: in month i (0 = December) on day d of a month of L days
// (this year's month, so that 29/02 is the end of February), with c[−1] = 0,
//     accrued = c[i−1] + (c[i] − c[i−1]) × d ÷ L,   share = accrued ÷ c[11]      (linear within the month)
// and at most 1. Without a usable curve (none, or last year's total is 0, or nothing had accrued by
// that day) the share is the part of the year elapsed: days from 01/12 to today, both included,
// over the days of the year (365, or 366 when the year holds 29/02).
//
// A count (or an amount): forecast = value to date ÷ share, rounded to a whole number (matters,
// persons and đồng come whole), and expected by today = the target's value × share.
//
// A rate: the numerator and the denominator are projected the same way, each by its own share
// of last year's curve:   forecast = (n ÷ sₙ) ÷ (d ÷ s_d) × 100,   expected = target × sₙ ÷ s_d.
// This is the rate to date times last year's ratio of its year-end rate to its rate on the same
// day. Keeping the rate to date instead would forecast too low early in the year for the rates
// whose denominator carries the stock over from the previous period (DOMAIN.md §3.2: the
// resolution rate's denominator includes the reports carried over; they are all in it on 01/12
// while the resolutions accrue through the year), and too high for the opposite shape. When
// either share has no usable curve both fall back to the part of the year elapsed, the shares
// cancel, and the forecast IS the rate to date: keeping the rate is the special case of no
// history. A rate over nothing (denominator 0 to date) has no value and no forecast.
//
// Health: the forecast against the target by compare.ts's targetStatus (so the at-risk margins
// are the same RATE_AT_RISK_POINTS and COUNT_AT_RISK_SHARE as the indicators' pages): met →
// on_track, at_risk → at_risk, missed → off_track, anything without a value → no_data. The
// comparisons with last year compare the forecast with last year's year total (c[11]), and the
// expected value by today is then last year's own figure on the same day.
import { daysBetween, daysInMonth, formatViDate, toParts, type IsoDate } from '@/domain/calendar/index.ts'
import {
  figureText,
  formatPercent,
  formatQuantity,
  makeFigure,
  monthsOfStatisticsYear,
  statisticsYear,
  targetStatus,
  type Figure,
  type Target,
  type TargetIndicator,
  type TargetStatus,
} from '@/domain/indicators/index.ts'
import { PlanError } from './errors.ts'
import type { TargetHealth } from './vocabulary.ts'

/** Counts from 01/12 to a day: the numerator, and the denominator of a rate (null for a count). */
export type CumulativeCounts = { numerator: number; denominator: number | null }

export type PaceInput = {
  indicator: TargetIndicator
  target: Pick<Target, 'comparison' | 'value'> | null
  /** The statistics year of the plan (NTK year: 01/12/(year−1) – 30/11/year). */
  year: number
  today: IsoDate
  /** This year's counts from 01/12 to today. */
  toDate: CumulativeCounts
  /** Last year's cumulative counts at the end of each of its twelve statistics months, December first; null when none. */
  lastYear: readonly CumulativeCounts[] | null
}

export type PaceBasis = 'last_year' | 'linear'

export type Pace = {
  /** How the share of the year was read; null before the year begins. */
  basis: PaceBasis | null
  /** The share of the year accrued by today (of the numerator, for a rate). */
  share: number | null
  /** For a rate: the denominator's share; null for a count. */
  denominatorShare: number | null
  /** The value to date: percent for a rate, the count otherwise. */
  actual: number | null
  /** What the target requires by today at last year's pace (or the linear one). */
  expected: number | null
  /** actual − expected (percentage points for a rate). */
  difference: number | null
  /** Ahead of the pace on the indicator's better side (or exactly on it); null without both values. */
  ahead: boolean | null
  /** The projected figure for 30/11. */
  forecast: Figure | null
  health: TargetHealth
  /** 'Dự báo đến 30/11/2026: 160 vụ — Không đạt (thiếu 40 vụ)'. */
  text: string
  /** 'Đến nay 60 vụ; theo diễn biến năm trước cần 75 vụ'. */
  paceText: string | null
}

const HEALTH_OF: Record<TargetStatus, TargetHealth> = {
  met: 'on_track',
  at_risk: 'at_risk',
  missed: 'off_track',
  no_target: 'no_data',
}

const BASIS_WORDS: Record<PaceBasis, string> = {
  last_year: 'theo diễn biến năm trước',
  linear: 'theo thời gian đã qua của năm',
}

const checkCurve = (curve: readonly CumulativeCounts[] | null): void => {
  if (curve !== null && curve.length !== 12) {
    throw new PlanError(
      'PLAN_INVALID_CURVE',
      'Số liệu năm trước phải có đủ 12 tháng của năm thống kê (từ tháng 12 đến tháng 11)',
      { months: curve.length },
    )
  }
}

type Position = { monthIndex: number; day: number; monthLength: number; linearShare: number }

/** Where `asOf` falls in statistics year `year` (from ≤ asOf ≤ to). */
const positionIn = (year: number, asOf: IsoDate): Position => {
  const { from, to } = statisticsYear(year)
  const months = monthsOfStatisticsYear(year)
  const monthIndex = months.findIndex((m) => m.from <= asOf && asOf <= m.to)
  const { year: y, month, day } = toParts(asOf)

  return {
    monthIndex,
    day,
    monthLength: daysInMonth(y, month),
    linearShare: (daysBetween(from, asOf) + 1) / (daysBetween(from, to) + 1),
  }
}

/** Last year's share by the same day from one series of the curve, or null when it says nothing. */
const curveShare = (series: readonly number[], at: Position): number | null => {
  const total = series[11] ?? 0
  if (total <= 0) return null
  const previous = at.monthIndex === 0 ? 0 : (series[at.monthIndex - 1] ?? 0)
  const current = series[at.monthIndex] ?? 0
  const accrued = previous + ((current - previous) * at.day) / at.monthLength
  if (accrued <= 0) return null

  return Math.min(accrued / total, 1)
}

type Shares = { basis: PaceBasis; share: number; denominatorShare: number | null }

const sharesOf = (input: PaceInput, at: Position): Shares => {
  const curve = input.lastYear
  const numerator =
    curve === null
      ? null
      : curveShare(
          curve.map((c) => c.numerator),
          at,
        )
  if (!input.indicator.isRate) {
    return numerator === null
      ? { basis: 'linear', share: at.linearShare, denominatorShare: null }
      : { basis: 'last_year', share: numerator, denominatorShare: null }
  }
  const denominator =
    curve === null
      ? null
      : curveShare(
          curve.map((c) => c.denominator ?? 0),
          at,
        )
  if (numerator === null || denominator === null)
    return { basis: 'linear', share: at.linearShare, denominatorShare: at.linearShare }

  return { basis: 'last_year', share: numerator, denominatorShare: denominator }
}

const forecastOf = (input: PaceInput, shares: Shares): Figure | null => {
  const { numerator, denominator } = input.toDate
  if (!input.indicator.isRate) return makeFigure(Math.round(numerator / shares.share), null)
  if (denominator === null || denominator === 0 || shares.denominatorShare === null) return null

  return makeFigure(numerator / shares.share, denominator / shares.denominatorShare)
}

const lastYearTotal = (input: PaceInput): Figure => {
  const last = input.lastYear?.[11]
  if (!last) return { numerator: 0, denominator: null, value: null }

  return makeFigure(last.numerator, input.indicator.isRate ? (last.denominator ?? 0) : null)
}

/** The value the year must reach: the target's, or last year's total for the comparisons with last year. */
const referenceOf = (input: PaceInput): number | null => {
  const { target } = input
  if (target === null) return null
  if (target.comparison === 'higher_than_last_year' || target.comparison === 'lower_than_last_year')
    return lastYearTotal(input).value

  return target.value
}

const valueText = (value: number, indicator: TargetIndicator): string =>
  indicator.isRate ? formatPercent(value) : formatQuantity(Math.round(value), indicator.unitOfCount)

const noData = (text: string, basis: PaceBasis | null, shares: Shares | null, actual: number | null): Pace => ({
  basis,
  share: shares?.share ?? null,
  denominatorShare: shares?.denominatorShare ?? null,
  actual,
  expected: null,
  difference: null,
  ahead: null,
  forecast: null,
  health: 'no_data',
  text,
  paceText: null,
})

/** The pace, forecast and health of a target on `today` (see the head of the file for the arithmetic). */
export const targetPace = (input: PaceInput): Pace => {
  checkCurve(input.lastYear)
  const { indicator, target, today } = input
  const period = statisticsYear(input.year)
  if (today < period.from) return noData(`Năm thống kê ${input.year} chưa bắt đầu`, null, null, null)
  const asOf = today > period.to ? period.to : today
  const shares = sharesOf(input, positionIn(input.year, asOf))
  const actual = makeFigure(input.toDate.numerator, indicator.isRate ? (input.toDate.denominator ?? 0) : null).value
  const forecast = forecastOf(input, shares)
  if (forecast === null || actual === null)
    return noData('Chưa phát sinh, chưa dự báo được', shares.basis, shares, actual)

  const reference = referenceOf(input)
  const expected =
    reference === null
      ? null
      : indicator.isRate
        ? (reference * shares.share) / (shares.denominatorShare ?? shares.share)
        : reference * shares.share
  const difference = expected === null ? null : actual - expected
  const ahead = difference === null ? null : indicator.better === 'higher' ? difference >= 0 : difference <= 0
  const verdict = targetStatus(indicator, forecast, lastYearTotal(input), target)
  const forecastWords = `Dự báo đến ${formatViDate(period.to)}: ${figureText(forecast, indicator)}`
  const paceText =
    expected === null
      ? `Đến nay ${valueText(actual, indicator)}`
      : `Đến nay ${valueText(actual, indicator)}; ${BASIS_WORDS[shares.basis]} cần ${valueText(expected, indicator)}`

  return {
    basis: shares.basis,
    share: shares.share,
    denominatorShare: shares.denominatorShare,
    actual,
    expected,
    difference,
    ahead,
    forecast,
    health: HEALTH_OF[verdict.status],
    text: `${forecastWords} — ${verdict.text}`,
    paceText,
  }
}
