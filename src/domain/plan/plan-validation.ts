// What a plan's content must hold (issue 13 item 2; DOMAIN.md §8.2, the usual outline and the
// provincial trackers' "5 rõ": clear person, task, time, responsibility, product [news]):
//
//   a key task   a title; a lead unit (đơn vị chủ trì), which is not also among its supporting
//                units; a deadline (one valid date) or a recurrence (hằng tháng, hằng quý,
//                6 tháng, with a day of the month 1–31 or none); an expected product (sản phẩm)
//   a target     either bound to an indicator of the catalogue, with a comparison and a value
//                (no value for the comparisons with last year), or free: a name, its unit of
//                measure, and a comparison with a value (a free target has no register, so no
//                "same time last year" to compare with). A value is a finite number ≥ 0.
//
// Pure; returns every problem with the field it concerns, and the server turns a non-empty list
// into one 422 answer that changes nothing.
import { isIsoDate, type IsoDate } from '@/domain/calendar/index.ts'
import { TARGET_COMPARISONS, type TargetComparison } from '@/domain/indicators/index.ts'
import { TASK_RECURRENCES, type TaskRecurrence } from './vocabulary.ts'

export type PlanProblemCode =
  | 'PLAN_FIELD_REQUIRED'
  | 'PLAN_FIELD_INVALID'
  | 'PLAN_INDICATOR_UNKNOWN'
  | 'PLAN_LEAD_ALSO_SUPPORTING'

/** `path` names the input field: 'tasks.0.leadUnitId', 'targets.2.value'… */
export type PlanProblem = { code: PlanProblemCode; path: string; message: string }

export type TaskDraft = {
  title: string
  leadUnitId: number | null
  supportingUnitIds: readonly number[]
  recurrence: TaskRecurrence
  /** The deadline of a one-off task; ignored for a recurring one. */
  deadline: IsoDate | null
  /** The due day of a recurring task's occurrences (recurrence.ts); null: the period's last day. */
  dayOfMonth: number | null
  product: string | null
}

export type TargetDraft = {
  /** The target's wording; required for a free target (a bound one reads the indicator's name). */
  name: string | null
  /** The catalogue's code, or null for a free target. */
  indicatorCode: string | null
  comparison: TargetComparison | null
  value: number | null
  /** A free target's unit of measure ('phiên tòa', 'báo cáo', '%'…). */
  unitOfMeasure: string | null
}

export type PlanContentDraft = { tasks: readonly TaskDraft[]; targets: readonly TargetDraft[] }

const blank = (text: string | null): boolean => text === null || text.trim() === ''

const LAST_YEAR_COMPARISONS: readonly TargetComparison[] = ['higher_than_last_year', 'lower_than_last_year']

const taskProblems = (task: TaskDraft, i: number): PlanProblem[] => {
  const at = (field: string) => `tasks.${i}.${field}`
  const found: PlanProblem[] = []
  if (blank(task.title))
    found.push({ code: 'PLAN_FIELD_REQUIRED', path: at('title'), message: 'Chưa ghi nội dung nhiệm vụ' })
  if (task.leadUnitId === null)
    found.push({ code: 'PLAN_FIELD_REQUIRED', path: at('leadUnitId'), message: 'Chưa ghi đơn vị chủ trì' })
  else if (task.supportingUnitIds.includes(task.leadUnitId)) {
    found.push({
      code: 'PLAN_LEAD_ALSO_SUPPORTING',
      path: at('supportingUnitIds'),
      message: 'Đơn vị chủ trì không đồng thời là đơn vị phối hợp',
    })
  }
  if (!TASK_RECURRENCES.includes(task.recurrence)) {
    found.push({ code: 'PLAN_FIELD_INVALID', path: at('recurrence'), message: 'Chọn một giá trị trong danh sách' })
  } else if (task.recurrence === 'once') {
    if (task.deadline === null)
      found.push({
        code: 'PLAN_FIELD_REQUIRED',
        path: at('deadline'),
        message: 'Chưa ghi thời hạn hoàn thành (một ngày, hoặc chọn hằng tháng, hằng quý, 6 tháng)',
      })
    else if (!isIsoDate(task.deadline))
      found.push({ code: 'PLAN_FIELD_INVALID', path: at('deadline'), message: 'Ngày không hợp lệ' })
  } else if (
    task.dayOfMonth !== null &&
    (!Number.isInteger(task.dayOfMonth) || task.dayOfMonth < 1 || task.dayOfMonth > 31)
  ) {
    found.push({
      code: 'PLAN_FIELD_INVALID',
      path: at('dayOfMonth'),
      message: 'Ngày đến hạn trong tháng phải từ 1 đến 31',
    })
  }
  if (blank(task.product))
    found.push({ code: 'PLAN_FIELD_REQUIRED', path: at('product'), message: 'Chưa ghi sản phẩm của nhiệm vụ' })

  return found
}

const valueProblems = (target: TargetDraft, at: (field: string) => string, lastYearAllowed: boolean): PlanProblem[] => {
  if (target.comparison === null || !TARGET_COMPARISONS.includes(target.comparison))
    return [{ code: 'PLAN_FIELD_REQUIRED', path: at('comparison'), message: 'Chưa chọn cách so sánh với chỉ tiêu' }]
  if (LAST_YEAR_COMPARISONS.includes(target.comparison)) {
    return lastYearAllowed
      ? []
      : [
          {
            code: 'PLAN_FIELD_INVALID',
            path: at('comparison'),
            message: 'Chỉ tiêu tự đặt không có số liệu cùng kỳ năm trước: ghi mức chỉ tiêu bằng con số',
          },
        ]
  }
  if (target.value === null)
    return [{ code: 'PLAN_FIELD_REQUIRED', path: at('value'), message: 'Chưa ghi mức chỉ tiêu' }]
  if (!Number.isFinite(target.value) || target.value < 0)
    return [{ code: 'PLAN_FIELD_INVALID', path: at('value'), message: 'Mức chỉ tiêu phải là một số không âm' }]

  return []
}

const targetProblems = (target: TargetDraft, i: number, indicatorExists: (code: string) => boolean): PlanProblem[] => {
  const at = (field: string) => `targets.${i}.${field}`
  if (target.indicatorCode !== null) {
    if (!indicatorExists(target.indicatorCode)) {
      return [
        {
          code: 'PLAN_INDICATOR_UNKNOWN',
          path: at('indicatorCode'),
          message: 'Chỉ tiêu nghiệp vụ này không có trong danh mục',
        },
      ]
    }
    return valueProblems(target, at, true)
  }
  const found: PlanProblem[] = []
  if (blank(target.name))
    found.push({ code: 'PLAN_FIELD_REQUIRED', path: at('name'), message: 'Chưa ghi nội dung chỉ tiêu' })
  if (blank(target.unitOfMeasure))
    found.push({ code: 'PLAN_FIELD_REQUIRED', path: at('unitOfMeasure'), message: 'Chưa ghi đơn vị tính của chỉ tiêu' })

  return [...found, ...valueProblems(target, at, false)]
}

/** Every problem of the content, tasks first then targets, each in its order. */
export const validatePlanContent = (
  content: PlanContentDraft,
  indicatorExists: (code: string) => boolean,
): PlanProblem[] => [
  ...content.tasks.flatMap((task, i) => taskProblems(task, i)),
  ...content.targets.flatMap((target, i) => targetProblems(target, i, indicatorExists)),
]
