import { describe, expect, it } from 'vitest'
import { EVENT_TYPE_CODES } from '@/domain/register/event-types.ts'
import { ApiError } from '@/web/shared/api/ApiError.ts'
import { apiFieldErrors } from '../apiFieldErrors.ts'
import { checkDraft, emptyDraft, initialData } from '../eventDraft.ts'
import type { EventDraft } from '../eventDraft.ts'
import { EVENT_GROUPS } from '../eventFields.ts'
import { eventTypeOptions } from '../matterFacts.ts'

const TODAY = '2026-06-10'
const context = {
  subjects: [
    { id: 7, fullName: 'Lâm Văn Tèo' },
    { id: 8, fullName: 'Trần Văn B' },
  ],
  chargeOf: (id: number) => (id === 7 ? { article: '173', clause: 2 } : null),
}
const draftOf = (type: Parameters<typeof initialData>[0], patch: Partial<EventDraft> = {}): EventDraft => ({
  ...emptyDraft(TODAY),
  data: initialData(type, context),
  ...patch,
})

describe('the act picker', () => {
  it('offers every act of the domain exactly once', () => {
    const grouped = EVENT_GROUPS.flatMap((g) => g.types)
    expect([...grouped].sort()).toEqual([...EVENT_TYPE_CODES].sort())
  })

  it('offers only the act types the server offers for the matter as it stands', () => {
    // A case under investigation: the server offers these two (and a type this client does not know, ignored).
    const options = eventTypeOptions('criminal_case', [], ['investigation_extended', 'detention_ordered', 'not_a_type'])
    expect(options.flatMap((g) => g.items.map((i) => i.value)).sort()).toEqual([
      'detention_ordered',
      'investigation_extended',
    ])
    // Without the server's list, every act of the kind (as before).
    expect(eventTypeOptions('criminal_case', []).flatMap((g) => g.items.map((i) => i.value))).toContain(
      'appellate_trial',
    )
  })
})

describe('checkDraft', () => {
  it('builds the EventInput of a charge at institution', () => {
    const draft = draftOf('case_instituted', {
      documentNumber: ' 45/QĐ-CSĐT ',
      data: { charge: { article: 173, clause: 1, point: null }, investigatingBody: 'Cơ quan CSĐT' },
    })
    expect(checkDraft('case_instituted', draft, TODAY)).toEqual({
      errors: {},
      payload: {
        type: 'case_instituted',
        occurredOn: TODAY,
        occurredAt: null,
        subjectId: null,
        documentNumber: '45/QĐ-CSĐT',
        issuingBody: null,
        data: { charge: { article: 173, clause: 1, point: null }, investigatingBody: 'Cơ quan CSĐT' },
      },
    })
  })

  it('asks in Vietnamese for what is missing: subject, time of custody, a future date', () => {
    expect(
      checkDraft('custody_ordered', draftOf('custody_ordered', { occurredOn: '2026-06-11' }), TODAY).errors,
    ).toEqual({
      occurredOn: 'Ngày không được sau ngày hôm nay',
      occurredAt: 'Nhập giờ theo dạng HH:MM',
      subjectId: 'Chọn bị can',
    })
    expect(checkDraft('case_instituted', draftOf('case_instituted'), TODAY).errors).toEqual({
      'data.charge': 'Chọn tội danh (điều, khoản của Bộ luật Hình sự)',
      'data.investigatingBody': 'Nhập cơ quan điều tra, giải quyết',
    })
    expect(
      checkDraft('report_suspended', draftOf('report_suspended', { data: { reason: 'x' } }), TODAY).errors,
    ).toEqual({ 'data.reason': 'Nhập ít nhất 2 ký tự' })
  })

  it('sends only the ticked defendants of an indictment, and keys their errors by subject', () => {
    const draft = draftOf('indicted')
    const check = checkDraft('indicted', draft, TODAY)
    expect(check.payload?.data).toEqual({ charges: [{ subjectId: 7, charge: { article: '173', clause: 2 } }] })
    const rows = (draft.data.charges as { subjectId: number; include: boolean }[]).map((r) => ({ ...r, include: true }))
    expect(checkDraft('indicted', { ...draft, data: { charges: rows } }, TODAY).errors).toEqual({
      'data.charges.s8': 'Chọn tội danh truy tố',
    })
  })

  it('reads an extension and a money amount as numbers', () => {
    expect(
      checkDraft(
        'investigation_extended',
        draftOf('investigation_extended', { data: { amount: 2, unit: 'months' } }),
        TODAY,
      ).payload?.data,
    ).toEqual({ amount: 2, unit: 'months' })
    expect(checkDraft('assets_recovered', draftOf('assets_recovered'), TODAY).errors).toEqual({
      'data.amountVnd': 'Nhập số tiền',
    })
  })

  it('sends a detention order with its term, end day and grounds, and asks for one of term or end day', () => {
    const base = draftOf('detention_ordered', { subjectId: '7' })
    expect(checkDraft('detention_ordered', base, TODAY).errors).toEqual({
      'data.endsOn': 'Nhập thời hạn hoặc ngày kết thúc ghi trong lệnh tạm giam',
    })
    const filled = {
      ...base,
      data: { ...base.data, term: { amount: 2, unit: 'months' }, endsOn: '2026-08-08', grounds: ['bo_tron'] },
    }
    expect(checkDraft('detention_ordered', filled, TODAY).payload?.data).toEqual({
      term: { amount: 2, unit: 'months' },
      endsOn: '2026-08-08',
      grounds: ['bo_tron'],
    })
    const extension = draftOf('detention_extended', {
      subjectId: '7',
      data: { amount: 1, unit: 'months', endsOn: '2026-09-07' },
    })
    expect(checkDraft('detention_extended', extension, TODAY).payload?.data).toEqual({
      amount: 1,
      unit: 'months',
      endsOn: '2026-09-07',
    })
  })
})

describe('apiFieldErrors', () => {
  it('puts the server refusals under the inputs, list items by subject', () => {
    const error = new ApiError({
      status: 422,
      code: 'EVENT_INVALID',
      message: 'Không ghi nhận được',
      details: [
        { path: 'occurredOn', message: 'Ngày sau hôm nay' },
        { path: 'data.charge.article', message: 'Không có điều này' },
        { path: 'initialEvent.data.investigatingBody', message: 'Nhập cơ quan' },
        { path: 'data.charges.0.charge', message: 'Sai tội danh' },
        { path: 'subjects.1.fullName', message: 'Họ tên quá ngắn' },
      ],
    })
    expect(apiFieldErrors(error, { charges: [{ subjectId: 8 }] })).toEqual({
      occurredOn: 'Ngày sau hôm nay',
      'data.charge.article': 'Không có điều này',
      'data.investigatingBody': 'Nhập cơ quan',
      'data.charges.s8': 'Sai tội danh',
      'subjects.1.fullName': 'Họ tên quá ngắn',
    })
  })
})
