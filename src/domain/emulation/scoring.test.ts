import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  assertCanLeadBlock,
  bandPoints,
  rankBlock,
  scoreUnit,
  scoringTableProblems,
  tableMaximum,
  type Band,
  type ScoringTableDefinition,
  type UnitEvidence,
} from './scoring.ts'

// ≥ 95 % → 10, 90–95 % → 8, 80–90 % → 5, below 80 % → 0 (the issue's example of an NQ 96 rate).
const RATE_BANDS: Band[] = [
  { min: null, max: 80, points: 0 },
  { min: 80, max: 90, points: 5 },
  { min: 90, max: 95, points: 8 },
  { min: 95, max: null, points: 10 },
]

const TABLE: ScoringTableDefinition = {
  criteria: [
    {
      code: 'I',
      name: 'Kết quả thực hiện chỉ tiêu nghiệp vụ',
      maxPoints: 30,
      subCriteria: [
        {
          code: 'I.1',
          name: 'Giải quyết tin báo',
          maxPoints: 10,
          source: 'indicator',
          indicatorCode: 'TIN_BAO_GIAI_QUYET',
          bands: RATE_BANDS,
        },
        {
          code: 'I.2',
          name: 'Truy tố đúng hạn',
          maxPoints: 10,
          source: 'indicator',
          indicatorCode: 'TRUY_TO_DUNG_HAN',
          bands: RATE_BANDS,
          noValuePoints: 10,
        },
        {
          code: 'I.3',
          name: 'Bị cáo tuyên không phạm tội',
          maxPoints: 5,
          source: 'negative',
          measure: 'acquitted',
          pointsPerItem: 2,
        },
      ],
    },
    {
      code: 'II',
      name: 'Thực hiện kế hoạch công tác',
      maxPoints: 20,
      subCriteria: [
        {
          code: 'II.1',
          name: 'Chỉ tiêu đạt',
          maxPoints: 10,
          source: 'plan',
          measure: 'targets_met',
          bands: RATE_BANDS,
        },
        {
          code: 'II.2',
          name: 'Nhiệm vụ đúng hạn',
          maxPoints: 10,
          source: 'plan',
          measure: 'tasks_on_time',
          bands: RATE_BANDS,
        },
      ],
    },
    { code: 'III', name: 'Công tác xây dựng ngành', maxPoints: 10, source: 'assessed' },
    {
      code: 'IV',
      name: 'Án trả hồ sơ',
      maxPoints: 6,
      source: 'negative',
      measure: 'returned_for_supplementary_investigation',
      pointsPerItem: 1,
    },
  ],
}

const evidence = (over: Partial<UnitEvidence> = {}): UnitEvidence => ({
  indicators: { TIN_BAO_GIAI_QUYET: 95, TRUY_TO_DUNG_HAN: 90 },
  plan: { targets: 10, targetsMet: 9, tasks: 4, tasksDoneOnTime: 4 },
  negatives: {
    acquitted: { count: 0, source: 'register' },
    returned_for_supplementary_investigation: { count: 0, source: 'register' },
  },
  assessed: { III: { points: 9, evidence: 'Báo cáo số 12/BC-VKS ngày 20/11/2026' } },
  explanations: {},
  ...over,
})

describe('the bands of a criterion', () => {
  it('puts each boundary in the band that starts at it', () => {
    expect(bandPoints(RATE_BANDS, 95)).toBe(10)
    expect(bandPoints(RATE_BANDS, 94.99)).toBe(8)
    expect(bandPoints(RATE_BANDS, 90)).toBe(8)
    expect(bandPoints(RATE_BANDS, 89.999)).toBe(5)
    expect(bandPoints(RATE_BANDS, 80)).toBe(5)
    expect(bandPoints(RATE_BANDS, 79.9)).toBe(0)
    expect(bandPoints(RATE_BANDS, 100)).toBe(10)
    expect(bandPoints(RATE_BANDS, 0)).toBe(0)
  })
})

describe('the scoring table rules', () => {
  it('accepts the example table, 60 points at most (the deductions are not counted)', () => {
    expect(scoringTableProblems(TABLE)).toEqual([])
    expect(tableMaximum(TABLE)).toBe(60)
  })

  it('refuses sub-criteria whose maxima exceed their parent', () => {
    const bad = structuredClone(TABLE)
    ;(bad.criteria[1] as any).maxPoints = 19
    expect(scoringTableProblems(bad).map((p) => p.message)).toEqual([
      'Tổng điểm tối đa của các tiêu chí con (20) vượt điểm tối đa của tiêu chí (19)',
    ])
    // Equal is allowed.
    ;(bad.criteria[1] as any).maxPoints = 20
    expect(scoringTableProblems(bad)).toEqual([])
  })

  it('refuses duplicate codes, unknown indicators and empty names', () => {
    const bad = structuredClone(TABLE)
    ;(bad.criteria[2] as any).code = 'I.1'
    ;(bad.criteria[0] as any).subCriteria[0].indicatorCode = 'KHONG_CO'
    ;(bad.criteria[3] as any).name = ' '
    expect(scoringTableProblems(bad)).toEqual([
      { path: 'criteria.0.subCriteria.0', message: 'Không có chỉ tiêu “KHONG_CO” trong danh mục chỉ tiêu nghiệp vụ' },
      { path: 'criteria.2', message: 'Mã tiêu chí “I.1” bị trùng' },
      { path: 'criteria.3', message: 'Chưa có tên tiêu chí' },
    ])
  })

  it('refuses bands with a gap, an overlap, an open end or points above the maximum', () => {
    const withBands = (bands: Band[]): ScoringTableDefinition => ({
      criteria: [{ code: 'A', name: 'A', maxPoints: 10, source: 'plan', measure: 'targets_met', bands }],
    })
    const messages = (bands: Band[]) => scoringTableProblems(withBands(bands)).map((p) => p.message)
    expect(
      messages([
        { min: null, max: 90, points: 0 },
        { min: 95, max: null, points: 10 },
      ]),
    ).toEqual(['Các khung điểm bỏ trống khoảng giá trị từ 90'])
    expect(
      messages([
        { min: null, max: 96, points: 0 },
        { min: 95, max: null, points: 10 },
      ]),
    ).toEqual(['Các khung điểm chồng lên nhau'])
    expect(
      messages([
        { min: 0, max: 95, points: 0 },
        { min: 95, max: null, points: 10 },
      ]),
    ).toEqual(['Khung điểm thấp nhất phải không có cận dưới'])
    expect(
      messages([
        { min: null, max: 95, points: 0 },
        { min: 95, max: 100, points: 10 },
      ]),
    ).toEqual(['Khung điểm cao nhất phải không có cận trên'])
    expect(
      messages([
        { min: null, max: 95, points: 0 },
        { min: 95, max: null, points: 11 },
      ]),
    ).toEqual(['Điểm của khung phải từ 0 đến 10'])
    expect(messages([])).toEqual(['Chưa có khung điểm'])
  })
})

describe('scoring a unit', () => {
  it('bands the indicators and the plan, adds the assessed points, worked by hand', () => {
    const score = scoreUnit(TABLE, evidence())
    // I: tin báo 95 → 10, truy tố 90 → 8, no acquittal → 0: 18 of 30.
    // II: 9 of 10 targets = 90 % → 8, 4 of 4 tasks = 100 % → 10: 18 of 20.
    // III: 9 assessed. IV: no return → 0. Total 45.
    expect(score.criteria.map((c) => [c.code, c.points])).toEqual([
      ['I', 18],
      ['I.1', 10],
      ['I.2', 8],
      ['I.3', 0],
      ['II', 18],
      ['II.1', 8],
      ['II.2', 10],
      ['III', 9],
      ['IV', 0],
    ])
    expect(score.total).toBe(45)
    expect(score.registerPoints).toBe(36)
    expect(score.deducted).toBe(0)
    expect(score.complete).toBe(true)
  })

  it('deducts per item up to the maximum and requires an explanation for a non-zero count', () => {
    const ev = evidence({
      negatives: {
        acquitted: { count: 1, source: 'register' },
        returned_for_supplementary_investigation: { count: 8, source: 'register' },
      },
    })
    const score = scoreUnit(TABLE, ev)
    const of = (code: string) => score.criteria.find((c) => c.code === code)!
    // 1 acquittal × 2 = −2 inside group I (18 − 2 = 16); 8 returns × 1 = 8, capped at 6 → −6.
    expect(of('I.3')).toMatchObject({ points: -2, value: 1, issue: 'explanation_required' })
    expect(of('I').points).toBe(16)
    expect(of('IV')).toMatchObject({ points: -6, value: 8, issue: 'explanation_required' })
    expect(score.total).toBe(45 - 2 - 6)
    expect(score.deducted).toBe(8)
    expect(score.complete).toBe(false)
    const explained = scoreUnit(TABLE, {
      ...ev,
      explanations: { 'I.3': 'Vụ Nguyễn Văn A, lỗi chứng cứ', IV: 'Do thay đổi pháp luật' },
    })
    expect(explained.complete).toBe(true)
    expect(explained.total).toBe(37)
  })

  it('caps a group at its maximum before its deductions', () => {
    const table: ScoringTableDefinition = {
      criteria: [
        {
          code: 'G',
          name: 'G',
          maxPoints: 10,
          subCriteria: [
            { code: 'G.1', name: 'a', maxPoints: 5, source: 'assessed' },
            { code: 'G.2', name: 'b', maxPoints: 5, source: 'assessed' },
          ],
        },
      ],
    }
    const score = scoreUnit(
      table,
      evidence({ assessed: { 'G.1': { points: 5, evidence: 'x' }, 'G.2': { points: 5, evidence: 'y' } } }),
    )
    expect(score.total).toBe(10)
  })

  it('scores nothing for an assessed criterion without evidence or out of range, and blocks the freeze', () => {
    const blank = scoreUnit(TABLE, evidence({ assessed: { III: { points: 9, evidence: '  ' } } }))
    expect(blank.criteria.find((c) => c.code === 'III')).toMatchObject({ points: 0, issue: 'evidence_required' })
    expect(blank.complete).toBe(false)
    const over = scoreUnit(TABLE, evidence({ assessed: { III: { points: 10.5, evidence: 'x' } } }))
    expect(over.criteria.find((c) => c.code === 'III')).toMatchObject({ points: 0, issue: 'points_out_of_range' })
    const none = scoreUnit(TABLE, evidence({ assessed: {} }))
    expect(none.criteria.find((c) => c.code === 'III')).toMatchObject({ points: 0, issue: 'evidence_required' })
  })

  it("uses the criterion's points when nothing was counted, without blocking", () => {
    const score = scoreUnit(
      TABLE,
      evidence({ indicators: { TIN_BAO_GIAI_QUYET: null, TRUY_TO_DUNG_HAN: null }, plan: null }),
    )
    const of = (code: string) => score.criteria.find((c) => c.code === code)!
    expect(of('I.1')).toMatchObject({ points: 0, issue: 'no_value' })
    expect(of('I.2')).toMatchObject({ points: 10, issue: 'no_value' })
    expect(of('II').points).toBe(0)
    expect(score.complete).toBe(true)
  })
})

describe('ranking a block', () => {
  it('ranks by total, then fewer deductions, then more register points; a shared first has no leader', () => {
    const r = rankBlock([
      { unitId: 3, total: 90, registerPoints: 60, deducted: 0 },
      { unitId: 1, total: 92, registerPoints: 50, deducted: 2 },
      { unitId: 2, total: 90, registerPoints: 60, deducted: 1 },
      { unitId: 4, total: 90, registerPoints: 61, deducted: 1 },
    ])
    expect(r.ranking.map((u) => [u.unitId, u.rank])).toEqual([
      [1, 1],
      [3, 2],
      [4, 3],
      [2, 4],
    ])
    expect(r.leadingUnitId).toBe(1)
    const tied = rankBlock([
      { unitId: 5, total: 90, registerPoints: 60, deducted: 0 },
      { unitId: 2, total: 90, registerPoints: 60, deducted: 0 },
      { unitId: 7, total: 80, registerPoints: 60, deducted: 0 },
    ])
    expect(tied.ranking.map((u) => [u.unitId, u.rank])).toEqual([
      [2, 1],
      [5, 1],
      [7, 3],
    ])
    expect(tied.leadingUnitId).toBeNull()
    expect(tied.tiedForFirst).toEqual([2, 5])
  })

  it('keeps the leader rule apart: only the rotating leader must have been considered the year before', () => {
    expect(() => assertCanLeadBlock('VKSND khu vực 6', false)).toThrow(/không được xét thi đua năm trước/)
    expect(() => assertCanLeadBlock('VKSND khu vực 6', true)).not.toThrow()
    expect(() => assertCanLeadBlock('VKSND khu vực 6', null)).not.toThrow()
    // A unit new in the block still leads the ranking on its points.
    expect(rankBlock([{ unitId: 9, total: 99, registerPoints: 0, deducted: 0 }]).leadingUnitId).toBe(9)
  })

  it("reproduces the same scores and ranking from the same evidence, whatever the members' order", () => {
    const member = fc.record({
      tin: fc.option(fc.double({ min: 0, max: 100, noNaN: true }), { nil: null }),
      met: fc.nat(10),
      onTime: fc.nat(4),
      acquitted: fc.nat(3),
      returned: fc.nat(9),
      assessed: fc.integer({ min: 0, max: 10 }),
    })
    fc.assert(
      fc.property(fc.array(member, { minLength: 1, maxLength: 8 }), fc.integer(), (members, seed) => {
        const evidences = members.map((m, i) => ({
          unitId: i + 1,
          evidence: evidence({
            indicators: { TIN_BAO_GIAI_QUYET: m.tin, TRUY_TO_DUNG_HAN: 92 },
            plan: { targets: 10, targetsMet: m.met, tasks: 4, tasksDoneOnTime: m.onTime },
            negatives: {
              acquitted: { count: m.acquitted, source: 'register' },
              returned_for_supplementary_investigation: { count: m.returned, source: 'register' },
            },
            assessed: { III: { points: m.assessed, evidence: 'Minh chứng' } },
            explanations: { 'I.3': 'Giải trình', IV: 'Giải trình' },
          }),
        }))
        const run = (list: typeof evidences) =>
          rankBlock(list.map(({ unitId, evidence: e }) => ({ unitId, ...scoreUnit(TABLE, structuredClone(e)) })))
        const shuffled = [...evidences].sort(
          (a, b) => ((a.unitId * 7919 + seed) % 13) - ((b.unitId * 7919 + seed) % 13),
        )
        expect(run(shuffled)).toEqual(run(evidences))
        // Frozen as JSON and read back, the evidence scores the same.
        const thawed = JSON.parse(JSON.stringify(evidences)) as typeof evidences
        expect(run(thawed)).toEqual(run(evidences))
      }),
    )
  })
})
