// What a plan's reader sees of its content: each task with its state as of today, each target
// with its value, pace, forecast and health — derived here from the stored rows by the plan's
// domain rules (src/domain/plan), never stored, so they are right every day without a job.
import {
  deriveTaskState,
  occurrencesInStatisticsYear,
  targetPace,
  taskTotals,
  taskTotalsText,
  TASK_RECURRENCE_LABELS,
  type Occurrence,
  type TaskState,
} from '@/domain/plan/index.ts'
import { indicatorByCode, targetText } from '@/domain/indicators/index.ts'
import { formatViDate } from '@/domain/calendar/index.ts'
import { formatNumber } from '@/domain/vocabulary/numbers.ts'
import type { PlanDetail, TargetView, TaskView } from '@/shared/api/plan.ts'
import type { RequestContext } from '../../platform/actor.ts'
import type { TargetMeasure } from './plan-measure.ts'
import type { PlanRow, ProgressRow, TargetRow, TaskRow } from './plan.repository.ts'

export type PlanContent = {
  targets: TargetRow[]
  tasks: TaskRow[]
  progress: ProgressRow[]
  names: Map<number, string>
}

const unitName = (ctx: RequestContext, id: number) => ctx.tree.byId.get(id)?.name ?? ''

/** The newest report on a task (or on one occurrence of it): the task's state follows it. */
const latestReport = (reports: ProgressRow[], occurrenceDue: string | null) =>
  reports.filter((r) => (r.occurrenceDue ?? null) === occurrenceDue).at(-1)

/**
 * A reported completion counts from the day it was reported, unless the plan owner appraised it
 * "chưa đạt": then the task is open again until a new completion is reported.
 */
const stateOf = (plan: PlanRow, today: string, due: string, report: ProgressRow | undefined): TaskState =>
  deriveTaskState(
    {
      deadline: due,
      started: report !== undefined,
      completedOn: report?.appraisal === 'not_passed' ? null : (report?.completedOn ?? null),
      paused: report?.paused ?? false,
      notCarriedOut: Boolean(report?.notCarriedOutReason),
    },
    today,
    plan.dueSoonDays,
  )

/** The occurrence now in question: the first not completed, or the last once all are. */
const openOccurrence = (occurrences: readonly Occurrence[], completed: (due: string) => boolean): Occurrence =>
  occurrences.find((o) => !completed(o.due)) ?? occurrences.at(-1)!

const occurrencesOf = (plan: PlanRow, task: TaskRow): Occurrence[] =>
  occurrencesInStatisticsYear(
    task.recurrence === 'once'
      ? { recurrence: 'once', deadline: task.deadline! }
      : { recurrence: task.recurrence, dayOfMonth: task.dueDay },
    plan.year,
  )

const taskView = (ctx: RequestContext, plan: PlanRow, task: TaskRow, content: PlanContent): TaskView => {
  // What was reported by the day the view is of (a review reads the plan on its period's last day).
  const reports = content.progress.filter((p) => p.taskLineageId === task.lineageId && p.reportedOn <= ctx.today)
  // A recurring task is judged on its occurrence now in question: the first one not completed.
  const occurrence = (due: string) => (task.recurrence === 'once' ? null : due)
  const open = openOccurrence(occurrencesOf(plan, task), (due) => {
    const latest = latestReport(reports, occurrence(due))
    return Boolean(latest?.completedOn) && latest?.appraisal !== 'not_passed'
  })
  const report = latestReport(reports, occurrence(open.due))
  const newest = reports.at(-1)

  return {
    id: task.id,
    planId: task.planId,
    position: task.position,
    title: task.title,
    workStream: task.workStream,
    leadUnitId: task.leadUnitId,
    leadUnitName: unitName(ctx, task.leadUnitId),
    supportingUnitIds: task.supportingUnitIds,
    supportingUnitNames: task.supportingUnitIds.map((id) => unitName(ctx, id)),
    responsiblePersonId: task.responsiblePersonId,
    assigneeId: task.assigneeId,
    assigneeName: task.assigneeId ? (content.names.get(task.assigneeId) ?? null) : null,
    deadline: task.deadline,
    recurrence: task.recurrence,
    dueDay: task.dueDay,
    deadlineText:
      task.recurrence === 'once'
        ? formatViDate(task.deadline!)
        : `${TASK_RECURRENCE_LABELS[task.recurrence]} (kỳ này: ${open.label}, hạn ${formatViDate(open.due)})`,
    dueOn: open.due,
    product: task.product,
    targetIds: content.targets.filter((t) => task.targetLineageIds.includes(t.lineageId!)).map((t) => t.id),
    superiorTaskId: task.superiorTaskId,
    state: stateOf(plan, ctx.today, open.due, report),
    percent: report?.percent ?? newest?.percent ?? null,
    appraisal: report?.appraisal ?? null,
    progress: reports.map((r) => ({
      id: r.id,
      occurrenceDue: r.occurrenceDue,
      reportedOn: r.reportedOn,
      note: r.note,
      percent: r.percent,
      evidence: r.evidence,
      completedOn: r.completedOn,
      paused: r.paused,
      pausedDocument: r.pausedDocument,
      notCarriedOutReason: r.notCarriedOutReason,
      appraisal: r.appraisal,
      appraisalNote: r.appraisalNote,
      reportedByName: content.names.get(r.reportedBy) ?? '',
    })),
  }
}

const targetView = async (
  ctx: RequestContext,
  plan: PlanRow,
  target: TargetRow,
  measure: TargetMeasure,
): Promise<TargetView> => {
  const definition = target.indicatorCode ? indicatorByCode(target.indicatorCode) : undefined
  const isRate = definition ? definition.denominator !== null : false
  const base = {
    id: target.id,
    position: target.position,
    indicatorCode: target.indicatorCode,
    name: target.name,
    comparison: target.comparison,
    value: target.value,
    requirement: `${targetText(target, isRate)}${!definition && target.unitOfMeasure ? ` ${target.unitOfMeasure}` : ''}`,
    scopeUnitId: target.scopeUnitId,
    scopeUnitName: unitName(ctx, target.scopeUnitId),
    unitOfMeasure: target.unitOfMeasure,
    reportedEvidence: target.reportedEvidence,
  }
  const series = definition ? await measure(definition.code, target.scopeUnitId, plan.year) : null
  // Year to date: the cumulative point of the month holding today (the last one once the year is over).
  const current = series ? (series.months.find((m) => m.to >= ctx.today) ?? series.months.at(-1)) : undefined
  const counts = (f: { numerator: number; denominator: number | null }) => ({
    numerator: f.numerator,
    denominator: f.denominator,
  })
  // A free target is measured by the value its lead unit reported, at the pace of the year elapsed.
  const toDate = definition
    ? current
      ? counts(current.current)
      : null
    : target.reportedValue === null
      ? null
      : { numerator: target.reportedValue, denominator: null }
  const pace =
    toDate === null
      ? null
      : targetPace({
          indicator: definition
            ? { better: definition.better, isRate, unitOfCount: definition.unitOfCount }
            : { better: 'higher', isRate: false, unitOfCount: 'matter' },
          target: { comparison: target.comparison, value: target.value },
          year: plan.year,
          today: ctx.today,
          toDate,
          lastYear: series ? series.months.map((m) => counts(m.lastYear)) : null,
        })
  const actualText =
    definition && series === null
      ? 'Ngoài phạm vi xem số liệu của bạn'
      : pace?.actual === null || pace === null
        ? 'Chưa có số liệu'
        : `${formatNumber(Math.round(pace.actual * 10) / 10)}${isRate ? '%' : target.unitOfMeasure ? ` ${target.unitOfMeasure}` : ''}`
  return {
    ...base,
    actual: pace?.actual ?? null,
    actualText,
    expectedByToday: pace?.expected ?? null,
    forecast: pace?.forecast?.value ?? null,
    health: pace?.health ?? 'no_data',
    paceText: pace?.paceText ?? null,
    forecastText: pace?.text ?? null,
  }
}

export const planViews = async (
  ctx: RequestContext,
  plan: PlanRow,
  content: PlanContent,
  measure: TargetMeasure,
): Promise<Pick<PlanDetail, 'targets' | 'tasks' | 'totalsLine'>> => {
  const tasks = content.tasks.map((task) => taskView(ctx, plan, task, content))
  const targets = []
  for (const target of content.targets) targets.push(await targetView(ctx, plan, target, measure))
  return { targets, tasks, totalsLine: taskTotalsText(taskTotals(tasks.map((t) => t.state))) }
}
