// The cascade of plans (DOMAIN.md §8.2, QĐ 515/QĐ-VKSTC of 14/9/2012 as reported [news]): a lower
// level's plan follows the upper level's directive and plan, and "a lower unit's targets may not
// be lower than the upper level's". Issue 13 item 3 draws the two checks the plan runs before it
// is issued (plan-lifecycle.ts refuses the issue while any is open):
//
// 1. Targets. For every target of the lower plan bound to an indicator that a target of the
//    superior plan is bound to as well, the lower target may not be weaker:
//      better 'higher', comparison '>', '>=' or '=': the target is a floor. A lower floor is
//        weaker (85% against 90%), and so is the same value without the strictness ('≥ 90%'
//        against '> 90%'). '=' counts as '≥' here, as compare.ts reads "Bằng 100%" for an
//        indicator where higher is better (anything at or above it is met);
//      better 'lower', comparison '<', '<=' or '=': the target is a ceiling; a higher ceiling is
//        weaker, likewise with strictness.
//    Targets that are no floor (or no ceiling) on their indicator's better side, targets without
//    a value, and the comparisons with last year are not compared: QĐ 515 speaks of values, and a
//    lower unit's "last year" is its own. A superior target missing from the lower plan is not a
//    violation (the rule is about the lower unit's targets).
// 2. Task links. A lower plan's task may name the superior task it carries out (issue 13 item 3);
//    that task must belong to the superior plan the lower plan implements.
import type { TargetComparison } from '@/domain/indicators/index.ts'
import { formatQuantity, targetText, type TargetIndicator } from '@/domain/indicators/index.ts'
import { formatNumber } from '@/domain/vocabulary/numbers.ts'

/** A plan's target as the cascade reads it; `indicatorCode` null for a free target. */
export type CascadeTarget = {
  id: number
  indicatorCode: string | null
  comparison: TargetComparison
  value: number | null
}

/** What the cascade needs of an indicator: its name and which side is better (definition.ts). */
export type CascadeIndicator = TargetIndicator & { name: string }

export type TargetCascadeViolation = {
  kind: 'target_weaker'
  /** The lower plan's target, and the superior's it is weaker than. */
  targetId: number
  superiorTargetId: number
  indicatorCode: string
  lowerValue: number
  superiorValue: number
  message: string
}

export type TaskLinkViolationKind = 'task_link_without_superior_plan' | 'task_link_unknown' | 'task_link_other_plan'

export type TaskLinkViolation = {
  kind: TaskLinkViolationKind
  taskId: number
  linkedTaskId: number
  message: string
}

export type CascadeViolation = TargetCascadeViolation | TaskLinkViolation

type Bound = { side: 'floor' | 'ceiling'; value: number; strict: boolean }

const boundOf = (target: CascadeTarget, better: 'higher' | 'lower'): Bound | null => {
  if (target.value === null) return null
  const { comparison, value } = target
  if (better === 'higher' && (comparison === '>' || comparison === '>=' || comparison === '='))
    return { side: 'floor', value, strict: comparison === '>' }
  if (better === 'lower' && (comparison === '<' || comparison === '<=' || comparison === '='))
    return { side: 'ceiling', value, strict: comparison === '<' }

  return null
}

/** Is `lower` weaker than `superior`? Both bounds are on the same side. */
const isWeaker = (lower: Bound, superior: Bound): boolean => {
  if (lower.value === superior.value) return superior.strict && !lower.strict

  return lower.side === 'floor' ? lower.value < superior.value : lower.value > superior.value
}

const valueText = (value: number, indicator: CascadeIndicator): string =>
  indicator.isRate ? `${formatNumber(value)}%` : formatQuantity(value, indicator.unitOfCount)

/** Both targets have a value here (boundOf gave a bound for each). */
const targetMessage = (indicator: CascadeIndicator, lower: CascadeTarget, superior: CascadeTarget): string => {
  const subject = `Chỉ tiêu “${indicator.name}” của đơn vị`
  if (lower.value === null || superior.value === null || lower.value === superior.value) {
    return `${subject} (${targetText(lower, indicator.isRate)}) thấp hơn chỉ tiêu của cấp trên (${targetText(superior, indicator.isRate)})`
  }
  const lowerText = valueText(lower.value, indicator)
  const superiorText = valueText(superior.value, indicator)
  if (indicator.better === 'higher') return `${subject} (${lowerText}) thấp hơn chỉ tiêu của cấp trên (${superiorText})`

  return `${subject} (${lowerText}) cao hơn chỉ tiêu của cấp trên (${superiorText}), trong khi chỉ tiêu này càng thấp càng tốt`
}

/**
 * Every target of the lower plan weaker than a target of the superior plan bound to the same
 * indicator (QĐ 515/2012, DOMAIN.md §8.2), in the lower plan's order. `indicatorOf` gives the
 * catalogue's indicator for a code; an unknown code is skipped (the plan's validation reports it).
 */
export const checkTargetCascade = (
  lowerTargets: readonly CascadeTarget[],
  superiorTargets: readonly CascadeTarget[],
  indicatorOf: (code: string) => CascadeIndicator | undefined,
): TargetCascadeViolation[] =>
  lowerTargets.flatMap((lower) => {
    if (lower.indicatorCode === null || lower.value === null) return []
    const code = lower.indicatorCode
    const indicator = indicatorOf(code)
    if (!indicator) return []
    const lowerBound = boundOf(lower, indicator.better)
    if (!lowerBound) return []

    return superiorTargets.flatMap((superior): TargetCascadeViolation[] => {
      if (superior.indicatorCode !== code || superior.value === null) return []
      const superiorBound = boundOf(superior, indicator.better)
      if (!superiorBound || !isWeaker(lowerBound, superiorBound)) return []

      return [
        {
          kind: 'target_weaker',
          targetId: lower.id,
          superiorTargetId: superior.id,
          indicatorCode: code,
          lowerValue: lowerBound.value,
          superiorValue: superiorBound.value,
          message: targetMessage(indicator, lower, superior),
        },
      ]
    })
  })

/** A lower plan's task with the superior task it says it carries out (null: none). */
export type LinkingTask = { id: number; number: number; implementsTaskId: number | null }

/** A task of some plan, as found by the id a lower task links to. */
export type LinkedTask = { id: number; planId: number }

/**
 * Every task of the lower plan whose link does not lead into the superior plan it implements
 * (issue 13 item 3): a link while the plan implements no plan, a link to a task that does not
 * exist, or to a task of another plan. `linkedTasks` are the tasks the links name, as found.
 */
export const checkTaskLinks = (
  implementsPlanId: number | null,
  tasks: readonly LinkingTask[],
  linkedTasks: readonly LinkedTask[],
): TaskLinkViolation[] => {
  const byId = new Map(linkedTasks.map((task) => [task.id, task]))

  return tasks.flatMap((task): TaskLinkViolation[] => {
    const linkedTaskId = task.implementsTaskId
    if (linkedTaskId === null) return []
    const base = { taskId: task.id, linkedTaskId }
    const subject = `Nhiệm vụ ${task.number}`
    if (implementsPlanId === null) {
      return [
        {
          ...base,
          kind: 'task_link_without_superior_plan',
          message: `${subject} gắn với nhiệm vụ của cấp trên nhưng kế hoạch chưa ghi kế hoạch cấp trên mà nó thực hiện`,
        },
      ]
    }
    const linked = byId.get(linkedTaskId)
    if (!linked)
      return [
        { ...base, kind: 'task_link_unknown', message: `${subject} gắn với một nhiệm vụ của cấp trên không tồn tại` },
      ]
    if (linked.planId !== implementsPlanId) {
      return [
        {
          ...base,
          kind: 'task_link_other_plan',
          message: `${subject} gắn với một nhiệm vụ không thuộc kế hoạch cấp trên mà kế hoạch này thực hiện`,
        },
      ]
    }

    return []
  })
}

export type CascadeInput = {
  lowerTargets: readonly CascadeTarget[]
  superiorTargets: readonly CascadeTarget[]
  indicatorOf: (code: string) => CascadeIndicator | undefined
  implementsPlanId: number | null
  tasks: readonly LinkingTask[]
  linkedTasks: readonly LinkedTask[]
}

/** Both checks: the targets' violations first, then the tasks' links. */
export const checkCascade = (input: CascadeInput): CascadeViolation[] => [
  ...checkTargetCascade(input.lowerTargets, input.superiorTargets, input.indicatorOf),
  ...checkTaskLinks(input.implementsPlanId, input.tasks, input.linkedTasks),
]
