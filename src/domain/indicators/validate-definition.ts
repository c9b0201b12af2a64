// Checks an indicator definition (definition.ts) before it is shipped or stored: the mistakes
// that would make a figure silently wrong rather than fail. An indicator's formula must be
// stated, not guessed (DOMAIN.md §3.2, §3.3: formulas are configuration data), so each check
// names what is wrong in Vietnamese, for the administrator who edits the catalogue.
//
// - A set must be bounded: a set that is only "not …" holds for every matter ever recorded
//   (the evaluators draw items from the whole register), which no indicator means.
// - Every event type must exist and belong to one of the indicator's matter kinds, or the atom
//   can never hold; every deadline rule must exist.
// - Amounts (VND) are sums, so both measures carry a `sum`; counts carry none.
// Unknown detail fields in `where` are allowed: details are per event type and may grow.
import { isIsoDate } from '@/domain/calendar/index.ts'
import { DEADLINE_RULES } from '@/domain/deadlines/index.ts'
import { EVENT_TYPES, isEventType } from '@/domain/register/event-types.ts'
import type { MatterKind } from '@/domain/register/matter-kinds.ts'
import {
  isDeadlineAtom,
  isEventAtom,
  type IndicatorDefinition,
  type Measure,
  type SetExpression,
  type Target,
} from './definition.ts'

const CODE_PATTERN = /^[A-Z][A-Z0-9_]{1,59}$/

const KNOWN_RULE_CODES = new Set(DEADLINE_RULES.map((rule) => rule.code))

/** Does the set require at least one atom to hold (so it cannot contain every matter)? */
export const isBounded = (expression: SetExpression): boolean => {
  if (isEventAtom(expression) || isDeadlineAtom(expression)) return true
  if ('all' in expression) return expression.all.some(isBounded)
  if ('any' in expression) return expression.any.length > 0 && expression.any.every(isBounded)

  return false
}

const eventTypeProblems = (types: readonly string[], kinds: readonly MatterKind[], where: string): string[] => {
  if (types.length === 0) return [`${where}: chưa nêu loại sự kiện`]

  return types.flatMap((type) => {
    if (!isEventType(type)) return [`${where}: không có loại sự kiện "${type}"`]
    const typeKinds: readonly MatterKind[] = EVENT_TYPES[type].kinds
    if (!typeKinds.some((kind) => kinds.includes(kind)))
      return [`${where}: sự kiện "${type}" không thuộc loại việc nào của chỉ tiêu`]

    return []
  })
}

/** Problems anywhere inside a set expression, each prefixed with where it is. */
const setProblems = (expression: SetExpression, kinds: readonly MatterKind[], where: string): string[] => {
  if (isEventAtom(expression)) {
    const emptyFields = (expression.event.where ?? [])
      .filter((match) => match.field.trim() === '')
      .map(() => `${where}: điều kiện thiếu tên trường`)

    return [...eventTypeProblems(expression.event.types, kinds, where), ...emptyFields]
  }
  if (isDeadlineAtom(expression)) {
    const { rules, closedBy } = expression.deadline
    if (rules.length === 0) return [`${where}: chưa nêu quy định về thời hạn`]
    const unknownRules = rules
      .filter((code) => !KNOWN_RULE_CODES.has(code))
      .map((code) => `${where}: không có quy định về thời hạn mã "${code}"`)

    return [
      ...unknownRules,
      ...(closedBy ? eventTypeProblems(closedBy, kinds, `${where} (hành vi kết thúc thời hạn)`) : []),
    ]
  }
  if ('not' in expression) return setProblems(expression.not, kinds, where)
  const parts = 'all' in expression ? expression.all : expression.any
  if (parts.length === 0) return [`${where}: biểu thức "${'all' in expression ? 'all' : 'any'}" rỗng`]

  return parts.flatMap((part) => setProblems(part, kinds, where))
}

const measureProblems = (measure: Measure, definition: IndicatorDefinition, where: string): string[] => {
  const problems: string[] = []
  if (measure.label.trim() === '') problems.push(`${where}: chưa có tên`)
  if (!isBounded(measure.set))
    problems.push(`${where}: tập hợp không giới hạn (chỉ có phủ định), sẽ đếm mọi vụ việc trong sổ`)
  problems.push(...setProblems(measure.set, definition.kinds, where))
  const { sum } = measure
  if (definition.unitOfCount === 'vnd' && !sum)
    problems.push(`${where}: chỉ tiêu tính bằng tiền phải nêu trường số tiền cần cộng`)
  if (definition.unitOfCount !== 'vnd' && sum)
    problems.push(`${where}: chỉ tiêu đếm số vụ, số người không được cộng số tiền`)
  if (sum) {
    problems.push(...eventTypeProblems(sum.types, definition.kinds, `${where} (số tiền)`))
    if (sum.field.trim() === '') problems.push(`${where} (số tiền): chưa nêu trường số tiền`)
  }

  return problems
}

const targetProblems = (target: Target): string[] => {
  const againstLastYear = target.comparison === 'higher_than_last_year' || target.comparison === 'lower_than_last_year'
  if (againstLastYear && target.value !== null) return ['Chỉ tiêu so với cùng kỳ không có giá trị số']
  if (!againstLastYear && (target.value === null || !Number.isFinite(target.value) || target.value < 0))
    return ['Chỉ tiêu thiếu giá trị hoặc giá trị không hợp lệ']

  return []
}

const validityProblems = ({ effectiveFrom, effectiveTo }: IndicatorDefinition): string[] => {
  if (!isIsoDate(effectiveFrom)) return [`Ngày bắt đầu hiệu lực không hợp lệ: ${effectiveFrom}`]
  if (effectiveTo !== null && (!isIsoDate(effectiveTo) || effectiveTo < effectiveFrom))
    return [`Ngày hết hiệu lực không hợp lệ: ${effectiveTo}`]

  return []
}

/** Everything wrong with a definition, in Vietnamese; empty when it can be counted. */
export const problemsOfDefinition = (definition: IndicatorDefinition): string[] => [
  ...(CODE_PATTERN.test(definition.code)
    ? []
    : [`Mã chỉ tiêu không hợp lệ: "${definition.code}" (chữ in hoa, số và dấu gạch dưới)`]),
  ...(definition.name.trim() === '' ? ['Chỉ tiêu chưa có tên'] : []),
  ...(definition.kinds.length === 0 ? ['Chỉ tiêu chưa nêu loại vụ việc'] : []),
  ...measureProblems(definition.numerator, definition, 'Tử số'),
  ...(definition.denominator ? measureProblems(definition.denominator, definition, 'Mẫu số') : []),
  ...(definition.defaultTarget ? targetProblems(definition.defaultTarget) : []),
  ...validityProblems(definition),
]

/** Codes used by more than one definition of the list. */
export const duplicateCodes = (definitions: readonly Pick<IndicatorDefinition, 'code'>[]): string[] => {
  const seen = new Set<string>()
  const duplicates = new Set<string>()
  for (const { code } of definitions) (seen.has(code) ? duplicates : seen).add(code)

  return [...duplicates]
}
