// The block's scoring table as versioned data, and the scoring of a unit against it (issue 14
// item 4; DOMAIN.md §7.4). The sector's regulation is QĐ 424/QĐ-VKSTC (25/11/2020) "Tiêu chí chấm
// điểm, xếp loại thi đua trong ngành KSND" with six tables by type of unit [its contents and its
// validity after 2025 are unconfirmed]; clusters also write their own yearly tables. So nothing
// here is a fixed table: a table is a list of criteria with sub-criteria and maximum points, each
// leaf scored from one source:
//
//   indicator  an indicator of the register's catalogue (src/domain/indicators), its value banded
//              into points (e.g. the NQ 96/2019 rates: ≥ 95 % → 10, 90–95 % → 8 …)
//   plan       the share of the approved plan's targets met, or of its key tasks done on time, banded
//   assessed   points given by the scorer, with the evidence written (a blank evidence scores nothing)
//   negative   a count of one of the negative measures the year-end report must explain (the 2019
//              guidance, DOMAIN.md §7.4), prefilled from the register, points deducted per item up
//              to the criterion's maximum, an explanation required for every non-zero count
//
// A band is [min, max): min inclusive, max exclusive, null for unbounded; the bands of a criterion
// cover every value exactly once. scoreUnit is a pure function of the table and the evidence, so a
// frozen scoring (its evidence kept) is reproduced exactly.
import { indicatorByCode } from '../indicators/catalogue.ts'
import { CycleError } from './cycle-errors.ts'
import { NEGATIVE_MEASURES, type CriterionSource, type NegativeMeasure } from './vocabulary.ts'

export type Band = { min: number | null; max: number | null; points: number }

export const PLAN_MEASURES = ['targets_met', 'tasks_on_time'] as const
export type PlanMeasure = (typeof PLAN_MEASURES)[number]

export const PLAN_MEASURE_LABELS: Record<PlanMeasure, string> = {
  targets_met: 'Tỷ lệ chỉ tiêu của kế hoạch công tác đạt và vượt',
  tasks_on_time: 'Tỷ lệ nhiệm vụ trọng tâm hoàn thành đúng hạn',
}

type Common = { code: string; name: string; maxPoints: number }
export type LeafCriterion =
  | (Common & { source: 'indicator'; indicatorCode: string; bands: Band[]; noValuePoints?: number })
  | (Common & { source: 'plan'; measure: PlanMeasure; bands: Band[]; noValuePoints?: number })
  | (Common & { source: 'assessed' })
  | (Common & { source: 'negative'; measure: NegativeMeasure; pointsPerItem: number })
export type GroupCriterion = Common & { subCriteria: Criterion[] }
export type Criterion = LeafCriterion | GroupCriterion

export type ScoringTableDefinition = { criteria: Criterion[] }

export const isGroup = (c: Criterion): c is GroupCriterion => 'subCriteria' in c

export type TableProblem = { path: string; message: string }

const fmt = (n: number) => String(n).replace('.', ',')

const bandProblems = (bands: readonly Band[], max: number, path: string): TableProblem[] => {
  const problems: TableProblem[] = []
  if (bands.length === 0) return [{ path, message: 'Chưa có khung điểm' }]
  const sorted = [...bands].sort((a, b) => (a.min ?? -Infinity) - (b.min ?? -Infinity))
  if (sorted[0]!.min !== null) problems.push({ path, message: 'Khung điểm thấp nhất phải không có cận dưới' })
  if (sorted.at(-1)!.max !== null) problems.push({ path, message: 'Khung điểm cao nhất phải không có cận trên' })
  sorted.forEach((band, i) => {
    if (band.min !== null && band.max !== null && band.min >= band.max)
      problems.push({ path, message: `Khung điểm từ ${fmt(band.min)} đến ${fmt(band.max)} không hợp lệ` })
    if (!(band.points >= 0 && band.points <= max))
      problems.push({ path, message: `Điểm của khung phải từ 0 đến ${fmt(max)}` })
    const next = sorted[i + 1]
    if (next && band.max !== next.min)
      problems.push({
        path,
        message:
          band.max === null || (next.min !== null && band.max > next.min)
            ? 'Các khung điểm chồng lên nhau'
            : `Các khung điểm bỏ trống khoảng giá trị từ ${fmt(band.max)}`,
      })
  })
  return problems
}

const criterionProblems = (c: Criterion, path: string, codes: Set<string>): TableProblem[] => {
  const problems: TableProblem[] = []
  if (!c.code.trim()) problems.push({ path, message: 'Chưa có mã tiêu chí' })
  else if (codes.has(c.code)) problems.push({ path, message: `Mã tiêu chí “${c.code}” bị trùng` })
  codes.add(c.code)
  if (!c.name.trim()) problems.push({ path, message: 'Chưa có tên tiêu chí' })
  if (!(Number.isFinite(c.maxPoints) && c.maxPoints > 0)) problems.push({ path, message: 'Điểm tối đa phải lớn hơn 0' })
  if (isGroup(c)) {
    if (c.subCriteria.length === 0) problems.push({ path, message: 'Nhóm tiêu chí chưa có tiêu chí con' })
    const positive = c.subCriteria.filter((s) => isGroup(s) || s.source !== 'negative')
    const sum = positive.reduce((s, sub) => s + sub.maxPoints, 0)
    if (sum > c.maxPoints)
      problems.push({
        path,
        message: `Tổng điểm tối đa của các tiêu chí con (${fmt(sum)}) vượt điểm tối đa của tiêu chí (${fmt(c.maxPoints)})`,
      })
    c.subCriteria.forEach((sub, i) => problems.push(...criterionProblems(sub, `${path}.subCriteria.${i}`, codes)))
    return problems
  }
  switch (c.source) {
    case 'indicator':
      if (!indicatorByCode(c.indicatorCode))
        problems.push({ path, message: `Không có chỉ tiêu “${c.indicatorCode}” trong danh mục chỉ tiêu nghiệp vụ` })
      problems.push(...bandProblems(c.bands, c.maxPoints, path))
      break
    case 'plan':
      problems.push(...bandProblems(c.bands, c.maxPoints, path))
      break
    case 'negative':
      if (!NEGATIVE_MEASURES.includes(c.measure))
        problems.push({ path, message: 'Chỉ tiêu phải giải trình không hợp lệ' })
      if (!(c.pointsPerItem > 0)) problems.push({ path, message: 'Số điểm trừ cho mỗi trường hợp phải lớn hơn 0' })
      break
    case 'assessed':
      break
  }
  if ((c.source === 'indicator' || c.source === 'plan') && c.noValuePoints !== undefined)
    if (!(c.noValuePoints >= 0 && c.noValuePoints <= c.maxPoints))
      problems.push({ path, message: `Điểm khi không phát sinh phải từ 0 đến ${fmt(c.maxPoints)}` })
  return problems
}

/** Every problem of a table: codes unique, sub-criteria within their parent, bands covering without overlap. */
export const scoringTableProblems = (table: ScoringTableDefinition): TableProblem[] => {
  const codes = new Set<string>()
  if (table.criteria.length === 0) return [{ path: 'criteria', message: 'Bảng điểm chưa có tiêu chí' }]
  return table.criteria.flatMap((c, i) => criterionProblems(c, `criteria.${i}`, codes))
}

export const assertScoringTable = (table: ScoringTableDefinition): void => {
  const problems = scoringTableProblems(table)
  if (problems.length > 0)
    throw new CycleError('EMULATION_SCORING_TABLE_INVALID', 'Bảng điểm thi đua chưa hợp lệ', { problems })
}

/** The leaves of a table, depth first, in the table's order. */
export const leavesOf = (table: ScoringTableDefinition): LeafCriterion[] => {
  const out: LeafCriterion[] = []
  const walk = (c: Criterion) => (isGroup(c) ? c.subCriteria.forEach(walk) : out.push(c))
  table.criteria.forEach(walk)
  return out
}

/** The maximum a table scores: its top criteria, deductions left out. */
export const tableMaximum = (table: ScoringTableDefinition): number =>
  table.criteria.filter((c) => isGroup(c) || c.source !== 'negative').reduce((s, c) => s + c.maxPoints, 0)

/** The points of the band `value` falls in ([min, max)). */
export const bandPoints = (bands: readonly Band[], value: number): number => {
  const band = bands.find((b) => (b.min === null || value >= b.min) && (b.max === null || value < b.max))
  return band?.points ?? 0
}

/** Everything a unit's scoring reads: frozen with the scoring so that it is reproduced. */
export type UnitEvidence = {
  /** The value of each indicator the table reads (percent for rates); null when nothing was counted. */
  indicators: Record<string, number | null>
  /** The plan's outcome for the unit and year; null when the unit has no issued plan. */
  plan: { targets: number; targetsMet: number; tasks: number; tasksDoneOnTime: number } | null
  /** The count of each negative measure, from the register or entered, and where it came from. */
  negatives: Partial<Record<NegativeMeasure, { count: number; source: 'register' | 'entered'; note?: string }>>
  /** Per assessed criterion: the points given and the evidence. */
  assessed: Record<string, { points: number; evidence: string }>
  /** Per negative criterion: the explanation of its count. */
  explanations: Record<string, string>
}

export const SCORE_ISSUES = ['explanation_required', 'evidence_required', 'points_out_of_range', 'no_value'] as const
export type ScoreIssue = (typeof SCORE_ISSUES)[number]
/** The issues that keep a scoring from being frozen (no_value only says a default was used). */
export const BLOCKING_ISSUES: readonly ScoreIssue[] = [
  'explanation_required',
  'evidence_required',
  'points_out_of_range',
]

export type CriterionScore = {
  code: string
  source: CriterionSource | 'group'
  points: number
  /** The value read (the indicator's or the plan's percent, the negative count, the assessed points). */
  value: number | null
  /** What was used, in words: "Tỷ lệ … = 96,5 → khung từ 95: 10 điểm". */
  used: string
  issue: ScoreIssue | null
}

export type UnitScore = {
  criteria: CriterionScore[]
  /** Sum of the top criteria (groups capped at their maximum) minus the deductions. */
  total: number
  /** Points from the register and the plan (indicator and plan criteria): the second tie-break. */
  registerPoints: number
  /** Points deducted for negative measures (≥ 0): the first tie-break, fewer first. */
  deducted: number
  complete: boolean
}

const round2 = (n: number) => Math.round(n * 100) / 100
const share = (part: number, whole: number) => (whole > 0 ? (part / whole) * 100 : null)

const scoreLeaf = (c: LeafCriterion, ev: UnitEvidence): CriterionScore => {
  const base = { code: c.code, source: c.source }
  switch (c.source) {
    case 'indicator':
    case 'plan': {
      const value =
        c.source === 'indicator'
          ? (ev.indicators[c.indicatorCode] ?? null)
          : ev.plan === null
            ? null
            : c.measure === 'targets_met'
              ? share(ev.plan.targetsMet, ev.plan.targets)
              : share(ev.plan.tasksDoneOnTime, ev.plan.tasks)
      const label = c.source === 'indicator' ? c.indicatorCode : PLAN_MEASURE_LABELS[c.measure]
      if (value === null) {
        const points = c.noValuePoints ?? 0
        return { ...base, points, value, used: `${label}: không phát sinh → ${fmt(points)} điểm`, issue: 'no_value' }
      }
      const points = bandPoints(c.bands, value)
      return { ...base, points, value, used: `${label} = ${fmt(round2(value))} → ${fmt(points)} điểm`, issue: null }
    }
    case 'assessed': {
      const given = ev.assessed[c.code]
      if (!given) return { ...base, points: 0, value: null, used: 'Chưa chấm', issue: 'evidence_required' }
      if (!(given.points >= 0 && given.points <= c.maxPoints))
        return { ...base, points: 0, value: given.points, used: 'Điểm vượt khung', issue: 'points_out_of_range' }
      if (!given.evidence.trim())
        return { ...base, points: 0, value: given.points, used: 'Chưa ghi minh chứng', issue: 'evidence_required' }
      return { ...base, points: given.points, value: given.points, used: given.evidence.trim(), issue: null }
    }
    case 'negative': {
      const count = ev.negatives[c.measure]?.count ?? 0
      const deduction = Math.min(count * c.pointsPerItem, c.maxPoints)
      const explanation = ev.explanations[c.code]?.trim() ?? ''
      return {
        ...base,
        points: deduction === 0 ? 0 : -deduction,
        value: count,
        used: `${count} trường hợp × ${fmt(c.pointsPerItem)} điểm${explanation ? `; giải trình: ${explanation}` : ''}`,
        issue: count > 0 && !explanation ? 'explanation_required' : null,
      }
    }
  }
}

/** One unit's score against a table: per criterion the points and the facts used, and the total. */
export const scoreUnit = (table: ScoringTableDefinition, evidence: UnitEvidence): UnitScore => {
  const criteria: CriterionScore[] = []
  let registerPoints = 0
  let deducted = 0
  const walk = (c: Criterion): number => {
    if (!isGroup(c)) {
      const score = scoreLeaf(c, evidence)
      criteria.push(score)
      if (c.source === 'indicator' || c.source === 'plan') registerPoints += score.points
      if (c.source === 'negative') deducted -= score.points
      return score.points
    }
    const at = criteria.length
    criteria.push({ code: c.code, source: 'group', points: 0, value: null, used: '', issue: null })
    const positive = c.subCriteria.filter((s) => isGroup(s) || s.source !== 'negative')
    let earned = 0
    let deductions = 0
    for (const sub of c.subCriteria) {
      const p = walk(sub)
      if (positive.includes(sub)) earned += p
      else deductions += p
    }
    const points = round2(Math.min(earned, c.maxPoints) + deductions)
    criteria[at] = { ...criteria[at]!, points }
    return points
  }
  const total = round2(table.criteria.reduce((s, c) => s + walk(c), 0))
  return {
    criteria,
    total,
    registerPoints: round2(registerPoints),
    deducted: round2(deducted),
    complete: criteria.every((c) => c.issue === null || !BLOCKING_ISSUES.includes(c.issue)),
  }
}

export type RankedUnit = {
  unitId: number
  total: number
  registerPoints: number
  deducted: number
  /** 1-based; units still tied after the tie-breaks share a rank (đồng hạng). */
  rank: number
}

export type BlockRanking = {
  ranking: RankedUnit[]
  /** Đơn vị dẫn đầu khối: the first, alone, after the tie-breaks; null when the first place is shared. */
  leadingUnitId: number | null
  /** The units sharing the first place when it is shared (the council decides between them). */
  tiedForFirst: number[]
}

/**
 * The tie rule [the sector's rule is not confirmed; stated here as data the council can see]:
 * by total (higher first); on equal totals, fewer points deducted for negative measures (the
 * quality indicators the sector requires explained, DOMAIN.md §7.4); then more points from the
 * register and the plan (the measured, not the assessed); units still equal share the rank and,
 * at the top, there is no leading unit until the council decides. Members are listed by unit id
 * inside a shared rank, so the order of the input never matters.
 *
 * The leading unit is the candidate for the sector flag (Cờ thi đua của ngành, DOMAIN.md §7.4).
 * It is NOT the rotating leader of the block (cụm trưởng): "a unit not considered the year before
 * cannot lead" is a rule of that role (assertCanLeadBlock), not of the ranking.
 */
export const TIE_RULE =
  'Bằng tổng điểm thì xếp trên đơn vị bị trừ ít điểm hơn ở các chỉ tiêu phải giải trình, rồi đơn vị có điểm tính từ chỉ tiêu nghiệp vụ và kế hoạch cao hơn; vẫn bằng nhau thì đồng hạng'

export const rankBlock = (
  scores: readonly { unitId: number; total: number; registerPoints: number; deducted: number }[],
): BlockRanking => {
  const compare = (a: (typeof scores)[number], b: (typeof scores)[number]) =>
    b.total - a.total || a.deducted - b.deducted || b.registerPoints - a.registerPoints
  const sorted = [...scores].sort((a, b) => compare(a, b) || a.unitId - b.unitId)
  const ranking: RankedUnit[] = []
  sorted.forEach((s, i) => {
    const previous = ranking[i - 1]
    const rank = previous && compare(sorted[i - 1]!, s) === 0 ? previous.rank : i + 1
    ranking.push({ unitId: s.unitId, total: s.total, registerPoints: s.registerPoints, deducted: s.deducted, rank })
  })
  const first = ranking.filter((r) => r.rank === 1).map((r) => r.unitId)
  return { ranking, leadingUnitId: first.length === 1 ? first[0]! : null, tiedForFirst: first.length > 1 ? first : [] }
}

/**
 * The rotating leader (cụm trưởng, khối trưởng) and deputy: "a unit not considered the year before
 * cannot lead" (DOMAIN.md §7.4 [news]). `consideredLastYear` is whether the unit was scored in a
 * block of the year before; null when the system holds no scoring of that year (not checked).
 */
export const assertCanLeadBlock = (unitName: string, consideredLastYear: boolean | null): void => {
  if (consideredLastYear === false)
    throw new CycleError(
      'EMULATION_LEADER_NOT_ELIGIBLE',
      `${unitName} không được xét thi đua năm trước nên không làm trưởng, phó khối (cụm) được`,
    )
}
