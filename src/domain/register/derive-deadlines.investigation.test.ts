// Resumed and supplementary investigation (BLTTHS 2015 Điều 174), worked by hand on the
// default calendar from the article's text (quoted in src/domain/deadlines/rules/investigation.ts):
// k1 "thời hạn điều tra tiếp không quá 02 tháng đối với tội phạm ít nghiêm trọng, tội phạm
//    nghiêm trọng và không quá 03 tháng đối với tội phạm rất nghiêm trọng, tội phạm đặc biệt
//    nghiêm trọng kể từ khi có quyết định phục hồi điều tra"; one extension ≤ 01 / 02 / 02 / 03 tháng;
// k2 "do Viện kiểm sát trả lại … không quá 02 tháng; nếu do Tòa án trả lại … không quá 01 tháng.
//    Viện kiểm sát chỉ được trả lại hồ sơ để điều tra bổ sung hai lần. Thẩm phán chủ tọa phiên
//    tòa chỉ được trả hồ sơ … một lần và Hội đồng xét xử chỉ được trả hồ sơ … một lần."
import { describe, expect, it } from 'vitest'
import { createWorkingCalendar } from '@/domain/calendar/index.ts'
import { deriveDeadlines } from './derive-deadlines.ts'
import { months, reason, scenario } from './testing.ts'
import type { DerivedDeadline } from './types.ts'
import { validateNewEvent, type CandidateEvent } from './validate-event.ts'

const calendar = createWorkingCalendar()
const A = 1
const TODAY = '2026-09-30'
const theft = { charge: { article: 173, clause: 1 } } // BLHS Điều 173 khoản 1: up to 3 years — ít nghiêm trọng
const byRule = (list: DerivedDeadline[], code: string) => list.filter((d) => d.ruleCode === code)
const act = (type: string, occurredOn: string, data: Record<string, unknown> = {}): CandidateEvent => ({
  type,
  occurredOn,
  occurredAt: null,
  subjectId: null,
  data,
})

const opened = () => {
  const s = scenario('criminal_case', '2026-01-05', [{ id: A, fullName: 'Phạm Văn Dũng' }])
  s.add('case_instituted', '2026-01-05', { data: { ...theft, investigatingBody: 'Cơ quan CSĐT Công an tỉnh' } })
  s.add('suspect_instituted', '2026-01-06', { subjectId: A, data: theft })
  return s
}
const atProsecution = () => {
  const s = opened()
  s.add('investigation_concluded', '2026-03-20')
  s.add('file_received', '2026-03-23')
  return s
}
const atTrial = () => {
  const s = atProsecution()
  s.add('indicted', '2026-04-10', { data: { charges: [{ subjectId: A, charge: theft.charge }] } })
  s.add('court_accepted', '2026-05-04')
  return s
}

describe('Điều 174 khoản 1: phục hồi điều tra', () => {
  // Điều 172, ít NT: 02 tháng from 05/01/2026 → Thursday 05/03. Suspended on 20/01 with 44 days left;
  // resumed 10/06/2026. The time left is NOT resumed: a new period of 02 tháng runs from the resumption
  // decision → Monday 10/08/2026.
  const resumed = () => {
    const s = opened()
    s.add('investigation_suspended', '2026-01-20', { data: reason })
    s.add('investigation_resumed', '2026-06-10')
    return s
  }

  it('ends the Điều 172 period at the suspension and opens 02 tháng from the resumption', () => {
    const list = deriveDeadlines(resumed().facts(), calendar, '2026-06-15')
    expect(byRule(list, 'BLTTHS_172_DIEU_TRA')).toMatchObject([
      { dueDate: '2026-03-05', status: 'met', closedOn: '2026-01-20' },
    ])
    expect(byRule(list, 'BLTTHS_174_PHUC_HOI_DIEU_TRA')).toMatchObject([
      {
        startDate: '2026-06-10',
        dueDate: '2026-08-10',
        status: 'open',
        extensionsRemaining: 1,
        alternativeDueDate: null,
      },
    ])
    // The request lead of Điều 174 khoản 1: "chậm nhất là 10 ngày trước khi hết thời hạn" → 31/07.
    expect(byRule(list, 'BLTTHS_174_PHUC_HOI_DIEU_TRA')[0]?.latestExtensionRequestDate).toBe('2026-07-31')
  })

  it('takes one extension of ≤ 01 tháng (ít NT): 10/08 + 01 tháng → Thursday 10/09/2026', () => {
    const s = resumed()
    s.add('investigation_extended', '2026-07-30', { data: months(1) })
    expect(byRule(deriveDeadlines(s.facts(), calendar, '2026-08-01'), 'BLTTHS_174_PHUC_HOI_DIEU_TRA')).toMatchObject([
      { dueDate: '2026-09-10', extensionsRemaining: 0 },
    ])
  })

  it('refuses an extension of 02 tháng after resumption of a less serious case', () => {
    expect(validateNewEvent(resumed().facts(), act('investigation_extended', '2026-07-30', months(2)), TODAY)).toEqual([
      {
        code: 'EVENT_EXTENSION_LIMIT',
        path: 'data.amount',
        message: 'Điều 174 BLTTHS 2015: gia hạn lần 1 không được quá 01 tháng (đề nghị 02 tháng)',
      },
    ])
  })

  it('a second suspension ends the resumed period; a second resumption opens another', () => {
    const s = resumed()
    s.add('investigation_suspended', '2026-07-01', { data: reason })
    s.add('investigation_resumed', '2026-07-13')
    // 02 tháng from Monday 13/07/2026 → Sunday 13/09 → Monday 14/09.
    expect(byRule(deriveDeadlines(s.facts(), calendar, '2026-07-20'), 'BLTTHS_174_PHUC_HOI_DIEU_TRA')).toMatchObject([
      { startDate: '2026-06-10', status: 'met', closedOn: '2026-07-01' },
      { startDate: '2026-07-13', dueDate: '2026-09-14', status: 'open' },
    ])
  })
})

describe('Điều 174 khoản 2: điều tra bổ sung — Viện kiểm sát trả hồ sơ (Điều 245)', () => {
  // Returned Wednesday 01/04/2026 → 02 tháng → Monday 01/06/2026; no extension.
  it('gives 02 tháng from the return, met by the new conclusion', () => {
    const s = atProsecution()
    s.add('returned_for_investigation', '2026-04-01', { data: reason })
    s.add('investigation_concluded', '2026-05-20')
    const list = deriveDeadlines(s.facts(), calendar, '2026-06-10')
    expect(byRule(list, 'BLTTHS_174_DIEU_TRA_BO_SUNG_VKS')).toMatchObject([
      { dueDate: '2026-06-01', status: 'met', closedOn: '2026-05-20', extensionsRemaining: 0 },
    ])
    expect(byRule(list, 'BLTTHS_174_DIEU_TRA_BO_SUNG_TOA')).toEqual([])
    // The return is one of the decisions of Điều 240 khoản 1: it closes the prosecution clock.
    expect(byRule(list, 'BLTTHS_240_TRUY_TO')).toMatchObject([{ status: 'met', closedOn: '2026-04-01' }])
  })

  const returnedTwice = () => {
    const s = atProsecution()
    s.add('returned_for_investigation', '2026-04-01', { data: reason })
    s.add('investigation_concluded', '2026-05-20')
    s.add('file_received', '2026-05-22')
    s.add('returned_for_investigation', '2026-06-01', { data: reason })
    s.add('investigation_concluded', '2026-07-20')
    s.add('file_received', '2026-07-22')
    return s
  }

  it('allows a second return and refuses a third, with a Vietnamese message', () => {
    const once = atProsecution()
    once.add('returned_for_investigation', '2026-04-01', { data: reason })
    once.add('investigation_concluded', '2026-05-20')
    once.add('file_received', '2026-05-22')
    expect(validateNewEvent(once.facts(), act('returned_for_investigation', '2026-06-01', reason), TODAY)).toEqual([])
    expect(
      validateNewEvent(returnedTwice().facts(), act('returned_for_investigation', '2026-08-01', reason), TODAY),
    ).toEqual([
      {
        code: 'EVENT_RETURN_LIMIT',
        path: 'type',
        message:
          'Viện kiểm sát chỉ được trả hồ sơ để điều tra bổ sung hai lần (Điều 174 khoản 2 BLTTHS); vụ án đã bị trả 2 lần, không thể trả lần thứ 3',
      },
    ])
  })

  it('does not count a voided return', () => {
    const s = returnedTwice()
    const facts = s.facts()
    facts.events = facts.events.map((e, i) =>
      e.type === 'returned_for_investigation' &&
      i === facts.events.findIndex((x) => x.type === 'returned_for_investigation')
        ? { ...e, voided: true }
        : e,
    )
    expect(validateNewEvent(facts, act('returned_for_investigation', '2026-08-01', reason), TODAY)).toEqual([])
  })

  it("refuses a procuracy return once the court holds the file (that is the court's act)", () => {
    expect(validateNewEvent(atTrial().facts(), act('returned_for_investigation', '2026-05-11', reason), TODAY)).toEqual(
      [
        {
          code: 'EVENT_OUT_OF_ORDER',
          path: 'type',
          message:
            'Viện kiểm sát chỉ trả hồ sơ để điều tra bổ sung khi đang giải quyết hồ sơ vụ án (Điều 240, 245 BLTTHS)',
        },
      ],
    )
  })
})

describe('Điều 174 khoản 2: điều tra bổ sung — Tòa án trả hồ sơ (Điều 280)', () => {
  const judge = { ...reason, decidedBy: 'tham_phan_chu_toa' }
  const panel = { ...reason, decidedBy: 'hoi_dong_xet_xu' }

  // Returned by the presiding judge on Monday 11/05/2026 → 01 tháng → Thursday 11/06/2026.
  it("gives 01 tháng from the court's return and closes the trial-preparation clock", () => {
    const s = atTrial()
    s.add('court_returned_for_investigation', '2026-05-11', { data: judge })
    const list = deriveDeadlines(s.facts(), calendar, '2026-05-20')
    expect(byRule(list, 'BLTTHS_174_DIEU_TRA_BO_SUNG_TOA')).toMatchObject([
      { startDate: '2026-05-11', dueDate: '2026-06-11', status: 'open' },
    ])
    expect(byRule(list, 'BLTTHS_174_DIEU_TRA_BO_SUNG_VKS')).toEqual([])
    expect(byRule(list, 'BLTTHS_277_CHUAN_BI_XET_XU')).toMatchObject([{ status: 'met', closedOn: '2026-05-11' }])
  })

  const returnedByJudge = () => {
    const s = atTrial()
    s.add('court_returned_for_investigation', '2026-05-11', { data: judge })
    s.add('investigation_concluded', '2026-06-05')
    s.add('file_received', '2026-06-08')
    s.add('indicted', '2026-06-15', { data: { charges: [{ subjectId: A, charge: theft.charge }] } })
    s.add('court_accepted', '2026-06-17')
    s.add('trial_scheduled', '2026-06-24')
    return s
  }

  it('lets the judge return once and the trial panel once, and refuses a third return', () => {
    expect(
      validateNewEvent(returnedByJudge().facts(), act('court_returned_for_investigation', '2026-07-01', judge), TODAY),
    ).toEqual([
      {
        code: 'EVENT_RETURN_LIMIT',
        path: 'type',
        message: 'Thẩm phán chủ tọa phiên tòa chỉ được trả hồ sơ để điều tra bổ sung một lần (Điều 174 khoản 2 BLTTHS)',
      },
    ])
    expect(
      validateNewEvent(returnedByJudge().facts(), act('court_returned_for_investigation', '2026-07-01', panel), TODAY),
    ).toEqual([])
    const twice = returnedByJudge()
    twice.add('court_returned_for_investigation', '2026-07-01', { data: panel })
    twice.add('investigation_concluded', '2026-07-20')
    twice.add('file_received', '2026-07-22')
    twice.add('indicted', '2026-07-28', { data: { charges: [{ subjectId: A, charge: theft.charge }] } })
    twice.add('court_accepted', '2026-08-03')
    expect(
      validateNewEvent(twice.facts(), act('court_returned_for_investigation', '2026-08-10', panel), TODAY),
    ).toEqual([
      {
        code: 'EVENT_RETURN_LIMIT',
        path: 'type',
        message:
          'Tòa án chỉ được trả hồ sơ để điều tra bổ sung hai lần — Thẩm phán chủ tọa một lần và Hội đồng xét xử một lần (Điều 174 khoản 2 BLTTHS); không thể trả lần thứ 3',
      },
    ])
  })

  it("keeps the court's returns apart from the procuracy's: two of each are allowed", () => {
    // A procuracy return (Điều 245) before the indictment does not use up the court's returns.
    const s = atProsecution()
    s.add('returned_for_investigation', '2026-04-01', { data: reason })
    s.add('investigation_concluded', '2026-04-20')
    s.add('file_received', '2026-04-22')
    s.add('indicted', '2026-04-30', { data: { charges: [{ subjectId: A, charge: theft.charge }] } })
    s.add('court_accepted', '2026-05-04')
    expect(validateNewEvent(s.facts(), act('court_returned_for_investigation', '2026-05-11', judge), TODAY)).toEqual([])
  })

  it("still closes the trial clocks on a court return recorded, before this act existed, as the procuracy's", () => {
    const s = atTrial()
    s.add('returned_for_investigation', '2026-05-11', { data: reason })
    expect(byRule(deriveDeadlines(s.facts(), calendar, '2026-08-01'), 'BLTTHS_277_CHUAN_BI_XET_XU')).toMatchObject([
      { status: 'met', closedOn: '2026-05-11' },
    ])
  })

  it("lets the court's return open a new stage, in which a new detention order may be made (Điều 174 khoản 4)", () => {
    const s = atTrial()
    s.add('detention_ordered', '2026-05-05', { subjectId: A })
    s.add('court_returned_for_investigation', '2026-05-11', { data: judge })
    expect(validateNewEvent(s.facts(), { ...act('detention_ordered', '2026-05-12'), subjectId: A }, TODAY)).toEqual([])
  })

  it('asks who decided the return', () => {
    expect(
      validateNewEvent(atTrial().facts(), act('court_returned_for_investigation', '2026-05-11', reason), TODAY),
    ).toMatchObject([{ code: 'EVENT_DATA_INVALID', path: 'data.decidedBy' }])
  })
})
