// Detention as the law counts it, worked by hand on the default calendar.
// Điều 134 khoản 1 đoạn cuối BLTTHS 2015: detention ends on the end day written in the order,
// and 01 tháng = 30 ngày; TTLT 04/2018/TTLT-VKSNDTC-BCA-BQP Điều 17: the first day counts
// (last day = start + days − 1), days off included, custody days deducted.
// Charges: theft, BLHS Điều 173 khoản 1 (≤ 03 năm: ít nghiêm trọng), khoản 2 (≤ 07 năm: nghiêm trọng).
import { describe, expect, it } from 'vitest'
import { createWorkingCalendar } from '@/domain/calendar/index.ts'
import { deriveDeadlineReport } from './derive-deadlines.ts'
import { deriveMatterState } from './derive-state.ts'
import { reason, scenario } from './testing.ts'
import type { DerivedDeadline } from './types.ts'

const calendar = createWorkingCalendar()
const A = 1
const theft = (clause: number) => ({ charge: { article: 173, clause } })
// Every order here states an Điều 119 khoản 2 ground (point đ), so that only what a test is about is flagged.
const term = (amount: number, unit: 'days' | 'months') => ({ term: { amount, unit }, grounds: ['can_tro_to_tung'] })

/** A case opened on 01/03/2025 with A charged with theft (khoản `clause`). */
const opened = (clause = 1) => {
  const s = scenario('criminal_case', '2025-03-01', [{ id: A, fullName: 'Nguyễn Văn An' }])
  s.add('case_instituted', '2025-03-01', { data: { ...theft(clause), investigatingBody: 'Cơ quan CSĐT Công an tỉnh' } })
  s.add('suspect_instituted', '2025-03-01', { subjectId: A, data: theft(clause) })
  return s
}
const byRule = (list: DerivedDeadline[], ruleCode: string) =>
  list.filter((d) => d.ruleCode === ruleCode && d.subjectId === A)
const one = (list: DerivedDeadline[], ruleCode: string) => {
  const found = byRule(list, ruleCode)
  expect(found, ruleCode).toHaveLength(1)
  return found[0] as DerivedDeadline
}

describe('custody deducted (TTLT 04/2018 Điều 17 khoản 1)', () => {
  // Custody from 10:00 01/03 to 10:00 04/03/2025, then a 02-month order without a break. Detention
  // "được tính tiếp từ ngày hết thời hạn tạm giữ": day 1 is 04/03; the custody days 01, 02, 03/03 (3)
  // are deducted from 60: 57 days → 04/03 + 56 = 29/04/2025 (04/03 + 27 = 31/03, + 29 = 29/04).
  // Check: 60 days counted from the arrest on 01/03 end on the same day (01/03 + 59 = 29/04).
  it('custody 01/03 → 04/03/2025, then a 02-month order: detention ends 29/04/2025', () => {
    const s = opened()
    s.add('custody_ordered', '2025-03-01', { subjectId: A, at: '10:00' })
    s.add('detention_ordered', '2025-03-04', { subjectId: A, data: term(2, 'months') })
    const { deadlines, problems } = deriveDeadlineReport(s.facts(), calendar, '2025-03-10')
    expect(one(deadlines, 'BLTTHS_173_TAM_GIAM')).toMatchObject({
      dueDate: '2025-04-29',
      status: 'open',
      startDate: '2025-03-04',
    })
    expect(one(deadlines, 'BLTTHS_173_TAM_GIAM').basis).toContain('trừ 03 ngày tạm giữ')
    expect(one(deadlines, 'BLTTHS_118_TAM_GIU')).toMatchObject({
      dueDate: '2025-03-04',
      dueTime: '10:00',
      status: 'met',
    })
    expect(problems).toEqual([])
  })

  // Released on 03/03 (custody 01, 02, 03/03 = 3 days held), detained again on 10/03: 60 − 3 = 57
  // days from 10/03 → 10/03 + 56: 31/03 is +21, 30/04 is +51, 05/05/2025 is +56.
  it('custody ended by release, detention later: every day held is deducted → 05/05/2025', () => {
    const s = opened()
    s.add('custody_ordered', '2025-03-01', { subjectId: A, at: '10:00' })
    s.add('detention_ended', '2025-03-03', { subjectId: A, data: reason })
    s.add('detention_ordered', '2025-03-10', { subjectId: A, data: term(2, 'months') })
    expect(one(deriveDeadlineReport(s.facts(), calendar, '2025-03-10').deadlines, 'BLTTHS_173_TAM_GIAM').dueDate).toBe(
      '2025-05-05',
    )
  })
})

describe("the order's own end day (Điều 134 khoản 1: thời hạn hết vào ngày kết thúc ghi trong lệnh)", () => {
  // Ít nghiêm trọng: the law allows 60 days from 01/03 → 29/04/2025. An order of 45 days: 01/03 + 44
  // (31/03 is +30) = 14/04/2025 — the clock runs to the order's day, not the law's.
  it("an order shorter than the law: due on the order's day 14/04/2025", () => {
    const s = opened()
    s.add('detention_ordered', '2025-03-01', { subjectId: A, data: term(45, 'days') })
    const { deadlines, problems } = deriveDeadlineReport(s.facts(), calendar, '2025-03-10')
    expect(one(deadlines, 'BLTTHS_173_TAM_GIAM')).toMatchObject({ dueDate: '2025-04-14', status: 'open' })
    expect(one(deadlines, 'BLTTHS_173_TAM_GIAM').basis).toContain('lệnh tạm giam 45 ngày đến hết ngày 14/04/2025')
    expect(problems).toEqual([])
  })

  it('the end day written in the order wins over its term', () => {
    const s = opened()
    s.add('detention_ordered', '2025-03-01', { subjectId: A, data: { ...term(2, 'months'), endsOn: '2025-04-10' } })
    expect(one(deriveDeadlineReport(s.facts(), calendar, '2025-03-10').deadlines, 'BLTTHS_173_TAM_GIAM').dueDate).toBe(
      '2025-04-10',
    )
  })

  // An order of 03 tháng = 90 days for an ít nghiêm trọng charge would end 01/03 + 89 = 29/05/2025;
  // Điều 173 khoản 2 allows 02 tháng (→ 29/04). Flagged at once; the clock shows the legal 29/04.
  it('an order longer than the law is flagged and the clock keeps the legal end 29/04/2025', () => {
    const s = opened()
    const order = s.add('detention_ordered', '2025-03-01', { subjectId: A, data: term(3, 'months') })
    const { deadlines, problems } = deriveDeadlineReport(s.facts(), calendar, '2025-03-10')
    expect(one(deadlines, 'BLTTHS_173_TAM_GIAM')).toMatchObject({ dueDate: '2025-04-29', status: 'open' })
    expect(one(deadlines, 'BLTTHS_173_TAM_GIAM').basis).toContain(
      'VI PHẠM: lệnh tạm giam ghi đến hết ngày 29/05/2025, vượt quá thời hạn luật định (hết ngày 29/04/2025)',
    )
    expect(problems).toEqual([
      expect.objectContaining({ code: 'DETENTION_ORDER_BEYOND_LAW', subjectId: A, startEventId: order }),
    ])
    expect(problems[0]?.message).toMatch(
      /^Lệnh tạm giam, quyết định gia hạn tạm giam ghi ngày kết thúc 29\/05\/2025 vượt quá thời hạn luật định \(hết ngày 29\/04\/2025/,
    )
  })

  // Base 01/03 → 29/04 (60 days); an extension of 01 tháng (Điều 173 khoản 3: ít NT once ≤ 01 tháng)
  // runs from 30/04 for 30 days → 29/04 + 30 = 29/05/2025 = 01/03 + 89 (the law's 90-day maximum).
  it("an extension runs from the order's end day: 29/05/2025; an extension decision ending later is flagged", () => {
    const s = opened()
    s.add('detention_ordered', '2025-03-01', { subjectId: A, data: term(2, 'months') })
    const ext = s.add('detention_extended', '2025-04-20', { subjectId: A, data: { amount: 1, unit: 'months' } })
    expect(one(deriveDeadlineReport(s.facts(), calendar, '2025-04-21').deadlines, 'BLTTHS_173_TAM_GIAM').dueDate).toBe(
      '2025-05-29',
    )
    const late = opened()
    late.add('detention_ordered', '2025-03-01', { subjectId: A, data: term(2, 'months') })
    late.add('detention_extended', '2025-04-20', {
      subjectId: A,
      data: { amount: 1, unit: 'months', endsOn: '2025-06-05' },
    })
    const report = deriveDeadlineReport(late.facts(), calendar, '2025-04-21')
    expect(one(report.deadlines, 'BLTTHS_173_TAM_GIAM').dueDate).toBe('2025-05-29')
    expect(report.problems.map((p) => p.code)).toEqual(['DETENTION_ORDER_BEYOND_LAW'])
    expect(ext).toBeGreaterThan(0)
  })
})

describe('a change of charge does not lengthen detention without a new order', () => {
  // Order of 02 tháng for ít NT from 01/03 → 29/04/2025. On 20/03 the charge is raised to khoản 2
  // (nghiêm trọng): the law would now allow 90 days (→ 29/05), but no new order was made: still 29/04.
  it('charge raised: the order still ends 29/04/2025', () => {
    const s = opened()
    s.add('detention_ordered', '2025-03-01', { subjectId: A, data: term(2, 'months') })
    s.add('charge_changed', '2025-03-20', { subjectId: A, data: theft(2) })
    expect(one(deriveDeadlineReport(s.facts(), calendar, '2025-03-21').deadlines, 'BLTTHS_173_TAM_GIAM').dueDate).toBe(
      '2025-04-29',
    )
  })

  // An order recorded without its term (before the field existed) falls back to the law's period,
  // which follows the charge: 90 days from 01/03 → 29/05/2025, and the basis says so.
  it('an order without a term falls back to the law, and says so', () => {
    const s = opened()
    s.add('detention_ordered', '2025-03-01', { subjectId: A, data: { grounds: ['bo_tron'] } })
    s.add('charge_changed', '2025-03-20', { subjectId: A, data: theft(2) })
    const d = one(deriveDeadlineReport(s.facts(), calendar, '2025-03-21').deadlines, 'BLTTHS_173_TAM_GIAM')
    expect(d.dueDate).toBe('2025-05-29')
    expect(d.basis).toContain('lệnh tạm giam không ghi thời hạn: tính theo thời hạn tối đa luật định')
  })

  // Order of 03 tháng for nghiêm trọng (→ 29/05); the charge is lowered to ít NT: the law now allows
  // only 60 days (→ 29/04). The order is now beyond the law: flagged, clock at 29/04.
  it('charge lowered: the order is beyond the law, flagged, due 29/04/2025', () => {
    const s = opened(2)
    s.add('detention_ordered', '2025-03-01', { subjectId: A, data: term(3, 'months') })
    s.add('charge_changed', '2025-03-20', { subjectId: A, data: theft(1) })
    const report = deriveDeadlineReport(s.facts(), calendar, '2025-03-21')
    expect(one(report.deadlines, 'BLTTHS_173_TAM_GIAM').dueDate).toBe('2025-04-29')
    expect(report.problems.map((p) => p.code)).toEqual(['DETENTION_ORDER_BEYOND_LAW'])
  })
})

describe('detention through prosecution and trial (Điều 241, 278, 329)', () => {
  const through = (withOrders: boolean, today: string) => {
    const s = opened()
    s.add('detention_ordered', '2025-03-01', { subjectId: A, data: term(2, 'months') }) // → 29/04 (60 days)
    s.add('investigation_concluded', '2025-04-10')
    const file = s.add('file_received', '2025-04-14')
    // Điều 241, ít NT ≤ 20 ngày (Điều 240 khoản 1): 28/04 + 19 = 17/05/2025.
    if (withOrders) s.add('detention_ordered', '2025-04-28', { subjectId: A, data: term(20, 'days') })
    s.add('indicted', '2025-05-10', { data: { charges: [{ subjectId: A, charge: theft(1).charge }] } })
    const accepted = withOrders ? s.add('court_accepted', '2025-05-15') : 0
    // Điều 278 khoản 2, ít NT ≤ 30 ngày (Điều 277 khoản 1): 16/05 + 29 = 14/06/2025 (31/05 is +15).
    if (withOrders) s.add('detention_ordered', '2025-05-16', { subjectId: A, data: term(30, 'days') })
    const trial = withOrders
      ? s.add('first_instance_trial', '2025-06-10', {
          data: { online: false, modelHearing: false, verdicts: [{ subjectId: A, verdict: 'convicted_as_charged' }] },
        })
      : 0
    // Điều 329 khoản 3: 45 ngày kể từ ngày tuyên án 10/06: 10/06 + 44 (30/06 is +20) = 24/07/2025.
    if (withOrders) s.add('detention_ordered', '2025-06-10', { subjectId: A })
    return { report: deriveDeadlineReport(s.facts(), calendar, today), file, accepted, trial }
  }

  it('each stage runs its own clock, and every hand-over is covered by a new order in time', () => {
    const { report, file, accepted, trial } = through(true, '2025-06-20')
    const list = report.deadlines
    expect(one(list, 'BLTTHS_173_TAM_GIAM')).toMatchObject({
      dueDate: '2025-04-29',
      status: 'met',
      closedByEventId: file,
    })
    expect(one(list, 'BLTTHS_241_TAM_GIAM_TRUY_TO')).toMatchObject({
      dueDate: '2025-05-17',
      status: 'met',
      closedByEventId: accepted,
    })
    expect(one(list, 'BLTTHS_278_TAM_GIAM_XET_XU')).toMatchObject({
      dueDate: '2025-06-14',
      status: 'met',
      closedByEventId: trial,
    })
    expect(one(list, 'BLTTHS_329_TAM_GIAM_SAU_XET_XU')).toMatchObject({
      dueDate: '2025-07-24',
      status: 'open',
      startDate: '2025-06-10',
    })
    // The hand-overs: due on the previous order's end day (29/04, 17/05, 14/06), each met by the next order.
    expect(byRule(list, 'TAM_GIAM_KHONG_CO_LENH').map((d) => [d.startEventId, d.dueDate, d.status])).toEqual([
      [file, '2025-04-29', 'met'],
      [accepted, '2025-05-17', 'met'],
      [trial, '2025-06-14', 'met'],
    ])
    expect(report.problems).toEqual([])
  })

  // The file reaches the procuracy on 14/04; the investigation order ends 29/04 and no 241 order
  // follows. From 30/04 A is held without an order: on 05/05 the clock is missed and flagged.
  it('no order after the file changed hands: overdue and "không có lệnh còn hiệu lực"', () => {
    const { report, file } = through(false, '2025-05-05')
    expect(one(report.deadlines, 'TAM_GIAM_KHONG_CO_LENH')).toMatchObject({
      startEventId: file,
      dueDate: '2025-04-29',
      status: 'missed',
      closedByEventId: null,
    })
    expect(report.problems).toEqual([
      expect.objectContaining({
        code: 'DETENTION_WITHOUT_VALID_ORDER',
        subjectId: A,
        message: 'Bị can đang bị tạm giam nhưng không có lệnh còn hiệu lực (lệnh tạm giam đã hết hạn ngày 29/04/2025)',
      }),
    ])
  })

  it('an investigation order that runs out with the person still held is flagged the same way', () => {
    const s = opened()
    s.add('detention_ordered', '2025-03-01', { subjectId: A, data: term(2, 'months') })
    const report = deriveDeadlineReport(s.facts(), calendar, '2025-04-30')
    expect(one(report.deadlines, 'BLTTHS_173_TAM_GIAM')).toMatchObject({ dueDate: '2025-04-29', status: 'missed' })
    expect(report.problems.map((p) => p.code)).toEqual(['DETENTION_WITHOUT_VALID_ORDER'])
    // One day earlier the order is still valid: nothing to flag.
    expect(deriveDeadlineReport(s.facts(), calendar, '2025-04-29').problems).toEqual([])
  })

  it('terminating the case ends the measure (Điều 125) and opens no no-order clock', () => {
    const s = opened()
    s.add('detention_ordered', '2025-03-01', { subjectId: A, data: term(2, 'months') })
    s.add('case_terminated', '2025-03-20', { data: { reason: 'Không có sự việc phạm tội', noCrime: true } })
    const report = deriveDeadlineReport(s.facts(), calendar, '2025-06-01')
    expect(byRule(report.deadlines, 'TAM_GIAM_KHONG_CO_LENH')).toEqual([])
    expect(deriveMatterState(s.facts()).subjects[0]?.measure).toBe('none')
  })
})

describe('grounds for detention (Điều 119): a warning, not a refusal', () => {
  const orderFor = (charge: { article: number; clause: number }, grounds?: string[]) => {
    const s = scenario('criminal_case', '2025-03-01', [{ id: A, fullName: 'Nguyễn Văn An' }])
    s.add('case_instituted', '2025-03-01', { data: { charge, investigatingBody: 'Cơ quan CSĐT' } })
    s.add('suspect_instituted', '2025-03-01', { subjectId: A, data: { charge } })
    s.add('detention_ordered', '2025-03-01', {
      subjectId: A,
      data: { term: { amount: 2, unit: 'months' }, ...(grounds ? { grounds } : {}) },
    })
    return deriveDeadlineReport(s.facts(), calendar, '2025-03-10')
  }

  // Theft khoản 1 (≤ 03 năm > 02 năm, ít nghiêm trọng): khoản 2 asks for one of the grounds a–đ.
  it('ít nghiêm trọng, prison above 02 years, no ground stated: DETENTION_GROUNDS_MISSING, clock still computed', () => {
    const report = orderFor({ article: 173, clause: 1 })
    expect(report.problems.map((p) => p.code)).toEqual(['DETENTION_GROUNDS_MISSING'])
    expect(one(report.deadlines, 'BLTTHS_173_TAM_GIAM')).toMatchObject({ dueDate: '2025-04-29' })
    expect(one(report.deadlines, 'BLTTHS_173_TAM_GIAM').basis).toContain(
      'CẢNH BÁO: Điều 119 khoản 2 BLTTHS 2015: tạm giam bị can về tội ít nghiêm trọng chỉ khi có một trong các căn cứ tại điểm a–đ',
    )
    expect(orderFor({ article: 173, clause: 1 }, ['khong_noi_cu_tru']).problems).toEqual([])
  })

  // Làm nhục người khác, Điều 155 khoản 2: cao nhất 02 năm tù — khoản 3 allows detention only for
  // continuing the offence or absconding; a ground of point b is not enough.
  it('ít nghiêm trọng, prison up to 02 years: only continuing the offence or absconding (khoản 3)', () => {
    expect(orderFor({ article: 155, clause: 2 }, ['khong_noi_cu_tru']).problems.map((p) => p.code)).toEqual([
      'DETENTION_GROUNDS_NOT_ALLOWED',
    ])
    expect(orderFor({ article: 155, clause: 2 }, ['bo_tron']).problems).toEqual([])
    expect(orderFor({ article: 155, clause: 2 }, ['tiep_tuc_pham_toi']).problems).toEqual([])
  })

  // Theft khoản 3 (07–15 năm, rất nghiêm trọng): khoản 1, no ground needed.
  it('rất nghiêm trọng: no ground needed (khoản 1)', () => {
    expect(orderFor({ article: 173, clause: 3 }).problems).toEqual([])
  })
})
