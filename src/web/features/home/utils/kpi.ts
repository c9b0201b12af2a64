// Pure helpers of the leadership home's indicator cards (issue 12, item 1).
import type { IndicatorInfo, IndicatorValue, PeriodInfo } from '@/shared/api/indicators.ts'
import { formatIndicatorValue } from '@/shared/charts/indicatorFormat.ts'
import { partialLastYearNote } from '@/web/features/indicators/utils/indicatorFormat.ts'

export type KpiRow = { info: IndicatorInfo; value: IndicatorValue }

/** The indicators with a target in force, in the catalogue's order: the ones a leader is judged on. */
export const kpiRows = (catalogue: readonly IndicatorInfo[], values: readonly IndicatorValue[]): KpiRow[] => {
  const byCode = new Map(values.map((v) => [v.code, v]))
  return catalogue.flatMap((info) => {
    const value = byCode.get(info.code)
    return value && info.target !== null ? [{ info, value }] : []
  })
}

/**
 * The indicator the units are ranked on by default: the first rate with a target (as the
 * dashboard's chart), else the first indicator.
 */
export const headlineCode = (rows: readonly KpiRow[]): string | null =>
  (rows.find((r) => r.info.isRate) ?? rows[0])?.info.code ?? null

/**
 * Last year's comparison on a card. When the register begins after the start of last year's
 * period, last year is partial: say so, and print no change against it ('tăng 88 vụ (1.100%)'
 * against a few months of records reads as a surge that is not one).
 */
export const lastYearText = (
  row: KpiRow,
  lastYearPeriod: Pick<PeriodInfo, 'from'>,
  registerFrom: string | null,
): { text: string; partial: boolean } => {
  const before = formatIndicatorValue(row.value.lastYear.value, row.info)
  const partial = partialLastYearNote(lastYearPeriod.from, registerFrom)
  if (partial)
    return {
      text:
        row.value.lastYear.value === null ? `Cùng kỳ năm trước ${partial}` : `Cùng kỳ năm trước: ${before}, ${partial}`,
      partial: true,
    }
  return { text: `Cùng kỳ năm trước: ${before}; ${row.value.changeText}`, partial: false }
}

/**
 * A sparkline's path through the months' values, in a width × height box (y grows downwards);
 * months with no value (not begun, nothing to divide by) break the line. '' when nothing to draw.
 */
export const sparklinePath = (values: readonly (number | null)[], width: number, height: number): string => {
  const known = values.filter((v): v is number => v !== null)
  if (known.length === 0) return ''
  const min = Math.min(...known)
  const max = Math.max(...known)
  const step = values.length > 1 ? width / (values.length - 1) : 0
  const y = (v: number) => (max === min ? height / 2 : height - ((v - min) / (max - min)) * height)
  const round = (n: number) => Math.round(n * 10) / 10
  let path = ''
  let drawing = false
  values.forEach((v, i) => {
    if (v === null) {
      drawing = false
      return
    }
    path += `${path ? ' ' : ''}${drawing ? 'L' : 'M'}${round(i * step)},${round(y(v))}`
    drawing = true
  })
  return path
}
