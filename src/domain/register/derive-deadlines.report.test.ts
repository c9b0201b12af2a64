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
  // Strict reading (counted, Điều 134 read strictly): 02/03 is day 1, day 20 is Saturday 21/03, and a
  // limit in days does not move. Lenient: day 1 is 03/03, day 20 Sunday 22/03 → Monday 23/03.
  it('ends on Saturday 21/03/2026 (strict), with Monday 23/03 as the lenient date', () => {
    const { s, start } = received()
    const [d] = deriveDeadlines(s.facts(), calendar, '2026-03-10')
    expect(d).toMatchObject({
      key: `BLTTHS_147_NGUON_TIN:-:${start}`,
      ruleCode: 'BLTTHS_147_NGUON_TIN',
      startDate: '2026-03-02',
      dueDate: '2026-03-21',
      alternativeDueDate: '2026-03-23',
      unadjustedDueDate: '2026-03-21',
      movedBecauseOfDayOff: false,
      dayOffReasons: ['21/03/2026: Thứ Bảy'],
      status: 'open',
      closedByEventId: null,
      latestExtensionRequestDate: '2026-03-16',
      extensionsRemaining: 1,
    })
    expect(d?.basis).toContain('hạn an toàn 21/03/2026; hạn cuối theo cách tính khác 23/03/2026')
  })

  it('is met by a decision not to open a case on 20/03', () => {
    const { s } = received()
    const closing = s.add('report_not_instituted', '2026-03-20', { data: reason })
    expect(deriveDeadlines(s.facts(), calendar, '2026-04-01')[0]).toMatchObject({
      status: 'met',
      closedByEventId: closing,
      closedOn: '2026-03-20',
    })
  })

  it('is met on the strict last day itself (21/03); on the lenient one (23/03) it counts as missed', () => {
    const { s } = received()
    s.add('report_case_instituted', '2026-03-21', { data: {} })
    expect(deriveDeadlines(s.facts(), calendar, '2026-04-01')[0]?.status).toBe('met')
    const late = received()
    const closing = late.s.add('report_case_instituted', '2026-03-23', { data: {} })
    expect(deriveDeadlines(late.s.facts(), calendar, '2026-04-01')[0]).toMatchObject({
      status: 'missed',
      closedByEventId: closing,
      closedOn: '2026-03-23',
    })
  })

  it('is open on its last day and missed, still unresolved, the day after', () => {
    const { s } = received()
    expect(deriveDeadlines(s.facts(), calendar, '2026-03-21')[0]?.status).toBe('open')
    expect(deriveDeadlines(s.facts(), calendar, '2026-03-22')[0]).toMatchObject({
      status: 'missed',
      closedByEventId: null,
      closedOn: null,
    })
  })

  it('ignores a voided decision: the report is still open', () => {
    const { s } = received()
    s.add('report_not_instituted', '2026-03-20', { data: reason, voided: true })
    expect(deriveDeadlines(s.facts(), calendar, '2026-03-21')[0]).toMatchObject({
      status: 'open',
      closedByEventId: null,
    })
  })
})

describe('Điều 147 khoản 2: vụ việc phức tạp, gia hạn', () => {
  // 02 tháng from 02/03, one reading (Điều 134 fixes a months end): the same-numbered day Saturday
  // 02/05/2026, a day off, then Sunday 03/05 → Monday 04/05. The request lead counts back from the legal
  // last day before the move: 02/05 − 5 = 27/04 (was: strict last day 01/05, request by 26/04).
  it('switches to the 2-month limit when the report is found complex', () => {
    const { s, start } = received()
    s.add('report_complex', '2026-03-10')
    expect(deriveDeadlines(s.facts(), calendar, '2026-03-10')[0]).toMatchObject({
      key: `BLTTHS_147_NGUON_TIN_PHUC_TAP:-:${start}`,
      dueDate: '2026-05-04',
      alternativeDueDate: null,
      unadjustedDueDate: '2026-05-02',
      latestExtensionRequestDate: '2026-04-27',
    })
  })

  // The extension of 02 tháng runs from the legal last day before roll-over, Saturday 02/05, to the
  // same-numbered day Thursday 02/07/2026, a working day; one reading, no alternative
  // (was: strict 01/07, alternative 02/07).
  it("adds the Viện trưởng's extension of 2 months, leaving none", () => {
    const { s } = received()
    s.add('report_complex', '2026-03-10')
    s.add('report_extended', '2026-04-25', { data: months(2) })
    const [d] = deriveDeadlines(s.facts(), calendar, '2026-05-10')
    expect(d).toMatchObject({
      dueDate: '2026-07-02',
      alternativeDueDate: null,
      movedBecauseOfDayOff: false,
      extensionsRemaining: 0,
      latestExtensionRequestDate: null,
      status: 'open',
    })
    expect(d?.basis).toBe(
      'Điều 147 BLTTHS 2015: 02 tháng kể từ ngày tiếp nhận tố giác, tin báo về tội phạm, kiến nghị khởi tố; gia hạn 02 tháng',
    )
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

  // Resumed 15/04/2026: a fresh period of ≤ 01 tháng ends on the same-numbered day under both readings
  // (Điều 134 fixes a months end) → Friday 15/05/2026, a working day; no alternative
  // (was: strict 14/05, alternative 15/05).
  it('gives one month from resumption, met by a decision within it', () => {
    const { s } = received()
    s.add('report_suspended', '2026-03-10', { data: reason })
    s.add('report_resumed', '2026-04-15')
    expect(deriveDeadlines(s.facts(), calendar, '2026-04-20')[0]).toMatchObject({
      status: 'open',
      dueDate: '2026-05-15',
      alternativeDueDate: null,
      extensionsRemaining: 0,
    })
    s.add('report_not_instituted', '2026-05-14', { data: reason })
    expect(deriveDeadlines(s.facts(), calendar, '2026-05-20')[0]?.status).toBe('met')
  })
})
