import { describe, expect, it } from 'vitest'
import {
  deriveTaskState,
  governmentClassOf,
  recurringTaskState,
  taskTotals,
  taskTotalsText,
  type TaskFacts,
  type TaskTotals,
} from './task-state.ts'
import { TASK_STATES, type TaskState } from './vocabulary.ts'

// Deadline 30/06/2026 throughout.
const task = (over: Partial<TaskFacts> = {}): TaskFacts => ({
  deadline: '2026-06-30',
  started: false,
  completedOn: null,
  paused: false,
  notCarriedOut: false,
  ...over,
})

describe('a task’s state (QĐ 42/2014/QĐ-TTg, extended as issue 13 item 4 asks)', () => {
  it('open and in time: not started, or started', () => {
    // 01/06 → 30/06 is 29 days left, more than 7.
    expect(deriveTaskState(task(), '2026-06-01')).toBe('not_started')
    expect(deriveTaskState(task({ started: true }), '2026-06-01')).toBe('in_progress')
  })

  it('due soon within N days (default 7), the deadline day included, started or not', () => {
    // 22/06 → 30/06: 8 days left, not yet; 23/06: 7 days left, due soon; 30/06: 0 days left.
    expect(deriveTaskState(task({ started: true }), '2026-06-22')).toBe('in_progress')
    expect(deriveTaskState(task({ started: true }), '2026-06-23')).toBe('due_soon')
    expect(deriveTaskState(task(), '2026-06-23')).toBe('due_soon')
    expect(deriveTaskState(task(), '2026-06-30')).toBe('due_soon')
  })

  it('the window is a setting: 3 days makes 23/06 in progress and 27/06 due soon; 0 makes only the day itself', () => {
    expect(deriveTaskState(task({ started: true }), '2026-06-23', 3)).toBe('in_progress')
    expect(deriveTaskState(task({ started: true }), '2026-06-27', 3)).toBe('due_soon')
    expect(deriveTaskState(task({ started: true }), '2026-06-29', 0)).toBe('in_progress')
    expect(deriveTaskState(task({ started: true }), '2026-06-30', 0)).toBe('due_soon')
  })

  it('a window that is not a whole number of days ≥ 0 is refused', () => {
    expect(() => deriveTaskState(task(), '2026-06-01', -1)).toThrow(
      expect.objectContaining({ code: 'PLAN_INVALID_SETTING' }),
    )
    expect(() => deriveTaskState(task(), '2026-06-01', 2.5)).toThrow(
      'Số ngày cảnh báo sắp đến hạn phải là số nguyên không âm',
    )
  })

  it('overdue from the day after the deadline', () => {
    expect(deriveTaskState(task({ started: true }), '2026-07-01')).toBe('overdue')
    expect(deriveTaskState(task(), '2026-12-01')).toBe('overdue')
  })

  it('done on time if completed on or before the deadline, late after it, whatever today is', () => {
    expect(deriveTaskState(task({ completedOn: '2026-06-30' }), '2026-07-15')).toBe('done_on_time')
    expect(deriveTaskState(task({ completedOn: '2026-05-02' }), '2026-05-03')).toBe('done_on_time')
    expect(deriveTaskState(task({ completedOn: '2026-07-01' }), '2026-07-15')).toBe('done_late')
  })

  it('as of a day before the completion the task was not yet done (a review frozen at 31/05)', () => {
    // Completed 10/06, deadline 30/06: as of 31/05 it had 30 days left and was in progress;
    // as of 10/06 it is done on time. Completed 05/07: as of 01/07 it was overdue.
    expect(deriveTaskState(task({ started: true, completedOn: '2026-06-10' }), '2026-05-31')).toBe('in_progress')
    expect(deriveTaskState(task({ started: true, completedOn: '2026-06-10' }), '2026-06-10')).toBe('done_on_time')
    expect(deriveTaskState(task({ started: true, completedOn: '2026-07-05' }), '2026-07-01')).toBe('overdue')
  })

  it('paused and not carried out stand apart from the deadline; a completion outranks them', () => {
    expect(deriveTaskState(task({ paused: true }), '2026-08-01')).toBe('paused')
    expect(deriveTaskState(task({ notCarriedOut: true }), '2026-08-01')).toBe('not_carried_out')
    expect(deriveTaskState(task({ notCarriedOut: true, paused: true }), '2026-08-01')).toBe('not_carried_out')
    expect(deriveTaskState(task({ paused: true, completedOn: '2026-06-10' }), '2026-08-01')).toBe('done_on_time')
  })
})

describe('the Government’s totals line (QĐ 42/2014/QĐ-TTg, DOMAIN.md §8.2)', () => {
  it('each state falls in one class of the form', () => {
    expect(Object.fromEntries(TASK_STATES.map((s) => [s, governmentClassOf(s)]))).toEqual({
      not_started: 'open_in_time',
      in_progress: 'open_in_time',
      due_soon: 'open_in_time',
      overdue: 'open_overdue',
      done_on_time: 'done_on_time',
      done_late: 'done_late',
      paused: 'paused',
      not_carried_out: 'not_carried_out',
    })
  })

  it('the DOMAIN example, written the Vietnamese way', () => {
    // 16.051 = 14.068 + 1.983; 5.863 = 5.640 + 223; 21.914 = 16.051 + 5.863.
    const totals: TaskTotals = {
      total: 21914,
      done: 16051,
      doneOnTime: 14068,
      doneLate: 1983,
      open: 5863,
      openInTime: 5640,
      openOverdue: 223,
      paused: 0,
      notCarriedOut: 0,
    }
    expect(taskTotalsText(totals)).toBe(
      '21.914 nhiệm vụ; hoàn thành 16.051 (đúng hạn 14.068, quá hạn 1.983); chưa hoàn thành 5.863 (trong hạn 5.640, quá hạn 223)',
    )
  })

  it('counts states into the form, paused and not carried out set apart and listed after', () => {
    const states: TaskState[] = [
      'done_on_time',
      'done_on_time',
      'done_on_time',
      'done_late',
      'not_started',
      'in_progress',
      'due_soon',
      'overdue',
      'overdue',
      'paused',
      'not_carried_out',
    ]
    // Done 3 + 1 = 4; open in time 3 (not started, in progress, due soon), overdue 2 → 5;
    // paused 1, not carried out 1; total 4 + 5 + 1 + 1 = 11.
    const totals = taskTotals(states)
    expect(totals).toEqual({
      total: 11,
      done: 4,
      doneOnTime: 3,
      doneLate: 1,
      open: 5,
      openInTime: 3,
      openOverdue: 2,
      paused: 1,
      notCarriedOut: 1,
    })
    expect(taskTotalsText(totals)).toBe(
      '11 nhiệm vụ; hoàn thành 4 (đúng hạn 3, quá hạn 1); chưa hoàn thành 5 (trong hạn 3, quá hạn 2); tạm dừng, điều chỉnh 1; không thực hiện 1',
    )
  })

  it('no tasks: zeros throughout', () => {
    expect(taskTotalsText(taskTotals([]))).toBe(
      '0 nhiệm vụ; hoàn thành 0 (đúng hạn 0, quá hạn 0); chưa hoàn thành 0 (trong hạn 0, quá hạn 0)',
    )
  })
})

describe('a recurring task’s one state from its occurrences', () => {
  it('any occurrence overdue makes the task overdue', () => {
    expect(recurringTaskState(['done_on_time', 'overdue', 'not_started'])).toBe('overdue')
  })

  it('otherwise the first open occurrence says it', () => {
    expect(recurringTaskState(['done_on_time', 'done_late', 'due_soon', 'not_started'])).toBe('due_soon')
    expect(recurringTaskState(['done_on_time', 'in_progress'])).toBe('in_progress')
  })

  it('all done: late if any was late', () => {
    expect(recurringTaskState(['done_on_time', 'done_on_time'])).toBe('done_on_time')
    expect(recurringTaskState(['done_on_time', 'done_late'])).toBe('done_late')
  })

  it('paused and not-carried-out occurrences are left aside unless all are', () => {
    expect(recurringTaskState(['paused', 'done_on_time'])).toBe('done_on_time')
    expect(recurringTaskState(['paused', 'paused'])).toBe('paused')
    expect(recurringTaskState(['paused', 'not_carried_out'])).toBe('not_carried_out')
    expect(recurringTaskState([])).toBe('not_started')
  })
})
