import { describe, expect, it } from 'vitest'
import type { EventType } from '@/domain/register/event-types.ts'
import { INDICATOR_CATALOGUE, indicatorByCode } from './catalogue.ts'
import type { IndicatorDefinition, SetExpression } from './definition.ts'
import { INDICATOR_GROUP_LABELS, UNIT_OF_COUNT_LABELS, isRate } from './labels.ts'
import { duplicateCodes, isBounded, problemsOfDefinition } from './validate-definition.ts'

const base = indicatorByCode('TRA_HO_SO_DTBS')!
const withNumerator = (set: SetExpression, extra: Partial<IndicatorDefinition> = {}): IndicatorDefinition => ({
  ...base,
  numerator: { label: 'Tử số', set },
  ...extra,
})
const returned: SetExpression = { event: { types: ['returned_for_investigation'], window: 'in_period' } }

describe('the shipped catalogue', () => {
  it.each(INDICATOR_CATALOGUE.map((definition) => [definition.code, definition] as const))(
    '%s has no problems',
    (_code, definition) => {
      expect(problemsOfDefinition(definition)).toEqual([])
    },
  )

  it('codes are unique', () => {
    expect(duplicateCodes(INDICATOR_CATALOGUE)).toEqual([])
    expect(new Set(INDICATOR_CATALOGUE.map((d) => d.code)).size).toBe(INDICATOR_CATALOGUE.length)
  })

  it('every group and unit of count has a Vietnamese label', () => {
    for (const definition of INDICATOR_CATALOGUE) {
      expect(INDICATOR_GROUP_LABELS[definition.group]).toMatch(/\S/)
      expect(UNIT_OF_COUNT_LABELS[definition.unitOfCount]).toMatch(/\S/)
    }
    expect(INDICATOR_GROUP_LABELS.crime_reports).toBe('Tố giác, tin báo về tội phạm')
    expect(UNIT_OF_COUNT_LABELS).toEqual({ matter: 'vụ', person: 'người', vnd: 'đồng' })
  })

  it('rates are the indicators with a denominator', () => {
    expect(isRate(indicatorByCode('TIN_BAO_GIAI_QUYET')!)).toBe(true)
    expect(isRate(indicatorByCode('TAM_GIU_TAM_GIAM_QUA_HAN')!)).toBe(false)
  })
})

describe('problems of a definition', () => {
  it('a set that is only a negation is unbounded', () => {
    expect(isBounded({ not: returned })).toBe(false)
    expect(isBounded({ all: [returned, { not: returned }] })).toBe(true)
    expect(isBounded({ any: [returned, { not: returned }] })).toBe(false)
    expect(problemsOfDefinition(withNumerator({ not: returned }))).toEqual([
      'Tử số: tập hợp không giới hạn (chỉ có phủ định), sẽ đếm mọi vụ việc trong sổ',
    ])
  })

  it('empty all / any', () => {
    expect(problemsOfDefinition(withNumerator({ all: [] }))).toEqual([
      'Tử số: tập hợp không giới hạn (chỉ có phủ định), sẽ đếm mọi vụ việc trong sổ',
      'Tử số: biểu thức "all" rỗng',
    ])
    expect(problemsOfDefinition(withNumerator({ any: [] }))).toContain('Tử số: biểu thức "any" rỗng')
  })

  it('unknown event types, and types that never occur in the indicator’s kinds', () => {
    expect(
      problemsOfDefinition(withNumerator({ event: { types: ['no_such_act' as EventType], window: 'in_period' } })),
    ).toEqual(['Tử số: không có loại sự kiện "no_such_act"'])
    expect(problemsOfDefinition(withNumerator({ event: { types: ['report_received'], window: 'in_period' } }))).toEqual(
      ['Tử số: sự kiện "report_received" không thuộc loại việc nào của chỉ tiêu'],
    )
    expect(problemsOfDefinition(withNumerator({ event: { types: [], window: 'in_period' } }))).toEqual([
      'Tử số: chưa nêu loại sự kiện',
    ])
  })

  it('unknown detail fields are fine', () => {
    expect(
      problemsOfDefinition(
        withNumerator({
          event: {
            types: ['returned_for_investigation'],
            window: 'in_period',
            where: [{ field: 'anyField', equals: 1 }],
          },
        }),
      ),
    ).toEqual([])
  })

  it('unknown deadline rules', () => {
    expect(
      problemsOfDefinition(withNumerator({ deadline: { rules: ['BLTTHS_999'], outcome: 'missed_in_period' } })),
    ).toEqual(['Tử số: không có quy định về thời hạn mã "BLTTHS_999"'])
  })

  it('amounts need a sum; counts must not have one', () => {
    expect(problemsOfDefinition(withNumerator(returned, { unitOfCount: 'vnd' }))).toEqual([
      'Tử số: chỉ tiêu tính bằng tiền phải nêu trường số tiền cần cộng',
    ])
    const summed = {
      ...base,
      numerator: {
        label: 'Tử số',
        set: returned,
        sum: { types: ['assets_recovered'] as EventType[], window: 'by_end' as const, field: 'amountVnd' },
      },
    }
    expect(problemsOfDefinition(summed)).toEqual(['Tử số: chỉ tiêu đếm số vụ, số người không được cộng số tiền'])
  })

  it('code, target and validity', () => {
    expect(problemsOfDefinition({ ...base, code: 'tra-ho-so' })).toEqual([
      'Mã chỉ tiêu không hợp lệ: "tra-ho-so" (chữ in hoa, số và dấu gạch dưới)',
    ])
    expect(
      problemsOfDefinition({ ...base, defaultTarget: { ...base.defaultTarget!, comparison: '>', value: null } }),
    ).toEqual(['Chỉ tiêu thiếu giá trị hoặc giá trị không hợp lệ'])
    expect(problemsOfDefinition({ ...base, effectiveTo: '2019-01-01' })).toEqual([
      'Ngày hết hiệu lực không hợp lệ: 2019-01-01',
    ])
  })

  it('duplicate codes are named', () => {
    expect(duplicateCodes([{ code: 'A' }, { code: 'B' }, { code: 'A' }])).toEqual(['A'])
  })
})
