// Refusals of the validator, each with its stable code, field path and Vietnamese message.
import { describe, expect, it } from 'vitest'
import { months, reason, scenario } from './testing.ts'
import { validateNewEvent, type CandidateEvent } from './validate-event.ts'

const A = 1
const SUBJECTS = [{ id: A, fullName: 'Vũ Văn Giang' }]
const TODAY = '2026-04-30'
const act = (type: string, occurredOn: string, extra: Partial<CandidateEvent> = {}): CandidateEvent => ({
  type,
  occurredOn,
  occurredAt: null,
  subjectId: null,
  data: {},
  ...extra,
})

const openCase = () => {
  const s = scenario('criminal_case', '2026-01-05', SUBJECTS)
  s.add('case_instituted', '2026-01-05', {
    data: { charge: { article: 173, clause: 1 }, investigatingBody: 'Cơ quan CSĐT' },
  })
  s.add('suspect_instituted', '2026-01-06', { subjectId: A, data: { charge: { article: 173, clause: 1 } } })
  return s
}
const report = () => {
  const s = scenario('crime_report', '2026-03-02')
  s.add('report_received', '2026-03-02', { data: { source: 'tin_bao', investigatingBody: 'Công an xã' } })
  return s
}

describe('validateNewEvent', () => {
  it('accepts an act in order', () => {
    expect(
      validateNewEvent(openCase().facts(), act('detention_ordered', '2026-01-07', { subjectId: A }), TODAY),
    ).toEqual([])
  })

  it('refuses an indictment before the file is received', () => {
    expect(
      validateNewEvent(
        openCase().facts(),
        act('indicted', '2026-03-01', { data: { charges: [{ subjectId: A, charge: { article: 173, clause: 1 } }] } }),
        TODAY,
      ),
    ).toEqual([
      { code: 'EVENT_OUT_OF_ORDER', path: 'type', message: 'Không thể ban hành cáo trạng trước khi nhận hồ sơ vụ án' },
    ])
  })

  it('refuses a date after today, and one before the matter was received', () => {
    expect(validateNewEvent(openCase().facts(), act('investigation_concluded', '2026-05-01'), TODAY)).toEqual([
      { code: 'EVENT_IN_FUTURE', path: 'occurredOn', message: 'Ngày không được sau ngày hôm nay' },
    ])
    expect(validateNewEvent(openCase().facts(), act('investigation_concluded', '2026-01-04'), TODAY)).toEqual([
      {
        code: 'EVENT_BEFORE_RECEIPT',
        path: 'occurredOn',
        message: 'Ngày không được trước ngày thụ lý vụ việc (05/01/2026)',
      },
    ])
  })

  it('refuses an act of another kind of matter', () => {
    expect(validateNewEvent(openCase().facts(), act('report_received', '2026-01-10'), TODAY)).toEqual([
      {
        code: 'EVENT_KIND_MISMATCH',
        path: 'type',
        message: '"Tiếp nhận tố giác, tin báo, kiến nghị khởi tố" không áp dụng cho loại vụ việc này (Vụ án hình sự)',
      },
    ])
  })

  it('refuses bad details with one problem per field', () => {
    const s = scenario('criminal_case', '2026-01-05', SUBJECTS)
    expect(
      validateNewEvent(
        s.facts(),
        act('case_instituted', '2026-01-05', { data: { charge: { article: 173, clause: 0 } } }),
        TODAY,
      ),
    ).toEqual([
      { code: 'EVENT_DATA_INVALID', path: 'data.charge.clause', message: 'Giá trị nhỏ nhất là 1' },
      { code: 'EVENT_DATA_INVALID', path: 'data.investigatingBody', message: 'Chưa nhập thông tin này' },
    ])
  })

  it('refuses a charge outside the catalogue: its category could not be derived', () => {
    const s = scenario('criminal_case', '2026-01-05', SUBJECTS)
    expect(
      validateNewEvent(
        s.facts(),
        act('case_instituted', '2026-01-05', {
          data: { charge: { article: 173, clause: 7 }, investigatingBody: 'Cơ quan CSĐT' },
        }),
        TODAY,
      ),
    ).toEqual([expect.objectContaining({ code: 'PENAL_CODE_UNKNOWN_CHARGE', path: 'data.charge.clause' })])
  })

  it('needs a subject of the matter for a per-person act, and none for a case act', () => {
    const facts = openCase().facts()
    expect(validateNewEvent(facts, act('detention_ordered', '2026-01-07'), TODAY)[0]).toMatchObject({
      code: 'EVENT_SUBJECT_INVALID',
      path: 'subjectId',
    })
    expect(validateNewEvent(facts, act('detention_ordered', '2026-01-07', { subjectId: 99 }), TODAY)[0]?.message).toBe(
      'Người này không thuộc vụ việc',
    )
    expect(
      validateNewEvent(facts, act('investigation_concluded', '2026-01-07', { subjectId: A }), TODAY)[0]?.code,
    ).toBe('EVENT_SUBJECT_INVALID')
  })

  it('needs the hour of a custody order (Điều 118 counts in hours)', () => {
    expect(validateNewEvent(openCase().facts(), act('custody_ordered', '2026-01-06', { subjectId: A }), TODAY)).toEqual(
      [expect.objectContaining({ code: 'EVENT_DATA_INVALID', path: 'occurredAt' })],
    )
  })

  it('refuses extending a detention that is not in force, and resuming what is not suspended', () => {
    expect(
      validateNewEvent(
        openCase().facts(),
        act('detention_extended', '2026-02-01', { subjectId: A, data: months(1) }),
        TODAY,
      )[0],
    ).toMatchObject({
      code: 'EVENT_OUT_OF_ORDER',
      message: 'Không thể gia hạn tạm giam khi bị can không đang bị tạm giam',
    })
    expect(validateNewEvent(report().facts(), act('report_resumed', '2026-03-10'), TODAY)[0]?.code).toBe(
      'EVENT_OUT_OF_ORDER',
    )
  })

  it('accepts a new detention order once the file changed hands (Điều 241), not twice in one stage', () => {
    const s = openCase()
    s.add('detention_ordered', '2026-01-07', { subjectId: A })
    expect(
      validateNewEvent(s.facts(), act('detention_ordered', '2026-02-01', { subjectId: A }), TODAY)[0]?.message,
    ).toBe('Bị can đang bị tạm giam theo lệnh tạm giam của giai đoạn này')
    s.add('investigation_concluded', '2026-03-01')
    s.add('file_received', '2026-03-02')
    expect(validateNewEvent(s.facts(), act('detention_ordered', '2026-03-02', { subjectId: A }), TODAY)).toEqual([])
  })

  it('refuses a detention end day before the order (Điều 134 khoản 1), and an impossible one', () => {
    expect(
      validateNewEvent(
        openCase().facts(),
        act('detention_ordered', '2026-01-07', { subjectId: A, data: { endsOn: '2026-01-06' } }),
        TODAY,
      ),
    ).toEqual([
      {
        code: 'EVENT_DATA_INVALID',
        path: 'data.endsOn',
        message: 'Ngày kết thúc tạm giam không được trước ngày ra lệnh, quyết định (07/01/2026)',
      },
    ])
    expect(
      validateNewEvent(
        openCase().facts(),
        act('detention_ordered', '2026-01-07', { subjectId: A, data: { endsOn: '2026-02-30' } }),
        TODAY,
      )[0],
    ).toMatchObject({
      code: 'EVENT_DATA_INVALID',
      path: 'data.endsOn',
    })
    expect(
      validateNewEvent(
        openCase().facts(),
        act('detention_ordered', '2026-01-07', {
          subjectId: A,
          data: { term: { amount: 2, unit: 'months' }, endsOn: '2026-03-07' },
        }),
        TODAY,
      ),
    ).toEqual([])
  })

  // 60 days from 07/01/2026 end 07/03; an extension decision stating 30/04 goes beyond the 90-day
  // maximum for ít NT (07/01 + 89 = 06/04): recorded, and flagged on the deadline — not refused.
  it('records an extension decision that ends beyond the law (it is flagged, not refused)', () => {
    const s = openCase()
    s.add('detention_ordered', '2026-01-07', { subjectId: A, data: { term: { amount: 2, unit: 'months' } } })
    expect(
      validateNewEvent(
        s.facts(),
        act('detention_extended', '2026-03-01', { subjectId: A, data: { ...months(1), endsOn: '2026-04-30' } }),
        TODAY,
      ),
    ).toEqual([])
  })

  // The order of 07/01/2026 runs 60 days to 07/03 (07/01 + 59: 31/01 +24, 28/02 +52); an extension
  // "to 05/03" would shorten it: refused, with the current end day in the message.
  it('refuses an extension decision ending on or before the current end day', () => {
    const s = openCase()
    s.add('detention_ordered', '2026-01-07', { subjectId: A, data: { term: { amount: 2, unit: 'months' } } })
    expect(
      validateNewEvent(
        s.facts(),
        act('detention_extended', '2026-03-01', { subjectId: A, data: { ...months(1), endsOn: '2026-03-05' } }),
        TODAY,
      ),
    ).toEqual([
      {
        code: 'EVENT_DATA_INVALID',
        path: 'data.endsOn',
        message:
          'Ngày kết thúc gia hạn tạm giam phải sau ngày kết thúc của lệnh tạm giam đang có hiệu lực (07/03/2026)',
      },
    ])
  })

  it('refuses a trial before the court accepted the case', () => {
    const data = { online: false, modelHearing: false, verdicts: [{ subjectId: A, verdict: 'acquitted' }] }
    expect(
      validateNewEvent(openCase().facts(), act('first_instance_trial', '2026-04-01', { data }), TODAY)[0],
    ).toMatchObject({
      code: 'EVENT_OUT_OF_ORDER',
      message: 'Không thể xét xử khi Tòa án chưa thụ lý vụ án',
    })
  })

  it('refuses an extension the law does not allow (Điều 172: ít nghiêm trọng, once ≤ 02 tháng)', () => {
    const s = openCase()
    expect(
      validateNewEvent(s.facts(), act('investigation_extended', '2026-02-20', { data: months(3) }), TODAY),
    ).toEqual([
      {
        code: 'EVENT_EXTENSION_LIMIT',
        path: 'data.amount',
        message: 'Điều 172 BLTTHS 2015: gia hạn lần 1 không được quá 02 tháng (đề nghị 03 tháng)',
      },
    ])
    s.add('investigation_extended', '2026-02-20', { data: months(2) })
    expect(
      validateNewEvent(s.facts(), act('investigation_extended', '2026-04-20', { data: months(1) }), TODAY),
    ).toEqual([
      {
        code: 'EVENT_EXTENSION_LIMIT',
        path: 'data.amount',
        message: 'Điều 172 BLTTHS 2015: chỉ được gia hạn tối đa 1 lần, không thể gia hạn lần thứ 2',
      },
    ])
  })

  it('refuses a custody extension in months: custody runs in hours', () => {
    const s = openCase()
    s.add('custody_ordered', '2026-01-06', { subjectId: A, at: '09:00' })
    expect(
      validateNewEvent(s.facts(), act('custody_extended', '2026-01-08', { subjectId: A, data: months(1) }), TODAY)[0]
        ?.code,
    ).toBe('EVENT_DATA_INVALID')
  })

  it('refuses suspending a report whose time limit has already run out', () => {
    expect(validateNewEvent(report().facts(), act('report_suspended', '2026-03-30', { data: reason }), TODAY)).toEqual([
      expect.objectContaining({
        code: 'EVENT_OUT_OF_ORDER',
        path: 'occurredOn',
        message: expect.stringContaining('sau khi thời hạn đã hết'),
      }),
    ])
  })

  it('refuses acts on a closed matter', () => {
    const s = report()
    s.add('report_not_instituted', '2026-03-20', { data: reason })
    expect(validateNewEvent(s.facts(), act('report_extended', '2026-03-21', { data: months(1) }), TODAY)).toEqual([
      {
        code: 'EVENT_MATTER_CLOSED',
        path: 'type',
        message:
          'Vụ việc đã kết thúc (Không khởi tố vụ án); không thể ghi nhận "Viện trưởng VKS gia hạn thời hạn giải quyết nguồn tin"',
      },
    ])
  })

  it('judges a back-dated act against the acts before its date only', () => {
    const s = report()
    s.add('report_not_instituted', '2026-03-20', { data: reason })
    expect(validateNewEvent(s.facts(), act('report_complex', '2026-03-10'), TODAY)).toEqual([])
  })
})
