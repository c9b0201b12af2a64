import { describe, expect, it } from 'vitest'
import { describeChange } from '../calendarChange.ts'

const moved = [
  {
    matterId: 1,
    matterNumber: '77/2026/HS-KV6',
    unitId: 3,
    ruleCode: 'BLTTHS_240_TRUY_TO',
    ruleName: 'Quyết định việc truy tố',
    from: '2026-04-28',
    to: '2026-04-27',
  },
]

describe('describeChange', () => {
  it('says which year was confirmed or withdrawn, and how many deadlines moved', () => {
    expect(
      describeChange({
        action: 'confirm_year',
        date: '2026-01-01',
        year: 2026,
        decision: 'Thông báo số 9441/TB-BNV',
        moved,
        recompute: null,
      }),
    ).toBe('Sau khi xác nhận lịch nghỉ năm 2026 (Thông báo số 9441/TB-BNV), 1 thời hạn có ngày kết thúc thay đổi:')
    expect(
      describeChange({
        action: 'withdraw_year',
        date: '2026-01-01',
        year: 2026,
        decision: '',
        moved: [],
        recompute: null,
      }),
    ).toBe(
      'Sau khi bỏ xác nhận lịch nghỉ năm 2026, ngày nghỉ bù được tính lại theo Điều 111 khoản 3 BLLĐ 2019; hệ thống đã tính lại các thời hạn liên quan.',
    )
  })

  it('still describes an entry change by its day', () => {
    expect(
      describeChange({
        action: 'create',
        date: '2026-04-27',
        kind: 'day_off',
        reason: 'Nghỉ bù',
        moved: [],
        recompute: null,
      }),
    ).toBe(
      'Sau khi thêm ngày 27/04/2026 (Ngày nghỉ: Nghỉ bù) vào lịch chính thức, hệ thống đã tính lại các thời hạn liên quan.',
    )
  })

  it('says how many deadlines the background recompute takes on, for a year as for a day', () => {
    const recompute = { jobId: 'j', matters: 3, deadlines: 4, message: '' }
    expect(
      describeChange({
        action: 'confirm_year',
        date: '2026-01-01',
        year: 2026,
        decision: 'Thông báo số 9441/TB-BNV',
        moved: [],
        recompute,
      }),
    ).toBe(
      'Sau khi xác nhận lịch nghỉ năm 2026 (Thông báo số 9441/TB-BNV), hệ thống tính lại 4 thời hạn của 3 vụ việc:',
    )
    expect(
      describeChange({
        action: 'delete',
        date: '2026-04-27',
        kind: 'day_off',
        reason: 'Nghỉ bù',
        moved: [],
        recompute,
      }),
    ).toBe(
      'Sau khi xóa ngày 27/04/2026 (Ngày nghỉ: Nghỉ bù) khỏi lịch chính thức, hệ thống tính lại 4 thời hạn của 3 vụ việc:',
    )
  })
})
