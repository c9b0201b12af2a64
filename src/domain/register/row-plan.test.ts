// The row plan, worked by hand on the default calendar (weekends + statutory holidays).
import { describe, expect, it } from 'vitest'
import { createWorkingCalendar } from '@/domain/calendar/index.ts'
import {
  isStillOpenOn,
  nextDueDateOf,
  planMatterRows,
  stillOpenOnCondition,
  storedStatus,
  UNMET_STATUSES,
} from './row-plan.ts'
import { scenario } from './testing.ts'

const calendar = createWorkingCalendar()
const RECEIVED = { source: 'tin_bao', investigatingBody: 'Cơ quan Cảnh sát điều tra Công an tỉnh' }
const ENTERED_AT = '2026-03-02 09:15:00+07'

/** A crime report received 02/03/2026: Điều 147 khoản 1 BLTTHS, 20 days, strict end Saturday 21/03/2026. */
const report = () => {
  const s = scenario('crime_report', '2026-03-02')
  const start = s.add('report_received', '2026-03-02', { data: RECEIVED })
  return { s, start }
}

describe('storedStatus: a deadline missed with no closing act is stored open', () => {
  it('keeps open, met, suspended, and missed when an act closed it late', () => {
    expect(storedStatus({ status: 'open', closedByEventId: null })).toBe('open')
    expect(storedStatus({ status: 'met', closedByEventId: 4 })).toBe('met')
    expect(storedStatus({ status: 'suspended', closedByEventId: null })).toBe('suspended')
    expect(storedStatus({ status: 'missed', closedByEventId: 4 })).toBe('missed')
  })
  it('stores "missed, closed by nothing" as open: it can still be closed, late', () => {
    expect(storedStatus({ status: 'missed', closedByEventId: null })).toBe('open')
  })
})

describe('isStillOpenOn and its SQL form', () => {
  it('an open deadline, a core-missed one with no closing day, and one closed after the day are still open', () => {
    expect(isStillOpenOn({ status: 'open', closedOn: null }, '2026-03-31')).toBe(true)
    expect(isStillOpenOn({ status: 'missed', closedOn: null }, '2026-03-31')).toBe(true)
    expect(isStillOpenOn({ status: 'missed', closedOn: '2026-04-02' }, '2026-03-31')).toBe(true)
  })
  it('one closed late on or before the day, or met, is not', () => {
    expect(isStillOpenOn({ status: 'missed', closedOn: '2026-03-31' }, '2026-03-31')).toBe(false)
    expect(isStillOpenOn({ status: 'met', closedOn: '2026-03-20' }, '2026-03-31')).toBe(false)
  })
  it('the SQL condition states the same rule over the columns given, with the literals in the text', () => {
    const text = (strings: TemplateStringsArray, ...values: string[]) =>
      strings.reduce((out, part, i) => out + part + (values[i] ?? ''), '')
    expect(stillOpenOnCondition(text, { status: 'd.status', closedOn: 'd.closed_on' }, '$1')).toBe(
      "(d.status = 'open' OR (d.status = 'missed' AND (d.closed_on IS NULL OR d.closed_on > $1)))",
    )
  })
  it('"unmet" statuses are the stored open and the closed late', () => {
    expect([...UNMET_STATUSES]).toEqual(['open', 'missed'])
  })
})

describe('nextDueDateOf', () => {
  it('is the earliest due date among the open deadlines, ignoring met, missed and undated ones', () => {
    expect(
      nextDueDateOf([
        { status: 'met', dueDate: '2026-03-01' },
        { status: 'open', dueDate: '2026-04-10' },
        { status: 'open', dueDate: null },
        { status: 'missed', dueDate: '2026-03-05' },
        { status: 'open', dueDate: '2026-03-21' },
      ]),
    ).toBe('2026-03-21')
    expect(nextDueDateOf([{ status: 'met', dueDate: '2026-03-01' }])).toBeNull()
  })
})

describe('planMatterRows', () => {
  it('a report received 02/03: one open deadline due 21/03, the matter due next on 21/03, entered and answered for', () => {
    const { s, start } = report()
    const plan = planMatterRows(s.facts(), calendar, '2026-03-10', {
      responsibleId: 7,
      entered: new Map([[start, ENTERED_AT]]),
    })
    expect(plan.deadlines).toHaveLength(1)
    expect(plan.deadlines[0]).toMatchObject({
      key: `BLTTHS_147_NGUON_TIN:-:${start}`,
      dueDate: '2026-03-21',
      status: 'open',
      closedByEventId: null,
      startRecordedAt: ENTERED_AT,
      closedRecordedAt: null,
      responsibleId: 7,
    })
    expect(plan.matter).toMatchObject({ nextDueDate: '2026-03-21', closed: false })
    expect(plan.subjects).toEqual([])
  })

  it('on 01/04 with no decision: the core says missed, the plan stores it open and the matter still due 21/03', () => {
    const { s, start } = report()
    const plan = planMatterRows(s.facts(), calendar, '2026-04-01', { responsibleId: null, entered: new Map() })
    expect(plan.deadlines[0]).toMatchObject({ key: `BLTTHS_147_NGUON_TIN:-:${start}`, status: 'open' })
    expect(plan.deadlines[0]!.startRecordedAt).toBeNull()
    expect(plan.matter.nextDueDate).toBe('2026-03-21')
  })

  it('decided late on Monday 23/03 (after the strict end 21/03): stored missed, closed by that act, nothing due', () => {
    const { s, start } = report()
    const closing = s.add('report_case_instituted', '2026-03-23', { data: {} })
    const plan = planMatterRows(s.facts(), calendar, '2026-04-01', {
      responsibleId: 7,
      entered: new Map([
        [start, ENTERED_AT],
        [closing, '2026-03-23 14:00:00+07'],
      ]),
    })
    const report147 = plan.deadlines.find((d) => d.ruleCode === 'BLTTHS_147_NGUON_TIN')
    expect(report147).toMatchObject({
      status: 'missed',
      closedByEventId: closing,
      closedOn: '2026-03-23',
      closedRecordedAt: '2026-03-23 14:00:00+07',
    })
  })

  it("a suspect charged under Art. 173(2) BLHS (2–7 years, serious by Art. 9): the subject's charge, category and measure", () => {
    const s = scenario('criminal_case', '2026-03-02', [{ id: 11, fullName: 'Lâm Văn Tèo' }])
    s.add('case_instituted', '2026-03-02', {
      data: { charge: { article: 173, clause: 1 }, investigatingBody: 'Cơ quan CSĐT Công an TP Cần Thơ' },
    })
    s.add('suspect_instituted', '2026-03-03', { subjectId: 11, data: { charge: { article: 173, clause: 2 } } })
    const plan = planMatterRows(s.facts(), calendar, '2026-03-10', { responsibleId: null, entered: new Map() })
    expect(plan.subjects).toEqual([
      {
        id: 11,
        chargeArticle: '173',
        chargeClause: 2,
        chargePoint: null,
        category: 'nghiem_trong',
        measure: 'none',
      },
    ])
    expect(plan.matter.category).toBe('nghiem_trong')
    // Art. 172(1) BLTTHS: 3 months for a serious crime from 02/03/2026 → 02/06/2026 (Tuesday).
    expect(plan.deadlines.find((d) => d.ruleCode === 'BLTTHS_172_DIEU_TRA')?.dueDate).toBe('2026-06-02')
  })
})
