// Crime reports, BLTTHS Điều 147–149, worked by hand on the default calendar
// (weekends + statutory holidays; 30/4 and 1/5/2026 fall on Thursday and Friday).
import { describe, expect, it } from 'vitest'
import { createWorkingCalendar } from '@/domain/calendar/index.ts'
import { deriveDeadlines } from './derive-deadlines.ts'
import { months, reason, scenario } from './testing.ts'

const calendar = createWorkingCalendar()
const RECEIVED = { source: 'tin_bao', investigatingBody: 'Cơ quan Cảnh sát điều tra Công an tỉnh' }

const received = () => {
  const s = scenario('crime_report', '2026-03-02')
  const start = s.add('report_received', '2026-03-02', { data: RECEIVED })
  return { s, start }
}

describe('Điều 147: 20 ngày kể từ ngày tiếp nhận 02/03/2026', () => {
  // Day 1 is 03/03; day 20 is Sunday 22/03, so the last day moves to Monday 23/03.
  it('ends on Monday 23/03/2026, moved off Sunday 22/03', () => {
    const { s, start } = received()
    const [d] = deriveDeadlines(s.facts(), calendar, '2026-03-10')
    expect(d).toMatchObject({
      key: `BLTTHS_147_NGUON_TIN:-:${start}`,
      ruleCode: 'BLTTHS_147_NGUON_TIN',
      startDate: '2026-03-02',
      dueDate: '2026-03-23',
      unadjustedDueDate: '2026-03-22',
      movedBecauseOfDayOff: true,
      dayOffReasons: ['22/03/2026: Chủ nhật'],
      status: 'open',
      closedByEventId: null,
      latestExtensionRequestDate: '2026-03-17',
      extensionsRemaining: 1,
    })
  })

  it('is met by a decision not to open a case on 20/03', () => {
    const { s } = received()
    const closing = s.add('report_not_instituted', '2026-03-20', { data: reason })
    expect(deriveDeadlines(s.facts(), calendar, '2026-04-01')[0]).toMatchObject({ status: 'met', closedByEventId: closing, closedOn: '2026-03-20' })
  })

  it('is met on the moved last day itself (23/03), missed the day after', () => {
    const { s } = received()
    s.add('report_case_instituted', '2026-03-23', { data: {} })
    expect(deriveDeadlines(s.facts(), calendar, '2026-04-01')[0]?.status).toBe('met')
    const late = received()
    const closing = late.s.add('report_case_instituted', '2026-03-25', { data: {} })
    expect(deriveDeadlines(late.s.facts(), calendar, '2026-04-01')[0]).toMatchObject({ status: 'missed', closedByEventId: closing, closedOn: '2026-03-25' })
  })

  it('is open on its last day and missed, still unresolved, the day after', () => {
    const { s } = received()
    expect(deriveDeadlines(s.facts(), calendar, '2026-03-23')[0]?.status).toBe('open')
    expect(deriveDeadlines(s.facts(), calendar, '2026-03-24')[0]).toMatchObject({ status: 'missed', closedByEventId: null, closedOn: null })
  })

  it('ignores a voided decision: the report is still open', () => {
    const { s } = received()
    s.add('report_not_instituted', '2026-03-20', { data: reason, voided: true })
    expect(deriveDeadlines(s.facts(), calendar, '2026-03-21')[0]).toMatchObject({ status: 'open', closedByEventId: null })
  })
})

describe('Điều 147 khoản 2: vụ việc phức tạp, gia hạn', () => {
  // 02 tháng from 02/03 → Saturday 02/05/2026 (after the 30/4–1/5 holidays) → Monday 04/05.
  it('switches to the 2-month limit when the report is found complex', () => {
    const { s, start } = received()
    s.add('report_complex', '2026-03-10')
    expect(deriveDeadlines(s.facts(), calendar, '2026-03-10')[0]).toMatchObject({
      key: `BLTTHS_147_NGUON_TIN_PHUC_TAP:-:${start}`,
      dueDate: '2026-05-04',
      unadjustedDueDate: '2026-05-02',
      latestExtensionRequestDate: '2026-04-27',
    })
  })

  // The extension of 02 tháng runs from the legal last day 02/05 (before roll-over) → Thursday 02/07/2026.
  it('adds the Viện trưởng\'s extension of 2 months, leaving none', () => {
    const { s } = received()
    s.add('report_complex', '2026-03-10')
    s.add('report_extended', '2026-04-25', { data: months(2) })
    const [d] = deriveDeadlines(s.facts(), calendar, '2026-05-10')
    expect(d).toMatchObject({ dueDate: '2026-07-02', movedBecauseOfDayOff: false, extensionsRemaining: 0, latestExtensionRequestDate: null, status: 'open' })
    expect(d?.basis).toBe('Điều 147 BLTTHS 2015: 02 tháng kể từ ngày tiếp nhận tố giác, tin báo về tội phạm, kiến nghị khởi tố; gia hạn 02 tháng')
  })

  it('ignores a voided extension', () => {
    const { s } = received()
    s.add('report_complex', '2026-03-10')
    s.add('report_extended', '2026-04-25', { data: months(2), voided: true })
    expect(deriveDeadlines(s.facts(), calendar, '2026-04-26')[0]?.dueDate).toBe('2026-05-04')
  })
})

describe('Điều 148, 149: tạm đình chỉ và phục hồi', () => {
  it('stands still while suspended', () => {
    const { s } = received()
    s.add('report_suspended', '2026-03-10', { data: reason })
    expect(deriveDeadlines(s.facts(), calendar, '2026-04-30')[0]).toMatchObject({ status: 'suspended', dueDate: null })
  })

  // Resumed 15/04/2026: a fresh period of ≤ 01 tháng → Friday 15/05/2026.
  it('gives one month from resumption, met by a decision within it', () => {
    const { s } = received()
    s.add('report_suspended', '2026-03-10', { data: reason })
    s.add('report_resumed', '2026-04-15')
    expect(deriveDeadlines(s.facts(), calendar, '2026-04-20')[0]).toMatchObject({ status: 'open', dueDate: '2026-05-15', extensionsRemaining: 0 })
    s.add('report_not_instituted', '2026-05-14', { data: reason })
    expect(deriveDeadlines(s.facts(), calendar, '2026-05-20')[0]?.status).toBe('met')
  })
})
