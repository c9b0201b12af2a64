import { describe, expect, it } from 'vitest'
import { indicatorByCode } from '@/domain/indicators/index.ts'
import {
  checkCascade,
  deriveTaskState,
  occurrencesInStatisticsYear,
  recurringTaskState,
  type CascadeTarget,
  type TaskState,
} from '@/domain/plan/index.ts'
import { generateDemoOrganisation } from './organisation.ts'
import { demoPlanYear, generateDemoPlans, type DemoPlanTask, type DemoProgress } from './plan.ts'

const organisation = generateDemoOrganisation({ seed: 2025, scale: 1 })

/** The state of a task on `today` as the plan's views derive it (plan-views.ts): per occurrence, from its newest report. */
const stateOf = (task: DemoPlanTask, year: number, today: string): TaskState => {
  const stateAt = (due: string, reports: DemoProgress[]) => {
    const report = reports.at(-1)
    return deriveTaskState(
      {
        deadline: due,
        started: report !== undefined,
        completedOn: report?.appraisal === 'not_passed' ? null : (report?.completedOn ?? null),
        paused: report?.paused ?? false,
        notCarriedOut: false,
      },
      today,
    )
  }
  if (task.recurrence === 'once') return stateAt(task.deadline!, task.progress)
  const occurrences = occurrencesInStatisticsYear({ recurrence: task.recurrence, dayOfMonth: task.dueDay }, year)
  return recurringTaskState(
    occurrences.map((o) =>
      stateAt(
        o.due,
        task.progress.filter((p) => p.occurrenceDue === o.due),
      ),
    ),
  )
}

const tally = (states: TaskState[]) => {
  const out: Partial<Record<TaskState, number>> = {}
  for (const s of states) out[s] = (out[s] ?? 0) + 1
  return out
}

describe('demoPlanYear', () => {
  it('is the statistics year holding today − 45 days: the year just ended until mid-January', () => {
    // 04/12/2026 − 45 days = 20/10/2026, in the statistics year 01/12/2025–30/11/2026.
    expect(demoPlanYear('2026-12-04')).toBe(2026)
    // 14/01/2027 − 45 = 30/11/2026 (still 2026); 15/01/2027 − 45 = 01/12/2026 (2027 begins).
    expect(demoPlanYear('2027-01-14')).toBe(2026)
    expect(demoPlanYear('2027-01-15')).toBe(2027)
    expect(demoPlanYear('2026-07-15')).toBe(2026)
  })
})

describe('generateDemoPlans', () => {
  const plans = generateDemoPlans({ seed: 2025, organisation, today: '2026-12-04' })

  it('is the province annual plan 01/KH-VKS of 04/01, approved by the Ủy ban kiểm sát, with ten tasks', () => {
    const { province } = plans
    expect(plans.year).toBe(2026)
    expect(province).toMatchObject({
      unitCode: 'CT',
      kind: 'annual',
      status: 'issued',
      issuedOn: '2026-01-04',
      approver: 'procuracy_committee',
      signerPrefix: 'KT. VIỆN TRƯỞNG',
      signerTitle: 'PHÓ VIỆN TRƯỞNG',
    })
    const signer = organisation.people.find((p) => p.fullName === province.signerName && p.unitCode === 'CT')
    expect(signer?.title).toBe('pho_vien_truong')
    expect(province.implementsDocuments).toContain('Chỉ thị số 01/CT-VKSTC ngày 12/12/2025')
    expect(province.tasks).toHaveLength(10)
    expect(province.tasks.filter((t) => t.recurrence !== 'once').map((t) => t.recurrence)).toEqual([
      'quarterly',
      'half_yearly',
    ])
  })

  it('assigns every task to staff of its lead unit, and binds targets to the catalogue or names a free one', () => {
    for (const task of plans.province.tasks) {
      expect(task.assignee?.unitCode).toBe(task.leadUnitCode)
      expect(task.responsible?.unitCode).toBe(task.leadUnitCode)
    }
    for (const t of plans.province.targets) {
      if (t.indicatorCode === null) expect(t.unitOfMeasure).not.toBe('')
      else expect(indicatorByCode(t.indicatorCode)).toBeDefined()
    }
    const free = plans.province.targets.find((t) => t.unitOfMeasure === 'phiên tòa')
    expect(free).toMatchObject({ indicatorCode: null, reportedValue: 6 })
  })

  it('gives on 04/12/2026 (the year ended) 4 done on time, 1 late, 2 overdue, 1 in progress, 1 due soon, 1 paused', () => {
    const states = plans.province.tasks.map((t) => stateOf(t, plans.year, '2026-12-04'))
    // Tasks 1–2 recurring, every occurrence reported on time; 3 and 6 done on time; 4 late;
    // 5 and 10 past their deadline; 7 due in 40 days; 8 in 5 (≤ 7); 9 paused.
    expect(states).toEqual([
      'done_on_time',
      'done_on_time',
      'done_on_time',
      'done_late',
      'overdue',
      'done_on_time',
      'in_progress',
      'due_soon',
      'paused',
      'overdue',
    ])
    const paused = plans.province.tasks[8]!.progress.at(-1)!
    expect(paused.pausedDocument).toMatch(/^Công văn số 15\/VKS-VP ngày \d\d\/\d\d\/2026/)
    expect(plans.province.tasks[2]!.progress.at(-1)!.appraisal).toBe('passed')
  })

  it('keeps the mix in mid-year, with the recurring tasks on their next occurrence', () => {
    const july = generateDemoPlans({ seed: 2025, organisation, today: '2026-07-15' })
    const states = july.province.tasks.map((t) => stateOf(t, july.year, '2026-07-15'))
    // Quarter III due 25/08 and the year-end occurrence 20/11 are not reported yet.
    expect(tally(states)).toEqual({
      not_started: 2,
      done_on_time: 2,
      done_late: 1,
      overdue: 2,
      in_progress: 1,
      due_soon: 1,
      paused: 1,
    })
    for (const task of july.province.tasks)
      for (const p of task.progress) expect(p.reportedOn <= '2026-07-15' && p.reportedOn >= '2026-01-04').toBe(true)
  })

  it('is deterministic', () => {
    expect(generateDemoPlans({ seed: 2025, organisation, today: '2026-12-04' })).toEqual(plans)
  })

  it('has four regional programmes; only KV8, left submitted, sets a target below the province (QĐ 515/2012)', () => {
    const asCascade = (t: { indicatorCode: string | null; comparison: never; value: number }, id: number) =>
      ({ id, indicatorCode: t.indicatorCode, comparison: t.comparison, value: t.value }) as CascadeTarget
    const indicatorOf = (code: string) => {
      const d = indicatorByCode(code)
      return d && { name: d.name, better: d.better, isRate: d.denominator !== null, unitOfCount: d.unitOfCount }
    }
    const superiorTasks = plans.province.tasks.map((_, i) => ({ id: 100 + i, planId: 1 }))
    const results = plans.programmes.map((p) => ({
      unitCode: p.unitCode,
      status: p.status,
      violations: checkCascade({
        lowerTargets: p.targets.map((t, i) => asCascade(t as never, 200 + i)),
        superiorTargets: plans.province.targets.map((t, i) => asCascade(t as never, i)),
        indicatorOf,
        implementsPlanId: 1,
        tasks: p.tasks.map((t, i) => ({ id: 300 + i, number: i + 1, implementsTaskId: 100 + t.superiorTask! })),
        linkedTasks: superiorTasks,
      }),
    }))
    expect(results.map((r) => [r.unitCode, r.status, r.violations.length])).toEqual([
      ['CT.KV6', 'issued', 0],
      ['CT.KV7', 'issued', 0],
      ['CT.KV8', 'submitted', 1],
      ['CT.KV9', 'issued', 0],
    ])
    // > 85% against the province's > 90% (target 0 of the province, TIN_BAO_GIAI_QUYET).
    expect(results[2]!.violations[0]).toMatchObject({
      kind: 'target_weaker',
      indicatorCode: 'TIN_BAO_GIAI_QUYET',
      lowerValue: 85,
      superiorValue: 90,
      superiorTargetId: 0,
    })
  })
})
