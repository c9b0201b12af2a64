// Trial preparation (BLTTHS Điều 277) and the procuracy's protest windows (Điều 337,
// BLTTDS Điều 280, LTTHC Điều 213), worked by hand on the default calendar. A protest
// window is an opportunity, not an obligation: unused, it ends 'met'; only a protest
// filed after it is 'missed'.
import { describe, expect, it } from 'vitest'
import { createWorkingCalendar } from '@/domain/calendar/index.ts'
import { deriveDeadlines } from './derive-deadlines.ts'
import { scenario } from './testing.ts'
import type { DerivedDeadline } from './types.ts'

const calendar = createWorkingCalendar()
const A = 1
const rule = (list: DerivedDeadline[], code: string) => list.find((d) => d.ruleCode === code)

const tried = () => {
  const s = scenario('criminal_case', '2026-01-05', [{ id: A, fullName: 'Lê Văn Cường' }])
  s.add('case_instituted', '2026-01-05', {
    data: { charge: { article: 173, clause: 2 }, investigatingBody: 'Cơ quan CSĐT' },
  })
  s.add('suspect_instituted', '2026-01-06', { subjectId: A, data: { charge: { article: 173, clause: 2 } } })
  s.add('investigation_concluded', '2026-03-20')
  s.add('file_received', '2026-03-23')
  s.add('indicted', '2026-04-10', { data: { charges: [{ subjectId: A, charge: { article: 173, clause: 2 } }] } })
  const accepted = s.add('court_accepted', '2026-05-04')
  const scheduled = s.add('trial_scheduled', '2026-06-01')
  const trial = s.add('first_instance_trial', '2026-06-10', {
    data: { online: false, modelHearing: false, verdicts: [{ subjectId: A, verdict: 'convicted_as_charged' }] },
  })
  return { s, accepted, scheduled, trial }
}

describe('Điều 277: chuẩn bị xét xử', () => {
  // Nghiêm trọng: 45 ngày from 04/05/2026 → Thursday 18/06; the trial must open within 15 ngày of 01/06 → 16/06.
  it('trial preparation is met by the decision of 01/06, the opening by the trial of 10/06', () => {
    const { s, scheduled, trial } = tried()
    const list = deriveDeadlines(s.facts(), calendar, '2026-06-20')
    expect(rule(list, 'BLTTHS_277_CHUAN_BI_XET_XU')).toMatchObject({
      dueDate: '2026-06-18',
      status: 'met',
      closedByEventId: scheduled,
    })
    expect(rule(list, 'BLTTHS_277_MO_PHIEN_TOA')).toMatchObject({
      dueDate: '2026-06-16',
      status: 'met',
      closedByEventId: trial,
    })
  })
})

describe('Điều 337: kháng nghị phúc thẩm của Viện kiểm sát cùng cấp, 15 ngày từ ngày tuyên án 10/06/2026', () => {
  // Strict reading (counted): 10/06 is day 1 → Wednesday 24/06. Lenient: 10/06 + 15 = Thursday 25/06.
  it('is open until Wednesday 24/06 and, unused, ends met with nothing owed', () => {
    const { s, trial } = tried()
    expect(rule(deriveDeadlines(s.facts(), calendar, '2026-06-24'), 'BLTTHS_337_BAN_AN_CUNG_CAP')).toMatchObject({
      key: `BLTTHS_337_BAN_AN_CUNG_CAP:-:${trial}`,
      dueDate: '2026-06-24',
      alternativeDueDate: '2026-06-25',
      status: 'open',
    })
    expect(rule(deriveDeadlines(s.facts(), calendar, '2026-06-25'), 'BLTTHS_337_BAN_AN_CUNG_CAP')).toMatchObject({
      status: 'met',
      closedByEventId: null,
      closedOn: null,
    })
  })

  it('is met by a protest within the window', () => {
    const { s } = tried()
    const protest = s.add('appeal_protest', '2026-06-24', { data: { level: 'same' } })
    expect(rule(deriveDeadlines(s.facts(), calendar, '2026-06-26'), 'BLTTHS_337_BAN_AN_CUNG_CAP')).toMatchObject({
      status: 'met',
      closedByEventId: protest,
    })
  })

  it('is missed by a protest filed late', () => {
    const { s } = tried()
    const protest = s.add('appeal_protest', '2026-06-29', { data: { level: 'same' } })
    expect(rule(deriveDeadlines(s.facts(), calendar, '2026-07-01'), 'BLTTHS_337_BAN_AN_CUNG_CAP')).toMatchObject({
      status: 'missed',
      closedByEventId: protest,
      closedOn: '2026-06-29',
    })
  })

  it("is not closed by the superior procuracy's protest", () => {
    const { s } = tried()
    s.add('appeal_protest', '2026-06-24', { data: { level: 'superior' } })
    expect(rule(deriveDeadlines(s.facts(), calendar, '2026-06-24'), 'BLTTHS_337_BAN_AN_CUNG_CAP')).toMatchObject({
      status: 'open',
      closedByEventId: null,
    })
  })
})

describe('BLTTDS Điều 280, LTTHC Điều 213: 15 ngày (bản án), 07 ngày (quyết định)', () => {
  it('counts from pronouncement when the KSV attended: 02/03/2026 → 17/03, met by a protest on 16/03', () => {
    const s = scenario('civil', '2026-01-10')
    s.add('civil_accepted', '2026-01-10', { data: { court: 'Tòa án nhân dân khu vực 1' } })
    s.add('judgment_pronounced', '2026-03-02', { data: { prosecutorAttended: true } })
    s.add('judgment_received', '2026-03-06', { data: { decision: false } })
    const protest = s.add('appeal_protest', '2026-03-16', { data: { level: 'same' } })
    const list = deriveDeadlines(s.facts(), calendar, '2026-03-20')
    expect(list).toHaveLength(1)
    expect(list[0]).toMatchObject({
      ruleCode: 'BLTTDS_280_BAN_AN_CUNG_CAP',
      startDate: '2026-03-02',
      dueDate: '2026-03-17',
      status: 'met',
      closedByEventId: protest,
    })
  })

  it('counts from receipt when the KSV did not attend: 10/03/2026 → 25/03, expired unused → met', () => {
    const s = scenario('civil', '2026-01-10')
    s.add('judgment_pronounced', '2026-03-02', { data: { prosecutorAttended: false } })
    const receipt = s.add('judgment_received', '2026-03-10', { data: { decision: false } })
    const list = deriveDeadlines(s.facts(), calendar, '2026-03-26')
    expect(list).toEqual([
      expect.objectContaining({ startEventId: receipt, dueDate: '2026-03-25', status: 'met', closedByEventId: null }),
    ])
  })

  it('administrative decision received 10/03/2026: 07 ngày → 17/03; a protest on 18/03 is late', () => {
    const s = scenario('administrative', '2026-01-10')
    s.add('judgment_received', '2026-03-10', { data: { decision: true } })
    s.add('appeal_protest', '2026-03-18', { data: { level: 'same' } })
    expect(deriveDeadlines(s.facts(), calendar, '2026-03-20')[0]).toMatchObject({
      ruleCode: 'LTTHC_213_QUYET_DINH_CUNG_CAP',
      dueDate: '2026-03-17',
      status: 'missed',
    })
  })
})
