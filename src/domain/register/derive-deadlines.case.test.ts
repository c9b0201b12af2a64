// A criminal case from opening to indictment, worked by hand on the default calendar:
// two suspects of theft (BLHS Điều 173), one released, one whose charge is raised from
// khoản 1 (ít nghiêm trọng) to khoản 2 (nghiêm trọng) — which lengthens both the
// investigation (Điều 172) and his detention (Điều 173).
import { describe, expect, it } from 'vitest'
import { createWorkingCalendar } from '@/domain/calendar/index.ts'
import { deriveDeadlineReport, deriveDeadlines } from './derive-deadlines.ts'
import { months, reason, scenario } from './testing.ts'
import type { DerivedDeadline } from './types.ts'

const calendar = createWorkingCalendar()
const A = 1
const B = 2
const SUBJECTS = [
  { id: A, fullName: 'Nguyễn Văn An' },
  { id: B, fullName: 'Trần Thị Bình' },
]
const theft = (clause: number) => ({ charge: { article: 173, clause } })

const theCase = () => {
  const s = scenario('criminal_case', '2026-01-05', SUBJECTS)
  const ids = {
    opened: s.add('case_instituted', '2026-01-05', {
      data: { ...theft(1), investigatingBody: 'Cơ quan CSĐT Công an tỉnh' },
    }),
    custodyA: s.add('custody_ordered', '2026-01-05', { subjectId: A, at: '10:30' }),
    chargeA: s.add('suspect_instituted', '2026-01-06', { subjectId: A, data: theft(1) }),
    chargeB: s.add('suspect_instituted', '2026-01-06', { subjectId: B, data: theft(1) }),
    detentionA: s.add('detention_ordered', '2026-01-07', { subjectId: A }),
    detentionB: s.add('detention_ordered', '2026-01-07', { subjectId: B }),
    releasedB: s.add('detention_ended', '2026-01-20', {
      subjectId: B,
      data: { reason: 'Thay thế bằng biện pháp cấm đi khỏi nơi cư trú' },
    }),
  }
  return { s, ids }
}
const byRule = (list: DerivedDeadline[], ruleCode: string, subjectId: number | null = null) =>
  list.find((d) => d.ruleCode === ruleCode && d.subjectId === subjectId)

describe('before the charge changes (all ít nghiêm trọng)', () => {
  const { s, ids } = theCase()
  const list = deriveDeadlines(s.facts(), calendar, '2026-02-01')

  it('Điều 172: 02 tháng from 05/01/2026 → Thursday 05/03/2026', () => {
    expect(byRule(list, 'BLTTHS_172_DIEU_TRA')).toMatchObject({
      key: `BLTTHS_172_DIEU_TRA:-:${ids.opened}`,
      dueDate: '2026-03-05',
      status: 'open',
    })
  })

  it('Điều 118: 72 giờ from 10:30 on 05/01 → 10:30 on 08/01, met by the detention order of 07/01', () => {
    expect(byRule(list, 'BLTTHS_118_TAM_GIU', A)).toMatchObject({
      dueDate: '2026-01-08',
      dueTime: '10:30',
      status: 'met',
      closedByEventId: ids.detentionA,
    })
  })

  // Điều 134 khoản 1: 02 tháng = 60 ngày, 07/01 as day 1. A was in custody from 05/01 without a
  // break (TTLT 04/2018 Điều 17): 05 and 06/01 are deducted, 58 days from 07/01 → 07/01 + 57 =
  // 05/03/2026 (= 05/01 + 59: 31/01 +26, 28/02 +54, 05/03 +59). B: 07/01 + 59 (31/01 +24, 28/02 +52) = 07/03/2026.
  it("Điều 173: 60 ngày counting 07/01 as day 1, A's 2 custody days deducted → 05/03, B → 07/03/2026, one clock per suspect", () => {
    expect(byRule(list, 'BLTTHS_173_TAM_GIAM', A)).toMatchObject({
      key: `BLTTHS_173_TAM_GIAM:${A}:${ids.detentionA}`,
      dueDate: '2026-03-05',
      status: 'open',
    })
    expect(byRule(list, 'BLTTHS_173_TAM_GIAM', A)?.basis).toContain('trừ 02 ngày tạm giữ')
    expect(byRule(list, 'BLTTHS_173_TAM_GIAM', B)).toMatchObject({
      dueDate: '2026-03-07',
      status: 'met',
      closedByEventId: ids.releasedB,
      closedOn: '2026-01-20',
    })
  })
})

describe('after the charge of A is raised to Điều 173 khoản 2 (nghiêm trọng) on 20/02/2026', () => {
  const { s, ids } = theCase()
  s.add('charge_changed', '2026-02-20', { subjectId: A, data: theft(2) })
  const list = deriveDeadlines(s.facts(), calendar, '2026-03-01')

  it('Điều 172: 03 tháng from 05/01 → Sunday 05/04 → Monday 06/04/2026, same key', () => {
    expect(byRule(list, 'BLTTHS_172_DIEU_TRA')).toMatchObject({
      key: `BLTTHS_172_DIEU_TRA:-:${ids.opened}`,
      dueDate: '2026-04-06',
      unadjustedDueDate: '2026-04-05',
    })
  })

  // The orders here state no term (recorded before the field existed): the law's period stands in.
  // A: 90 ngày − 2 custody days = 05/01 + 89 (05/03 +59, 31/03 +85, 04/04 +89) → 04/04/2026.
  it('Điều 173: A now has 03 tháng → 04/04/2026; B, released, is unchanged', () => {
    expect(byRule(list, 'BLTTHS_173_TAM_GIAM', A)?.dueDate).toBe('2026-04-04')
    expect(byRule(list, 'BLTTHS_173_TAM_GIAM', B)?.dueDate).toBe('2026-03-07')
  })
})

describe('conclusion, file receipt and indictment', () => {
  const through = (indictedOn: string) => {
    const { s, ids } = theCase()
    s.add('charge_changed', '2026-02-20', { subjectId: A, data: theft(2) })
    const concluded = s.add('investigation_concluded', '2026-03-20')
    const file = s.add('file_received', '2026-03-23')
    const indicted = s.add('indicted', indictedOn, {
      data: { charges: [{ subjectId: A, charge: { article: 173, clause: 2, point: 'c' } }] },
    })
    return { list: deriveDeadlines(s.facts(), calendar, '2026-04-20'), ids: { ...ids, concluded, file, indicted } }
  }

  it("Điều 172 met by the conclusion of 20/03; A's detention for investigation ends with the file receipt (met)", () => {
    const { list, ids } = through('2026-04-10')
    expect(byRule(list, 'BLTTHS_172_DIEU_TRA')).toMatchObject({ status: 'met', closedByEventId: ids.concluded })
    expect(byRule(list, 'BLTTHS_173_TAM_GIAM', A)).toMatchObject({
      dueDate: '2026-04-04',
      status: 'met',
      closedByEventId: ids.file,
    })
  })

  // Điều 240, nghiêm trọng: 20 ngày from 23/03. Strict reading (counted, the procuracy's own
  // obligation): 23/03 is day 1 → Saturday 11/04, not moved. Lenient: Sunday 12/04 → Monday 13/04/2026.
  it('Điều 240 met by an indictment on 10/04/2026', () => {
    const { list, ids } = through('2026-04-10')
    expect(byRule(list, 'BLTTHS_240_TRUY_TO')).toMatchObject({
      dueDate: '2026-04-11',
      alternativeDueDate: '2026-04-13',
      status: 'met',
      closedByEventId: ids.indicted,
    })
    expect(byRule(list, 'BLTTHS_240_TRUY_TO')?.basis).toContain('20 ngày kể từ ngày nhận hồ sơ, tội nghiêm trọng')
  })

  it('Điều 240 missed by an indictment on 14/04/2026', () => {
    const { list } = through('2026-04-14')
    expect(byRule(list, 'BLTTHS_240_TRUY_TO')).toMatchObject({
      dueDate: '2026-04-11',
      status: 'missed',
      closedOn: '2026-04-14',
    })
  })
})

describe('extensions and days off', () => {
  it('Điều 172 ít nghiêm trọng: one extension of 02 tháng → 05/05/2026, none left', () => {
    const { s } = theCase()
    s.add('investigation_extended', '2026-02-20', { data: months(2) })
    expect(byRule(deriveDeadlines(s.facts(), calendar, '2026-03-01'), 'BLTTHS_172_DIEU_TRA')).toMatchObject({
      dueDate: '2026-05-05',
      extensionsRemaining: 0,
    })
  })

  // 02 tháng = 60 ngày from 08/01 counting the first day: 31/01 +23, 28/02 +51, Sunday 08/03/2026 +59,
  // and it stays there (Điều 134 khoản 1, §4.8). (Was 09/01 → 08/03 by calendar months.)
  it('a detention ending on a Sunday does not move', () => {
    const s = scenario('criminal_case', '2026-01-05', SUBJECTS)
    s.add('case_instituted', '2026-01-05', { data: { ...theft(1), investigatingBody: 'Cơ quan CSĐT' } })
    s.add('suspect_instituted', '2026-01-08', { subjectId: A, data: theft(1) })
    s.add('detention_ordered', '2026-01-08', { subjectId: A })
    expect(byRule(deriveDeadlines(s.facts(), calendar, '2026-02-01'), 'BLTTHS_173_TAM_GIAM', A)).toMatchObject({
      dueDate: '2026-03-08',
      unadjustedDueDate: '2026-03-08',
      movedBecauseOfDayOff: false,
      dayOffReasons: ['08/03/2026: Chủ nhật'],
    })
  })
})

describe('clocks the core cannot compute do not stop the others', () => {
  it('a national-security detention (not encoded) is open and undated; the investigation is still computed', () => {
    const s = scenario('criminal_case', '2026-01-05', SUBJECTS)
    s.add('case_instituted', '2026-01-05', {
      data: { charge: { article: 117, clause: 1 }, investigatingBody: 'Cơ quan An ninh điều tra' },
    })
    s.add('suspect_instituted', '2026-01-06', { subjectId: A, data: { charge: { article: 117, clause: 1 } } })
    s.add('detention_ordered', '2026-01-06', { subjectId: A })
    s.add('custody_ordered', '2026-01-06', { subjectId: B }) // recorded without its hour
    const report = deriveDeadlineReport(s.facts(), calendar, '2026-01-10')
    expect(byRule(report.deadlines, 'BLTTHS_172_DIEU_TRA')?.dueDate).toBe('2026-05-05') // Điều 117 khoản 1 (≤ 12 năm): rất nghiêm trọng, 04 tháng
    expect(byRule(report.deadlines, 'BLTTHS_173_TAM_GIAM', A)).toMatchObject({ status: 'open', dueDate: null })
    expect(byRule(report.deadlines, 'BLTTHS_173_TAM_GIAM', A)?.basis).toMatch(
      /^Không tính được thời hạn: Điều 173 BLTTHS 2015: Tạm giam đối với tội xâm phạm an ninh quốc gia/,
    )
    expect(report.problems.map((p) => p.code)).toEqual(['DEADLINE_NOT_ENCODED', 'DEADLINE_INVALID_INPUT'])
  })

  // Was "reported, not guessed" (REGISTER_RULE_NOT_ENCODED): detention for prosecution is now its own
  // clock. Điều 241, ít nghiêm trọng: ≤ 20 ngày (Điều 240 khoản 1) from 24/03: 24/03 + 19 = 12/04/2026.
  it('a detention ordered after the file was received runs as Điều 241', () => {
    const { s } = theCase()
    s.add('detention_ended', '2026-02-01', { subjectId: A, data: reason })
    s.add('investigation_concluded', '2026-03-20')
    s.add('file_received', '2026-03-23')
    s.add('detention_ordered', '2026-03-24', { subjectId: A, data: { grounds: ['bo_tron'] } })
    const report = deriveDeadlineReport(s.facts(), calendar, '2026-03-25')
    expect(report.deadlines.filter((d) => d.ruleCode === 'BLTTHS_173_TAM_GIAM' && d.subjectId === A)).toHaveLength(1)
    expect(byRule(report.deadlines, 'BLTTHS_241_TAM_GIAM_TRUY_TO', A)).toMatchObject({
      dueDate: '2026-04-12',
      status: 'open',
    })
    expect(byRule(report.deadlines, 'BLTTHS_241_TAM_GIAM_TRUY_TO', A)?.basis).toContain(
      'lệnh tạm giam không ghi thời hạn',
    )
    // The two investigation orders of 07/01 state no Điều 119 ground for an ít nghiêm trọng charge: warned, not refused.
    expect(report.problems.map((p) => [p.code, p.subjectId])).toEqual([
      ['DETENTION_GROUNDS_MISSING', A],
      ['DETENTION_GROUNDS_MISSING', B],
    ])
  })
})
