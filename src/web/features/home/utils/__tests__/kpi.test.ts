import { describe, expect, it } from 'vitest'
import type { IndicatorInfo, IndicatorValue } from '@/shared/api/indicators.ts'
import { dueWithinWeek, weekBands } from '../deadlineBands.ts'
import { headlineCode, kpiRows, lastYearText, sparklinePath } from '../kpi.ts'

const info = (code: string, extra: Partial<IndicatorInfo> = {}): IndicatorInfo => ({
  code,
  name: `Chỉ tiêu ${code}`,
  shortName: `Chỉ tiêu ${code}`,
  group: 'g',
  groupLabel: 'Nhóm',
  unitOfCount: 'matter',
  kinds: [],
  numeratorLabel: 'Số vụ',
  denominatorLabel: null,
  isRate: false,
  carriesOver: false,
  exclusions: null,
  better: 'higher',
  legalSource: 'Chỉ thị',
  note: null,
  version: 1,
  effectiveFrom: '2025-01-01',
  target: {
    comparison: '>=',
    value: 90,
    unconfirmed: false,
    legalSource: 'Chỉ thị',
    note: null,
    effectiveFrom: '2025-01-01',
    text: '≥ 90%',
  },
  ...extra,
})

const value = (code: string, extra: Partial<IndicatorValue> = {}): IndicatorValue => ({
  code,
  numerator: 12,
  denominator: null,
  value: 12,
  status: 'met',
  statusText: 'Đạt',
  lastYear: { numerator: 1, denominator: null, value: 1 },
  changeText: 'tăng 11 vụ (1.100%) so với cùng kỳ năm trước',
  reported: null,
  correctionText: null,
  ...extra,
})

describe('kpiRows and headlineCode', () => {
  it('keeps the indicators with a target, in the catalogue order, and heads with the first rate', () => {
    const catalogue = [info('A'), info('B', { target: null }), info('C', { isRate: true }), info('D')]
    const rows = kpiRows(catalogue, [value('D'), value('C'), value('B'), value('A')])
    expect(rows.map((r) => r.info.code)).toEqual(['A', 'C', 'D'])
    expect(headlineCode(rows)).toBe('C')
    expect(headlineCode(rows.filter((r) => !r.info.isRate))).toBe('A')
    expect(headlineCode([])).toBeNull()
  })
})

describe('lastYearText', () => {
  const row = { info: info('A'), value: value('A') }
  it('prints the change against a whole last year as the server words it', () => {
    expect(lastYearText(row, { from: '2024-12-01' }, '2024-01-15')).toEqual({
      text: 'Cùng kỳ năm trước: 1; tăng 11 vụ (1.100%) so với cùng kỳ năm trước',
      partial: false,
    })
    expect(lastYearText(row, { from: '2024-12-01' }, '2024-12-01').partial).toBe(false)
    expect(lastYearText(row, { from: '2024-12-01' }, null).partial).toBe(false)
  })

  it('says last year is partial when the register begins inside it, and prints no percentage', () => {
    const shown = lastYearText(row, { from: '2024-12-01' }, '2025-06-05')
    expect(shown.partial).toBe(true)
    expect(shown.text).toBe('Cùng kỳ năm trước: 1, chưa đủ kỳ (sổ thụ lý có số liệu từ 05/06/2025), chưa so sánh được')
    expect(shown.text).not.toContain('%')
    // Nothing to divide by last year: no '—' before the note.
    const none = { ...row, value: value('A', { lastYear: { numerator: 0, denominator: 0, value: null } }) }
    expect(lastYearText(none, { from: '2024-12-01' }, '2025-06-05').text).toBe(
      'Cùng kỳ năm trước chưa đủ kỳ (sổ thụ lý có số liệu từ 05/06/2025), chưa so sánh được',
    )
  })
})

describe('sparklinePath', () => {
  it('spreads the months over the width, highest value at the top', () => {
    expect(sparklinePath([0, 5, 10], 100, 20)).toBe('M0,20 L50,10 L100,0')
  })

  it('breaks the line at a month with no value and draws a flat series in the middle', () => {
    expect(sparklinePath([3, null, 3, 3], 30, 10)).toBe('M0,5 M20,5 L30,5')
    expect(sparklinePath([null, null], 30, 10)).toBe('')
    expect(sparklinePath([7], 30, 10)).toBe('M0,5')
  })
})

describe('deadline bands', () => {
  it('reads overdue and the inclusive week from the counts, 0 when absent', () => {
    expect(weekBands({ overdue: 2, due_today: 1, due_3: 1, due_7: 2, week: 4 })).toEqual({ overdue: 2, week: 4 })
    expect(weekBands({})).toEqual({ overdue: 0, week: 0 })
  })

  it('keeps the open clocks that ran out or end within 7 days, today and the 7th day included', () => {
    const d = (dueDate: string | null, status = 'open') => ({ dueDate, status })
    const items = [d('2026-12-01'), d('2026-12-05'), d('2026-12-12'), d('2026-12-13'), d(null), d('2026-12-06', 'met')]
    expect(dueWithinWeek(items, '2026-12-05').map((i) => i.dueDate)).toEqual(['2026-12-01', '2026-12-05', '2026-12-12'])
  })
})
