// How the plan pages read the plan capability's words and states (issue 13 items 4, 5, 7).
import type { TargetHealth, TaskState, PlanStatus } from '@/domain/plan/vocabulary.ts'
import type { TaskView } from '@/shared/api/plan.ts'

export {
  PLAN_APPROVER_LABELS,
  PLAN_KIND_LABELS,
  PLAN_STATUS_LABELS,
  TARGET_HEALTH_LABELS,
  TASK_APPRAISAL_LABELS,
  TASK_RECURRENCE_LABELS,
  TASK_STATE_LABELS,
  TASK_STATES,
  WORK_STREAM_LABELS,
  WORK_STREAMS,
  PLAN_KINDS,
  TASK_RECURRENCES,
} from '@/domain/plan/vocabulary.ts'

export const PLAN_STATUS_COLORS: Record<PlanStatus, string> = {
  draft: 'gray',
  submitted: 'yellow',
  issued: 'green',
  amended: 'teal',
  reviewed: 'blue',
}

/** A target's health, computed by the server from the register (never typed). */
export const HEALTH_COLORS: Record<TargetHealth, string> = {
  on_track: 'green',
  at_risk: 'orange',
  off_track: 'red',
  no_data: 'gray',
}

export const TASK_STATE_COLORS: Record<TaskState, string> = {
  not_started: 'gray',
  in_progress: 'blue',
  due_soon: 'orange',
  overdue: 'red',
  done_on_time: 'green',
  done_late: 'lime',
  paused: 'violet',
  not_carried_out: 'dark',
}

const DONE: ReadonlySet<TaskState> = new Set(['done_on_time', 'done_late', 'not_carried_out'])

/** The ISO day `days` after `iso`. */
const plusDays = (iso: string, days: number): string => {
  const d = new Date(`${iso}T00:00:00Z`)
  d.setUTCDate(d.getUTCDate() + days)
  return d.toISOString().slice(0, 10)
}

/** The Sunday ending the ISO week (Monday–Sunday) that holds `today`. */
export const endOfWeek = (today: string): string => {
  const weekday = new Date(`${today}T00:00:00Z`).getUTCDay() // 0 = Sunday
  return plusDays(today, weekday === 0 ? 0 : 7 - weekday)
}

/** What the leadership must see first on a Monday: overdue, or due by this Sunday and not finished. */
export const taskUrgency = (task: Pick<TaskView, 'state' | 'dueOn'>, today: string): 'overdue' | 'this_week' | null => {
  if (DONE.has(task.state) || task.state === 'paused') return null
  if (task.state === 'overdue' || (task.dueOn !== null && task.dueOn < today)) return 'overdue'
  if (task.dueOn !== null && task.dueOn <= endOfWeek(today)) return 'this_week'
  return null
}

/** Tasks grouped by a key, groups in first-seen order. */
export const groupBy = <T>(items: readonly T[], key: (item: T) => string): [string, T[]][] => {
  const groups = new Map<string, T[]>()
  for (const item of items) {
    const k = key(item)
    const list = groups.get(k)
    if (list) list.push(item)
    else groups.set(k, [item])
  }
  return [...groups]
}
