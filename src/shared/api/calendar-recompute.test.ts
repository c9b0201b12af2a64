import { describe, expect, it } from 'vitest'
import { activeMessage, noticeMessage, statusMessage } from './calendar-recompute.ts'

const facts = { matters: 1200, done: 0, deadlines: 1534, moved: 0, attempts: 0, error: null, finishedAt: null }

describe('the recompute texts', () => {
  it('says how much is being recomputed, how far it got, and when it finished (Vietnam time)', () => {
    expect(noticeMessage(1534, 1200)).toBe(
      'Đã lưu lịch. Đang tính lại 1.534 thời hạn của 1.200 vụ việc theo lịch mới; kết quả hiện ở đây khi xong.',
    )
    expect(statusMessage({ ...facts, status: 'queued' })).toBe('Đang chờ tính lại 1.534 thời hạn của 1.200 vụ việc.')
    expect(statusMessage({ ...facts, status: 'running', done: 350, attempts: 1 })).toBe(
      'Đang tính lại: 350/1.200 vụ việc.',
    )
    // 02:05 UTC is 09:05 in Vietnam (UTC+7).
    expect(
      statusMessage({
        ...facts,
        status: 'done',
        done: 1200,
        moved: 87,
        attempts: 1,
        finishedAt: '2026-12-03T02:05:09.000Z',
      }),
    ).toBe('Đã tính lại xong lúc 09:05 ngày 03/12/2026: 87 thời hạn thay đổi ngày kết thúc.')
    // 17:30 UTC on 31/12 is already 00:30 on 01/01 in Vietnam.
    expect(
      statusMessage({ ...facts, status: 'done', done: 1200, attempts: 1, finishedAt: '2026-12-31T17:30:00.000Z' }),
    ).toBe('Đã tính lại xong lúc 00:30 ngày 01/01/2027: không có thời hạn nào thay đổi ngày kết thúc.')
  })

  it('names the error of a retried and of a failed recompute', () => {
    expect(statusMessage({ ...facts, status: 'retrying', done: 100, attempts: 1, error: 'mất kết nối' })).toBe(
      'Lần chạy thứ 1 bị lỗi (mất kết nối); hệ thống sẽ tự chạy lại, đã xong 100/1.200 vụ việc.',
    )
    expect(statusMessage({ ...facts, status: 'failed', done: 100, attempts: 4, error: 'mất kết nối' })).toBe(
      'Tính lại thất bại sau 4 lần chạy: mất kết nối. Đã xong 100/1.200 vụ việc; hãy báo quản trị hệ thống.',
    )
  })

  it('adds up the recomputes under way for deadline pages, and says nothing when none runs', () => {
    expect(activeMessage([])).toBeNull()
    expect(
      activeMessage([
        { jobId: 'a', status: 'running', matters: 10, done: 4, deadlines: 12 },
        { jobId: 'b', status: 'queued', matters: 3, done: 0, deadlines: 3 },
      ]),
    ).toBe(
      'Lịch nghỉ vừa thay đổi: đang tính lại 15 thời hạn (còn 9 vụ việc). Một số ngày kết thúc dưới đây có thể chưa cập nhật.',
    )
  })
})
