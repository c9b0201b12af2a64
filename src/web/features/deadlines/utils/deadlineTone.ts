import { daysBetween as domainDaysBetween } from '@/domain/calendar/civil-date.ts'
import { deadlineStatus } from '@/domain/deadlines/status.ts'
import type { Deadline } from '@/shared/api/register.ts'
import { formatDate } from '@/shared/format.ts'

export type Urgency = NonNullable<Deadline['urgency']>

/** How a deadline reads at a glance: a colour and a short Vietnamese label. */
/** `text` is a readable shade for the due date itself (yellow text on white needs a darker shade). */
export type DeadlineTone = { color: string; variant: 'filled' | 'light'; label: string; text: string | undefined }

const URGENCY_TONES: Record<Urgency, DeadlineTone> = {
  overdue: { color: 'red', variant: 'filled', label: 'Quá hạn', text: 'red.7' },
  due_today: { color: 'orange', variant: 'filled', label: 'Đến hạn hôm nay', text: 'orange.8' },
  due_3: { color: 'yellow', variant: 'light', label: 'Trong 3 ngày', text: 'yellow.9' },
  due_7: { color: 'blue', variant: 'light', label: 'Trong 7 ngày', text: 'blue.7' },
  later: { color: 'gray', variant: 'light', label: 'Còn hạn', text: undefined },
}

const STATUS_TONES: Record<Exclude<Deadline['status'], 'open'>, DeadlineTone> = {
  met: { color: 'green', variant: 'light', label: 'Kết thúc trong hạn', text: 'green.8' },
  missed: { color: 'red.9', variant: 'filled', label: 'Kết thúc quá hạn', text: 'red.9' },
  suspended: { color: 'gray', variant: 'light', label: 'Đang tạm đình chỉ', text: 'dimmed' },
}

export const urgencyTone = (urgency: Urgency): DeadlineTone => URGENCY_TONES[urgency]

export const deadlineTone = (deadline: Pick<Deadline, 'status' | 'urgency'>): DeadlineTone =>
  deadline.status === 'open' ? URGENCY_TONES[deadline.urgency ?? 'later'] : STATUS_TONES[deadline.status]

/** Today's calendar date in Vietnam (UTC+7), as YYYY-MM-DD. */
export const todayInVietnam = (now: Date = new Date()): string =>
  new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Asia/Ho_Chi_Minh',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(now)

/** Whole calendar days from `from` to `to` (negative when `to` is earlier): the domain's count. */
export const daysBetween = (from: string, to: string): number => domainDaysBetween(from, to)

/** The same warning bands the server uses (the domain's deadlineStatus), for a bare due date such as a matter's next one. */
export const urgencyOf = (due: string, today: string = todayInVietnam()): Urgency => deadlineStatus(due, today)

/** "còn 5 ngày", "hôm nay", "quá 2 ngày". */
export const daysLeftText = (due: string, today: string = todayInVietnam()): string => {
  const left = daysBetween(today, due)
  if (left === 0) return 'hết hạn hôm nay'
  return left > 0 ? `còn ${left} ngày` : `quá ${-left} ngày`
}

/** 02/07/2026, or 02/07/2026 14:30 for limits in hours. */
export const formatDue = (deadline: Pick<Deadline, 'dueDate' | 'dueTime'>): string =>
  deadline.dueDate ? `${formatDate(deadline.dueDate)}${deadline.dueTime ? ` ${deadline.dueTime}` : ''}` : '—'

/**
 * For limits Điều 134 BLTTHS leaves open to two readings: the counted due date is the safe one
 * ("hạn an toàn"); the other reading's last day is shown beside it. '' when there is none.
 */
export const alternativeDueText = (deadline: Pick<Deadline, 'dueDate' | 'alternativeDueDate'>): string =>
  deadline.dueDate && deadline.alternativeDueDate
    ? `Hạn an toàn ${formatDate(deadline.dueDate)}; hạn cuối theo cách tính khác ${formatDate(deadline.alternativeDueDate)} (Điều 134 BLTTHS)`
    : ''

/** "Tết Nguyên đán, Chủ nhật" from the day-off reasons, without repeats. */
export const dayOffText = (reasons: readonly string[]): string => [...new Set(reasons)].join('; ')

/** A tone's colour as a CSS value: "red" → the theme's red 6, "red.9" → red 9. */
export const toneCssColor = (color: string): string => {
  const [name, shade] = color.split('.')
  return `var(--mantine-color-${name}-${shade ?? '6'})`
}
