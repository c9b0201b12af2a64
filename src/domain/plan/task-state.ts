// The state of a key task, or of one occurrence of a recurring task (issue 13 item 4), from its
// facts and today, never typed by hand. The Government's task tracking (QĐ 42/2014/QĐ-TTg,
// amended by QĐ 23/2018; DOMAIN.md §8.2) counts "hoàn thành — đúng hạn / quá hạn" and
// "chưa hoàn thành — trong hạn / quá hạn"; the daily states split "trong hạn" into not started,
// in progress and due soon (the provincial trackers' warning near the deadline, §8.2), and add
// paused and not carried out. In order:
//
//   completed (completedOn set)      done_on_time when completedOn ≤ deadline, else done_late
//                                    (a completion is a fact with its evidence; it outranks a
//                                    pause that was never lifted)
//   not carried out                  not_carried_out (decided, with the reason)
//   paused                           paused (tạm dừng / điều chỉnh, with the adjusting document)
//   today > deadline                 overdue (quá hạn chưa hoàn thành)
//   deadline − today ≤ N days        due_soon (N the setting, default 7; the deadline day itself
//                                    counts as due soon, 0 days left)
//   started                          in_progress
//   otherwise                        not_started
//
// `completedOn` is the day the completion was reported by the lead unit and accepted by the plan
// owner (thẩm định "đạt"); a completion appraised "chưa đạt" is not passed here as completed.
// A completion after `today` is not yet known on that day: so a review frozen at its period's
// end (sơ kết 31/05, tổng kết 30/11; issue 13 item 6) derives the states with today = that end
// and reads the same tomorrow.
import { daysBetween, type IsoDate } from '@/domain/calendar/index.ts'
import { formatNumber } from '@/domain/vocabulary/numbers.ts'
import { PlanError } from './errors.ts'
import type { TaskState } from './vocabulary.ts'

/** The default "sắp đến hạn" window, in days; the unit's setting replaces it. */
export const DEFAULT_DUE_SOON_DAYS = 7

export type TaskFacts = {
  deadline: IsoDate
  /** Progress was reported, or the task was marked started. */
  started: boolean
  completedOn: IsoDate | null
  paused: boolean
  notCarriedOut: boolean
}

export const checkDueSoonDays = (days: number): void => {
  if (!Number.isInteger(days) || days < 0)
    throw new PlanError('PLAN_INVALID_SETTING', 'Số ngày cảnh báo sắp đến hạn phải là số nguyên không âm', { days })
}

/** The task's state on `today` (the calendar date in Vietnam, from the caller's clock). */
export const deriveTaskState = (task: TaskFacts, today: IsoDate, dueSoonDays = DEFAULT_DUE_SOON_DAYS): TaskState => {
  checkDueSoonDays(dueSoonDays)
  if (task.completedOn !== null && task.completedOn <= today)
    return task.completedOn <= task.deadline ? 'done_on_time' : 'done_late'
  if (task.notCarriedOut) return 'not_carried_out'
  if (task.paused) return 'paused'
  const left = daysBetween(today, task.deadline)
  if (left < 0) return 'overdue'
  if (left <= dueSoonDays) return 'due_soon'

  return task.started ? 'in_progress' : 'not_started'
}

/**
 * The classes of the Government's form (QĐ 42/2014/QĐ-TTg). Paused and not-carried-out tasks
 * are neither done nor open there: they are set apart (see taskTotals).
 */
export type GovernmentClass =
  | 'done_on_time'
  | 'done_late'
  | 'open_in_time'
  | 'open_overdue'
  | 'paused'
  | 'not_carried_out'

export const governmentClassOf = (state: TaskState): GovernmentClass => {
  switch (state) {
    case 'done_on_time':
    case 'done_late':
    case 'paused':
    case 'not_carried_out':
      return state
    case 'overdue':
      return 'open_overdue'
    case 'not_started':
    case 'in_progress':
    case 'due_soon':
      return 'open_in_time'
  }
}

/**
 * The totals of the Government's form, with paused and not-carried-out tasks set apart:
 * total = done + open + paused + notCarriedOut, done = doneOnTime + doneLate,
 * open = openInTime + openOverdue. A paused task waits for its adjusting document and a task
 * not carried out was decided so with a reason; counting either as "chưa hoàn thành — quá hạn"
 * would blame the lead unit for a decision of the plan owner, and counting it as done would
 * overstate the results, so the line lists them after the form's two groups.
 */
export type TaskTotals = {
  total: number
  done: number
  doneOnTime: number
  doneLate: number
  open: number
  openInTime: number
  openOverdue: number
  paused: number
  notCarriedOut: number
}

export const taskTotals = (states: readonly TaskState[]): TaskTotals => {
  const count = (c: GovernmentClass) => states.filter((s) => governmentClassOf(s) === c).length
  const doneOnTime = count('done_on_time')
  const doneLate = count('done_late')
  const openInTime = count('open_in_time')
  const openOverdue = count('open_overdue')

  return {
    total: states.length,
    done: doneOnTime + doneLate,
    doneOnTime,
    doneLate,
    open: openInTime + openOverdue,
    openInTime,
    openOverdue,
    paused: count('paused'),
    notCarriedOut: count('not_carried_out'),
  }
}

/**
 * The line of the Government's form (DOMAIN.md §8.2 example): "21.914 nhiệm vụ; hoàn thành
 * 16.051 (đúng hạn 14.068, quá hạn 1.983); chưa hoàn thành 5.863 (trong hạn 5.640, quá hạn 223)",
 * numbers written the Vietnamese way, then "; tạm dừng, điều chỉnh P; không thực hiện Q" for
 * whichever of the two is not zero.
 */
export const taskTotalsText = (totals: TaskTotals): string => {
  const n = formatNumber
  const parts = [
    `${n(totals.total)} nhiệm vụ`,
    `hoàn thành ${n(totals.done)} (đúng hạn ${n(totals.doneOnTime)}, quá hạn ${n(totals.doneLate)})`,
    `chưa hoàn thành ${n(totals.open)} (trong hạn ${n(totals.openInTime)}, quá hạn ${n(totals.openOverdue)})`,
  ]
  if (totals.paused > 0) parts.push(`tạm dừng, điều chỉnh ${n(totals.paused)}`)
  if (totals.notCarriedOut > 0) parts.push(`không thực hiện ${n(totals.notCarriedOut)}`)

  return parts.join('; ')
}

const SET_APART: readonly TaskState[] = ['paused', 'not_carried_out']
const DONE: readonly TaskState[] = ['done_on_time', 'done_late']

/**
 * One state for a recurring task from its occurrences' states (each derived by deriveTaskState
 * with the occurrence's due day), for "my tasks" and a per-task review line:
 *   any occurrence overdue            overdue (one missed report is the task's delay)
 *   else any still open               the state of the first open one (its current occurrence)
 *   else all done                     done_late if any was late, else done_on_time
 * Paused and not-carried-out occurrences are left aside, unless all are: then not_carried_out if
 * any was, else paused. No occurrences (none in scope yet): not_started. The Government's totals
 * can count either the tasks (with this state) or the occurrences (taskTotals of their states).
 */
export const recurringTaskState = (occurrenceStates: readonly TaskState[]): TaskState => {
  const active = occurrenceStates.filter((s) => !SET_APART.includes(s))
  if (active.length === 0) {
    if (occurrenceStates.length === 0) return 'not_started'
    return occurrenceStates.includes('not_carried_out') ? 'not_carried_out' : 'paused'
  }
  if (active.includes('overdue')) return 'overdue'
  const open = active.find((s) => !DONE.includes(s))
  if (open !== undefined) return open

  return active.includes('done_late') ? 'done_late' : 'done_on_time'
}
