import { describe, expect, it } from 'vitest'
import { ladderOf } from './ladder.ts'
import { collective, collectiveYear, held, initiative, person, personYear } from './testing.ts'

const step = (steps: ReturnType<typeof ladderOf>, award: string) => {
  const found = steps.find((s) => s.award === award)
  if (found === undefined) throw new Error(`no step ${award}`)
  return found
}

describe('ladderOf: the next title or award within reach and the earliest year (issue 14 item 6)', () => {
  it('CSTĐ ngành needs 3 consecutive CSTĐCS (Luật Điều 22): with 2024 and 2025 held, earliest 2026', () => {
    const p = person({
      years: [
        personYear(2024, { initiatives: [initiative(2024, 'sector')] }),
        personYear(2025, { initiatives: [initiative(2025)] }),
      ],
      awards: [held('chien_si_thi_dua_co_so', 2024), held('chien_si_thi_dua_co_so', 2025)],
    })
    const s = step(ladderOf(p, 2025, '2025-12-15'), 'chien_si_thi_dua_nganh')
    expect(s.evaluation.status).toBe('not_met')
    expect(s.missing.map((c) => c.code)).toContain('cstdcs_streak')
    expect(s.earliestYear).toBe(2026)
    expect(s.assumptions[0]).toContain('Từ năm 2026')
  })

  it('with only 2025 held, earliest 2027; with none, earliest 2027 too when 2025 meets CSTĐCS now', () => {
    const p = person({
      years: [personYear(2025, { initiatives: [initiative(2025)] })],
      awards: [held('chien_si_thi_dua_co_so', 2025)],
    })
    expect(step(ladderOf(p, 2025, '2025-12-15'), 'chien_si_thi_dua_nganh').earliestYear).toBe(2027)
    const undecided = person({ years: [personYear(2025, { initiatives: [initiative(2025)] })] })
    expect(step(ladderOf(undecided, 2025, '2025-12-15'), 'chien_si_thi_dua_nganh').earliestYear).toBe(2027)
  })

  it('2025 not CSTĐCS (no initiative): the streak starts in 2026, earliest 2028', () => {
    const p = person({ years: [personYear(2025)] })
    expect(step(ladderOf(p, 2025, '2025-12-15'), 'chien_si_thi_dua_nganh').earliestYear).toBe(2028)
  })

  it('a title met now has earliest = the year asked and nothing missing', () => {
    const s = step(ladderOf(person({ years: [personYear(2025)] }), 2025, '2025-12-15'), 'lao_dong_tien_tien')
    expect(s.earliestYear).toBe(2025)
    expect(s.missing).toEqual([])
    expect(s.kind).toBe('title')
  })

  it('already held for 2025 (one achievement, one award): earliest 2026', () => {
    const p = person({ years: [personYear(2025)], awards: [held('lao_dong_tien_tien', 2025)] })
    expect(step(ladderOf(p, 2025, '2025-12-15'), 'lao_dong_tien_tien').earliestYear).toBe(2026)
  })

  it('Bằng khen Thủ tướng (Luật Điều 73) is out of reach without a sector Bằng khen: earliest null', () => {
    const p = person({ years: [personYear(2025)] })
    const s = step(ladderOf(p, 2025, '2025-12-15'), 'bang_khen_thu_tuong')
    expect(s.earliestYear).toBeNull()
    expect(s.kind).toBe('reward')
  })

  it('Bằng khen Thủ tướng after a sector Bằng khen of 2023: 5 years after it, earliest 2028', () => {
    const p = person({ years: [personYear(2024), personYear(2025)], awards: [held('bang_khen_nganh', 2023)] })
    expect(step(ladderOf(p, 2025, '2025-12-15'), 'bang_khen_thu_tuong').earliestYear).toBe(2028)
  })

  it('Kỷ niệm chương (TT 02/2024 Điều 21): started 2015-03-01, 15 years reached in 2030', () => {
    const p = person({ serviceStart: '2015-03-01', years: [personYear(2025)] })
    expect(step(ladderOf(p, 2025, '2025-12-15', { horizon: 6 }), 'ky_niem_chuong').earliestYear).toBe(2030)
    expect(step(ladderOf(p, 2025, '2025-12-15', { horizon: 4 }), 'ky_niem_chuong').earliestYear).toBeNull()
  })

  it('for a unit: only collective awards; TTLĐXS without a plan now, earliest next year', () => {
    const c = collective({ years: [collectiveYear(2025, { plan: null })] })
    const steps = ladderOf(c, 2025, '2025-12-15')
    expect(steps.map((s) => s.award)).not.toContain('lao_dong_tien_tien')
    const s = step(steps, 'tap_the_lao_dong_xuat_sac')
    expect(s.missing.map((m) => m.code)).toEqual(['plan_exceeded'])
    expect(s.earliestYear).toBe(2026)
  })
})
