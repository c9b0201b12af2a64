// Charges in the register: article ids as strings (old numbers still read), and the text of
// the Penal Code that applies to the offence (BLHS Điều 7), with the matter's receivedOn
// standing for the offence date.
import { describe, expect, it } from 'vitest'
import { deriveMatterState } from './derive-state.ts'
import { Charge } from './event-types.ts'
import { chargesInForce, withArticleIds } from './charges-in-force.ts'
import { scenario } from './testing.ts'
import { validateNewEvent, type CandidateEvent } from './validate-event.ts'

const A = 1
const SUBJECTS = [{ id: A, fullName: 'Lò Văn Páo' }]
const TODAY = '2026-04-30'
const opening = (occurredOn: string, article: unknown, clause = 1): CandidateEvent => ({
  type: 'case_instituted',
  occurredOn,
  occurredAt: null,
  subjectId: null,
  data: { charge: { article, clause }, investigatingBody: 'Cơ quan CSĐT Công an tỉnh Lai Châu' },
})

describe('Charge schema', () => {
  it('takes an article id, and reads a stored number as its id', () => {
    expect(Charge.parse({ article: '217a', clause: 1 })).toEqual({ article: '217a', clause: 1 })
    expect(Charge.parse({ article: 173, clause: 2, point: 'c' })).toEqual({ article: '173', clause: 2, point: 'c' })
    expect(Charge.parse({ article: ' 256A', clause: 1 }).article).toBe('256a')
  })

  it('refuses what is not an article of the code', () => {
    for (const article of ['427', '0', 'abc', '17ab', 'a17', 427, 1.5, ''])
      expect(Charge.safeParse({ article, clause: 1 }).success, String(article)).toBe(false)
  })

  it('stores every charge of an act with its string id', () => {
    expect(withArticleIds({ charge: { article: 173, clause: 1 }, investigatingBody: 'X' })).toEqual({
      charge: { article: '173', clause: 1 },
      investigatingBody: 'X',
    })
    expect(
      withArticleIds({
        charges: [{ subjectId: 1, charge: { article: 174, clause: 3 } }],
        verdicts: [{ subjectId: 1, charge: { article: '217a', clause: 1 } }],
      }),
    ).toEqual({
      charges: [{ subjectId: 1, charge: { article: '174', clause: 3 } }],
      verdicts: [{ subjectId: 1, charge: { article: '217a', clause: 1 } }],
    })
    expect(withArticleIds({ reason: 'x' })).toEqual({ reason: 'x' })
  })

  it('reads charges of acts stored with numbers', () => {
    const s = scenario('criminal_case', '2024-05-02', SUBJECTS)
    s.add('case_instituted', '2024-05-02', { data: { charge: { article: 173, clause: 1 }, investigatingBody: 'CSĐT' } })
    s.add('suspect_instituted', '2024-05-03', { subjectId: A, data: { charge: { article: 173, clause: 2 } } })
    const charges = chargesInForce(s.facts().events)
    expect(charges.caseCharge).toEqual({ article: '173', clause: 1 })
    expect(charges.bySubject.get(A)).toEqual({ article: '173', clause: 2 })
  })
})

describe('the offence date (matter receivedOn) and BLHS Điều 7', () => {
  it('accepts a charge under Điều 256a for a matter received from 01/07/2025', () => {
    const s = scenario('criminal_case', '2025-07-10', SUBJECTS)
    expect(validateNewEvent(s.facts(), opening('2025-07-10', '256a'), TODAY)).toEqual([])
  })

  it('refuses Điều 256a for a matter received before 01/07/2025: the offence came before the new crime existed', () => {
    const s = scenario('criminal_case', '2025-06-20', SUBJECTS)
    // Even when the decision itself is dated after 01/07/2025: the offence was before receipt.
    expect(validateNewEvent(s.facts(), opening('2025-07-05', '256a'), TODAY)).toEqual([
      {
        code: 'PENAL_CODE_NOT_IN_FORCE',
        path: 'data.charge.article',
        message:
          'Điều 256a BLHS (Tội sử dụng trái phép chất ma túy) có hiệu lực từ ngày 01/07/2025 (Luật 86/2025/QH15), không áp dụng đối với hành vi thực hiện trước ngày đó ' +
          '(Điều 7 khoản 2 BLHS: điều luật quy định một tội phạm mới không có hiệu lực hồi tố)',
      },
    ])
  })

  it('derives Điều 256a khoản 1 (tù 02 – 03 năm) as ít nghiêm trọng, khoản 2 (03 – 05 năm) as nghiêm trọng', () => {
    const s = scenario('criminal_case', '2025-08-01', SUBJECTS)
    s.add('case_instituted', '2025-08-01', {
      data: { charge: { article: '256a', clause: 1 }, investigatingBody: 'CSĐT' },
    })
    expect(deriveMatterState(s.facts()).category).toBe('it_nghiem_trong')
    s.add('suspect_instituted', '2025-08-02', { subjectId: A, data: { charge: { article: '256a', clause: 2 } } })
    expect(deriveMatterState(s.facts()).subjects[0]).toMatchObject({
      charge: { article: '256a', clause: 2 },
      category: 'nghiem_trong',
    })
  })

  it('classifies an Art. 194 khoản 4 case received in 2024 by the lighter 2025 text: still đặc biệt nghiêm trọng', () => {
    // 2017 text: tù 20 năm, chung thân hoặc tử hình; 2025: tử hình removed → chung thân, Điều 9 đặc biệt nghiêm trọng.
    const s = scenario('criminal_case', '2024-09-09', SUBJECTS)
    s.add('case_instituted', '2024-09-09', { data: { charge: { article: 194, clause: 4 }, investigatingBody: 'CSĐT' } })
    expect(deriveMatterState(s.facts()).category).toBe('dac_biet_nghiem_trong')
  })
})
