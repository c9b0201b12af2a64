import { describe, expect, it } from 'vitest'
import { validatePlanContent, type TargetDraft, type TaskDraft } from './plan-validation.ts'

const task = (over: Partial<TaskDraft> = {}): TaskDraft => ({
  title: 'Nâng cao chất lượng tranh tụng tại phiên tòa',
  leadUnitId: 7,
  supportingUnitIds: [8, 9],
  recurrence: 'once',
  deadline: '2026-10-31',
  dayOfMonth: null,
  product: 'Báo cáo kết quả; 4 phiên tòa rút kinh nghiệm',
  ...over,
})
const bound = (over: Partial<TargetDraft> = {}): TargetDraft => ({
  name: null,
  indicatorCode: 'TIN_BAO_GIAI_QUYET',
  comparison: '>=',
  value: 90,
  unitOfMeasure: null,
  ...over,
})
const free = (over: Partial<TargetDraft> = {}): TargetDraft => ({
  name: 'Tổ chức phiên tòa rút kinh nghiệm',
  indicatorCode: null,
  comparison: '>=',
  value: 4,
  unitOfMeasure: 'phiên tòa',
  ...over,
})
const KNOWN = new Set(['TIN_BAO_GIAI_QUYET'])
const check = (tasks: TaskDraft[], targets: TargetDraft[] = []) =>
  validatePlanContent({ tasks, targets }, (code) => KNOWN.has(code))
const paths = (tasks: TaskDraft[], targets: TargetDraft[] = []) =>
  check(tasks, targets).map((p) => `${p.code} ${p.path}`)

describe('a key task: lead unit, deadline or recurrence, product (issue 13 item 2; "5 rõ", DOMAIN.md §8.2)', () => {
  it('a complete task, one-off or recurring, has no problem', () => {
    expect(check([task(), task({ recurrence: 'monthly', deadline: null, dayOfMonth: 25 })])).toEqual([])
    expect(check([task({ recurrence: 'half_yearly', deadline: null })])).toEqual([])
  })

  it('each missing part is one problem at its field, in Vietnamese', () => {
    expect(check([task({ leadUnitId: null, product: ' ', deadline: null, title: '' })])).toEqual([
      { code: 'PLAN_FIELD_REQUIRED', path: 'tasks.0.title', message: 'Chưa ghi nội dung nhiệm vụ' },
      { code: 'PLAN_FIELD_REQUIRED', path: 'tasks.0.leadUnitId', message: 'Chưa ghi đơn vị chủ trì' },
      {
        code: 'PLAN_FIELD_REQUIRED',
        path: 'tasks.0.deadline',
        message: 'Chưa ghi thời hạn hoàn thành (một ngày, hoặc chọn hằng tháng, hằng quý, 6 tháng)',
      },
      { code: 'PLAN_FIELD_REQUIRED', path: 'tasks.0.product', message: 'Chưa ghi sản phẩm của nhiệm vụ' },
    ])
  })

  it('a bad date, a bad day of the month, an unknown recurrence; the lead unit among the supporting ones', () => {
    expect(
      paths([
        task(),
        task({ deadline: '2026-02-30' }),
        task({ recurrence: 'quarterly', deadline: null, dayOfMonth: 32 }),
        task({ recurrence: 'weekly' as TaskDraft['recurrence'] }),
        task({ supportingUnitIds: [8, 7] }),
      ]),
    ).toEqual([
      'PLAN_FIELD_INVALID tasks.1.deadline',
      'PLAN_FIELD_INVALID tasks.2.dayOfMonth',
      'PLAN_FIELD_INVALID tasks.3.recurrence',
      'PLAN_LEAD_ALSO_SUPPORTING tasks.4.supportingUnitIds',
    ])
  })
})

describe('a target: bound to an indicator with a value, or free with its unit of measure', () => {
  it('complete bound and free targets, and a bound comparison with last year without a value, pass', () => {
    expect(check([], [bound(), free(), bound({ comparison: 'higher_than_last_year', value: null })])).toEqual([])
  })

  it('a bound target needs a known indicator, a comparison and a value ≥ 0', () => {
    expect(
      paths(
        [],
        [
          bound({ indicatorCode: 'KHONG_CO' }),
          bound({ comparison: null }),
          bound({ value: null }),
          bound({ value: -5 }),
          bound({ value: Number.NaN }),
        ],
      ),
    ).toEqual([
      'PLAN_INDICATOR_UNKNOWN targets.0.indicatorCode',
      'PLAN_FIELD_REQUIRED targets.1.comparison',
      'PLAN_FIELD_REQUIRED targets.2.value',
      'PLAN_FIELD_INVALID targets.3.value',
      'PLAN_FIELD_INVALID targets.4.value',
    ])
  })

  it('a free target needs its name, its unit of measure and a value; it cannot compare with last year', () => {
    expect(check([], [free({ name: '', unitOfMeasure: null, value: null })])).toEqual([
      { code: 'PLAN_FIELD_REQUIRED', path: 'targets.0.name', message: 'Chưa ghi nội dung chỉ tiêu' },
      { code: 'PLAN_FIELD_REQUIRED', path: 'targets.0.unitOfMeasure', message: 'Chưa ghi đơn vị tính của chỉ tiêu' },
      { code: 'PLAN_FIELD_REQUIRED', path: 'targets.0.value', message: 'Chưa ghi mức chỉ tiêu' },
    ])
    expect(paths([], [free({ comparison: 'higher_than_last_year', value: null })])).toEqual([
      'PLAN_FIELD_INVALID targets.0.comparison',
    ])
  })

  it('tasks’ problems come first, then targets’', () => {
    expect(paths([task({ product: null })], [free({ unitOfMeasure: '' })])).toEqual([
      'PLAN_FIELD_REQUIRED tasks.0.product',
      'PLAN_FIELD_REQUIRED targets.0.unitOfMeasure',
    ])
  })
})
