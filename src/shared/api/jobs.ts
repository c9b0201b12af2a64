// The background jobs an administrator follows: what ran, when, and why a failed one failed.
import { z } from 'zod'

export const JOB_STATES = ['created', 'retry', 'active', 'completed', 'cancelled', 'failed'] as const

export const JOB_STATE_LABELS: Record<(typeof JOB_STATES)[number], string> = {
  created: 'Đang chờ',
  retry: 'Chờ chạy lại',
  active: 'Đang chạy',
  completed: 'Đã xong',
  cancelled: 'Đã hủy',
  failed: 'Thất bại',
}

/** The queues' names in Vietnamese; a queue not listed shows its own name. */
export const JOB_NAME_LABELS: Record<string, string> = {
  'calendar-recompute': 'Tính lại thời hạn sau khi lịch nghỉ thay đổi',
  'deadline-digest': 'Bản tin thời hạn hằng ngày',
  'indicator-figures-warm': 'Chuẩn bị số liệu chỉ tiêu',
  'session-sweep': 'Dọn phiên đăng nhập hết hạn',
}

export const BackgroundJob = z.object({
  id: z.string(),
  name: z.string(),
  label: z.string(),
  state: z.enum(JOB_STATES),
  stateLabel: z.string(),
  /** Attempts after the first, and how many the queue allows. */
  retryCount: z.number().int(),
  retryLimit: z.number().int(),
  createdAt: z.string(),
  startedAt: z.string().nullable(),
  completedAt: z.string().nullable(),
  /** A failed job's error message; null otherwise. */
  error: z.string().nullable(),
})
export type BackgroundJob = z.infer<typeof BackgroundJob>

export const BackgroundJobs = z.object({
  items: z.array(BackgroundJob),
  /** The periodic jobs and their schedules (cron, Vietnam time). */
  schedules: z.array(z.object({ name: z.string(), label: z.string(), cron: z.string() })),
})
export type BackgroundJobs = z.infer<typeof BackgroundJobs>

export const BackgroundJobsQuery = z.object({
  limit: z.coerce
    .number({ message: 'Số tác vụ phải là số nguyên' })
    .int({ message: 'Số tác vụ phải là số nguyên' })
    .min(1, { message: 'Số tác vụ tối thiểu là 1' })
    .max(500, { message: 'Số tác vụ tối đa là 500' })
    .default(100),
})
