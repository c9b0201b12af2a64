// The background recompute after a change of the official calendar: the notice the change
// answers with, the status an administrator follows, and the short notice deadline pages show
// while deadlines are being derived again. The Vietnamese texts are built here, once, for the
// server's answers and the web app alike.
import { z } from 'zod'
import { formatDateTime, formatNumber } from '../format.ts'
import { CalendarMove, RECOMPUTE_STATUSES } from './calendar.ts'

export { RECOMPUTE_STATUSES } from './calendar.ts'
export type RecomputeStatusCode = (typeof RECOMPUTE_STATUSES)[number]

export const CalendarRecomputeStatus = z.object({
  jobId: z.string(),
  status: z.enum(RECOMPUTE_STATUSES),
  /** Matters to derive again, and how many are done. */
  matters: z.number().int(),
  done: z.number().int(),
  /** Deadlines around the changed days when the change was saved. */
  deadlines: z.number().int(),
  /** Deadlines whose end moved, and the first of them (at most MOVES_KEPT). */
  moved: z.number().int(),
  moves: z.array(CalendarMove),
  attempts: z.number().int(),
  error: z.string().nullable(),
  createdAt: z.string(),
  startedAt: z.string().nullable(),
  finishedAt: z.string().nullable(),
  message: z.string(),
})
export type CalendarRecomputeStatus = z.infer<typeof CalendarRecomputeStatus>
export const JobIdParams = z.object({ jobId: z.uuid({ message: 'Mã tác vụ không hợp lệ' }) })

/** For every signed-in user: whether deadlines are being recomputed right now. */
export const ActiveCalendarRecomputes = z.object({
  items: z.array(
    z.object({
      jobId: z.string(),
      status: z.enum(RECOMPUTE_STATUSES),
      matters: z.number().int(),
      done: z.number().int(),
      deadlines: z.number().int(),
    }),
  ),
  message: z.string().nullable(),
})
export type ActiveCalendarRecomputes = z.infer<typeof ActiveCalendarRecomputes>

export const MOVES_KEPT = 200

/** 24/11/2026 14:05 → "14:05 ngày 24/11/2026". */
const atTime = (iso: string): string => {
  const [day, time] = formatDateTime(iso).split(' ')
  return `${time} ngày ${day}`
}

const n = formatNumber

export const noticeMessage = (deadlines: number, matters: number): string =>
  `Đã lưu lịch. Đang tính lại ${n(deadlines)} thời hạn của ${n(matters)} vụ việc theo lịch mới; kết quả hiện ở đây khi xong.`

type StatusFacts = Pick<
  CalendarRecomputeStatus,
  'status' | 'matters' | 'done' | 'deadlines' | 'moved' | 'attempts' | 'error' | 'finishedAt'
>

export const statusMessage = (s: StatusFacts): string => {
  switch (s.status) {
    case 'queued':
      return `Đang chờ tính lại ${n(s.deadlines)} thời hạn của ${n(s.matters)} vụ việc.`
    case 'running':
      return `Đang tính lại: ${n(s.done)}/${n(s.matters)} vụ việc.`
    case 'retrying':
      return `Lần chạy thứ ${n(s.attempts)} bị lỗi (${s.error ?? 'không rõ lỗi'}); hệ thống sẽ tự chạy lại, đã xong ${n(s.done)}/${n(s.matters)} vụ việc.`
    case 'done':
      return `Đã tính lại xong lúc ${s.finishedAt ? atTime(s.finishedAt) : ''}: ${s.moved > 0 ? `${n(s.moved)} thời hạn thay đổi ngày kết thúc` : 'không có thời hạn nào thay đổi ngày kết thúc'}.`
    case 'failed':
      return `Tính lại thất bại sau ${n(s.attempts)} lần chạy: ${s.error ?? 'không rõ lỗi'}. Đã xong ${n(s.done)}/${n(s.matters)} vụ việc; hãy báo quản trị hệ thống.`
  }
}

/** The notice on deadline pages while a recompute is queued or running. */
export const activeMessage = (items: ActiveCalendarRecomputes['items']): string | null => {
  if (items.length === 0) return null
  const deadlines = items.reduce((sum, i) => sum + i.deadlines, 0)
  const left = items.reduce((sum, i) => sum + (i.matters - i.done), 0)
  return `Lịch nghỉ vừa thay đổi: đang tính lại ${n(deadlines)} thời hạn (còn ${n(left)} vụ việc). Một số ngày kết thúc dưới đây có thể chưa cập nhật.`
}
