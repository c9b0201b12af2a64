import { describe, expect, it } from 'vitest'
import { CATALOGUE, CONDITION_CODES, catalogueEntry, PARAMETER_KEYS, parameter, parameterValue } from './catalogue.ts'
import { EmulationError } from './errors.ts'
import { AWARD_CODES } from './vocabulary.ts'

describe('the catalogue as effective-dated data (issue 14 item 1)', () => {
  it('has an entry for every award on 01/01/2024, 30/06/2025, 01/07/2025 and 2030', () => {
    for (const award of AWARD_CODES) {
      for (const date of ['2024-01-01', '2024-09-30', '2024-10-01', '2025-06-30', '2025-07-01', '2030-01-01']) {
        expect(catalogueEntry(award, date).award).toBe(award)
      }
    }
  })

  it('switches the Law titles from ND 98/2023 to ND 152/2025 on 01/07/2025', () => {
    expect(catalogueEntry('lao_dong_tien_tien', '2025-06-30').instrument).toBe('law2022_nd98')
    expect(catalogueEntry('lao_dong_tien_tien', '2025-07-01').instrument).toBe('law2022_nd152')
  })

  it('switches the sector titles from TT 01/2019 to TT 02/2024/TT-VKSTC on 01/10/2024', () => {
    expect(catalogueEntry('chien_si_thi_dua_nganh', '2024-09-30').instrument).toBe('tt01_2019')
    expect(catalogueEntry('chien_si_thi_dua_nganh', '2024-10-01').instrument).toBe('tt02_2024')
    expect(catalogueEntry('co_thi_dua_nganh', '2024-09-30').source).toContain('Thông tư 01/2019/TT-VKSTC')
    const vote = catalogueEntry('co_thi_dua_nganh', '2024-09-30').conditions.collective?.find(
      (c) => c.code === 'block_vote',
    )
    expect(vote?.source).toContain('Thông tư 01/2019/TT-VKSTC')
  })

  it('refuses a date before the 2022 Law was in force with a stable code', () => {
    expect(() => catalogueEntry('lao_dong_tien_tien', '2023-12-31')).toThrow(EmulationError)
    try {
      catalogueEntry('lao_dong_tien_tien', '2023-12-31')
    } catch (e) {
      expect((e as EmulationError).code).toBe('EMULATION_NO_CATALOGUE_ENTRY')
    }
  })

  it('keeps titles and reward forms apart: each entry one kind, the kinds as DOMAIN.md §7.2 lists them', () => {
    const titles = new Set(CATALOGUE.filter((e) => e.kind === 'title').map((e) => e.award))
    const rewards = new Set(CATALOGUE.filter((e) => e.kind === 'reward').map((e) => e.award))
    expect([...titles].filter((a) => rewards.has(a))).toEqual([])
    expect([...titles].sort()).toEqual(
      [
        'lao_dong_tien_tien',
        'chien_si_thi_dua_co_so',
        'chien_si_thi_dua_nganh',
        'chien_si_thi_dua_toan_quoc',
        'tap_the_lao_dong_tien_tien',
        'tap_the_lao_dong_xuat_sac',
        'co_thi_dua_nganh',
        'co_thi_dua_chinh_phu',
      ].sort(),
    )
  })

  it('the cash multiples of DOMAIN.md §7.3', () => {
    const on = '2025-01-10'
    expect(catalogueEntry('lao_dong_tien_tien', on).multiples).toEqual({ individual: 0.3 })
    expect(catalogueEntry('chien_si_thi_dua_co_so', on).multiples).toEqual({ individual: 1 })
    expect(catalogueEntry('chien_si_thi_dua_nganh', on).multiples).toEqual({ individual: 3 })
    expect(catalogueEntry('chien_si_thi_dua_toan_quoc', on).multiples).toEqual({ individual: 4.5 })
    expect(catalogueEntry('tap_the_lao_dong_tien_tien', on).multiples).toEqual({ collective: 0.8 })
    expect(catalogueEntry('tap_the_lao_dong_xuat_sac', on).multiples).toEqual({ collective: 1.5 })
    expect(catalogueEntry('co_thi_dua_nganh', on).multiples).toEqual({ collective: 8 })
    expect(catalogueEntry('co_thi_dua_chinh_phu', on).multiples).toEqual({ collective: 12 })
    expect(catalogueEntry('bang_khen_nganh', on).multiples.individual).toBe(1.5)
    expect(catalogueEntry('bang_khen_thu_tuong', on).multiples.individual).toBe(3.5)
    expect(catalogueEntry('huan_chuong_lao_dong_hang_ba', on).multiples).toEqual({ individual: 4.5, collective: 9 })
    expect(catalogueEntry('huan_chuong_lao_dong_hang_nhi', on).multiples).toEqual({ individual: 7.5, collective: 15 })
    expect(catalogueEntry('huan_chuong_lao_dong_hang_nhat', on).multiples).toEqual({ individual: 9, collective: 18 })
    expect(catalogueEntry('giay_khen', on).multiples.individual).toBe(0.3)
  })

  it('individual titles only for individuals, collective titles only for collectives', () => {
    for (const e of CATALOGUE) {
      for (const subject of e.subjects) expect(e.conditions[subject]?.length).toBeGreaterThan(0)
    }
    expect(catalogueEntry('lao_dong_tien_tien', '2025-01-10').subjects).toEqual(['individual'])
    expect(catalogueEntry('co_thi_dua_chinh_phu', '2025-01-10').subjects).toEqual(['collective'])
  })

  it('uses only condition codes the evaluator knows, each with a source', () => {
    for (const e of CATALOGUE) {
      for (const c of [...(e.conditions.individual ?? []), ...(e.conditions.collective ?? [])]) {
        expect(CONDITION_CODES).toContain(c.code)
        expect(c.source.length).toBeGreaterThan(0)
        for (const key of Object.values(c.parameters ?? {})) expect(PARAMETER_KEYS).toContain(key)
      }
    }
  })

  it('the 20 % cap of TT 02/2024 Điều 18 sits on Tập thể lao động xuất sắc', () => {
    const cap = catalogueEntry('tap_the_lao_dong_xuat_sac', '2025-01-10').caps[0]
    expect(cap?.parameter).toBe('tap_the_lao_dong_xuat_sac.cap_percent')
    expect(parameter('tap_the_lao_dong_xuat_sac.cap_percent', '2025-01-10')).toBe(20)
  })
})

describe('parameters with defaults and overrides per key and effective date', () => {
  it('defaults: block vote 80 %, council vote 90 %, 70 % LĐTT, 6 months, 90 days', () => {
    expect(parameter('co_thi_dua_nganh.block_vote_share', '2025-01-10')).toBe(80)
    expect(parameter('chien_si_thi_dua_nganh.council_vote_share', '2025-01-10')).toBe(90)
    expect(parameter('tap_the_lao_dong_tien_tien.member_ldtt_min_percent', '2025-01-10')).toBe(70)
    expect(parameter('lao_dong_tien_tien.new_hire_min_months', '2025-01-10')).toBe(6)
    expect(parameter('lao_dong_tien_tien.absence_excluded_from_days', '2025-01-10')).toBe(90)
  })

  it('the vote shares are [news] under TT 01/2019 and [unconfirmed] under TT 02/2024', () => {
    expect(parameterValue('co_thi_dua_nganh.block_vote_share', '2024-09-30').definition.confirmation.status).toBe(
      'news',
    )
    expect(parameterValue('co_thi_dua_nganh.block_vote_share', '2024-10-01').definition.confirmation.status).toBe(
      'unconfirmed',
    )
  })

  it('an override applies from its date, the latest one wins, the default before it', () => {
    const overrides = new Map([
      [
        'co_thi_dua_nganh.block_vote_share',
        [
          { validFrom: '2025-11-01', value: 75 },
          { validFrom: '2026-11-01', value: 70 },
        ],
      ],
    ])
    expect(parameter('co_thi_dua_nganh.block_vote_share', '2025-10-31', overrides)).toBe(80)
    expect(parameterValue('co_thi_dua_nganh.block_vote_share', '2025-11-01', overrides)).toMatchObject({
      value: 75,
      overridden: true,
    })
    expect(parameter('co_thi_dua_nganh.block_vote_share', '2027-01-01', overrides)).toBe(70)
  })

  it('refuses an unknown key, and a date before any default', () => {
    expect(() => parameter('no.such.key', '2025-01-10')).toThrow(EmulationError)
    expect(() => parameter('tap_the_lao_dong_xuat_sac.cap_percent', '2024-09-30')).toThrow(EmulationError)
  })
})
