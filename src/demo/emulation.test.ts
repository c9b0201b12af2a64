import { describe, expect, it } from 'vitest'
import { generateDemoOrganisation } from './organisation.ts'
import { DEMO_HISTORY_YEARS, generateDemoEmulation } from './emulation.ts'

const organisation = generateDemoOrganisation({ seed: 2025, scale: 1 })
const demo = generateDemoEmulation(organisation, 2025)
const awardsOf = (email: string, award: string) => demo.awards.filter((a) => a.email === email && a.award === award)

describe('the demo province’s emulation history (issue 14 item 10)', () => {
  it('is the same for the same seed', () => {
    expect(generateDemoEmulation(organisation, 2025)).toEqual(demo)
  })

  it('has a Chiến sĩ thi đua cơ sở streak that only history across the 2025 merger shows', () => {
    const titles = awardsOf(demo.cast.streakAcrossMerger, 'chien_si_thi_dua_co_so')
    const byYear = new Map(titles.map((a) => [a.year, a.unitCode]))
    // 2023 and 2024 in a district procuracy of Hậu Giang, 2025 in the regional procuracy that absorbed it.
    expect(byYear.get(2023)).toMatch(/^HG\.(VTA|VTY)$/)
    expect(byYear.get(2024)).toBe(byYear.get(2023))
    expect(byYear.get(2025)).toBe('CT.KV6')
  })

  it('disciplines one procurator in 2026 with khiển trách and has a new hire of 01/8/2026', () => {
    expect(demo.disciplines.filter((d) => d.email === demo.cast.disciplined).map((d) => d.form)).toEqual([
      'khien_trach',
    ])
    expect(demo.serviceStarts.find((s) => s.email === demo.cast.newHire)?.serviceStart).toBe('2026-08-01')
  })

  it('gives the provincial procuracy the Government’s flag five years running, across the merger', () => {
    const flags = demo.awards.filter((a) => a.award === 'co_thi_dua_chinh_phu').map((a) => [a.year, a.unitCode])
    expect(flags).toEqual([
      [2021, 'HG'],
      [2022, 'HG'],
      [2023, 'HG'],
      [2024, 'HG'],
      [2025, 'CT'],
    ])
  })

  it('gives the sector’s flag to a regional procuracy, the general office and Phòng 9 for 2025', () => {
    const flags = demo.awards.filter((a) => a.award === 'co_thi_dua_nganh').map((a) => a.unitCode)
    expect(flags).toEqual(['CT.KV8', 'CT.VP', 'CT.P9'])
    expect(awardsOf(demo.cast.formerLeader, 'huan_chuong_lao_dong_hang_nhi')).toHaveLength(1)
  })

  it('keeps Tập thể lao động xuất sắc within 20 % of the collectives classed tiên tiến, at least one (TT 02/2024 Art. 18)', () => {
    for (const year of DEMO_HISTORY_YEARS) {
      const advanced = demo.awards.filter((a) => a.year === year && a.award === 'tap_the_lao_dong_tien_tien').length
      const excellent = demo.awards.filter((a) => a.year === year && a.award === 'tap_the_lao_dong_xuat_sac').length
      expect(excellent, `${year}`).toBeGreaterThanOrEqual(1)
      expect(excellent, `${year}`).toBeLessThanOrEqual(Math.max(1, Math.floor(advanced * 0.2)))
    }
  })
})
