import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { type AwardEvaluation, evaluateAward, type EvaluateAwardInput } from './conditions.ts'
import { EmulationError } from './errors.ts'
import type { CollectiveHistory, PersonHistory } from './facts.ts'
import { collective, collectiveYear, held, initiative, member, members, person, personYear } from './testing.ts'
import type { AwardCode } from './vocabulary.ts'

const AS_OF = '2025-12-15'

const evalPerson = (award: AwardCode, p: PersonHistory, year = 2025, extra: Partial<EvaluateAwardInput> = {}) =>
  evaluateAward({ award, subject: 'individual', year, person: p, asOf: AS_OF, ...extra })

const evalUnit = (award: AwardCode, c: CollectiveHistory, year = 2025, extra: Partial<EvaluateAwardInput> = {}) =>
  evaluateAward({ award, subject: 'collective', year, collective: c, asOf: AS_OF, ...extra })

const outcome = (e: AwardEvaluation, code: string) => {
  const found = e.conditions.find((c) => c.code === code)
  if (found === undefined) throw new Error(`no condition ${code} in ${e.award}`)
  return found
}

describe('Lao động tiên tiến (Luật TĐKT 2022 Điều 24; exclusions of TT 02/2024/TT-VKSTC)', () => {
  it('Điều 24 khoản 1: rated hoàn thành tốt, nothing excluding → met, with the facts used', () => {
    const e = evalPerson('lao_dong_tien_tien', person({ years: [personYear(2025)] }))
    expect(e.status).toBe('met')
    expect(outcome(e, 'rating_good_or_better')).toMatchObject({
      status: 'met',
      source: 'Luật Thi đua, khen thưởng 2022, Điều 24, khoản 1',
      facts: ['Năm 2025: Hoàn thành tốt nhiệm vụ'],
    })
  })

  it('Điều 24 khoản 1: rated only "hoàn thành nhiệm vụ" → not met', () => {
    const e = evalPerson('lao_dong_tien_tien', person({ years: [personYear(2025, { rating: 'completed' })] }))
    expect(outcome(e, 'rating_good_or_better').status).toBe('not_met')
    expect(e.status).toBe('not_met')
  })

  it('not yet rated → needs evidence; no facts for the year → not met', () => {
    expect(evalPerson('lao_dong_tien_tien', person({ years: [personYear(2025, { rating: null })] })).status).toBe(
      'needs_evidence',
    )
    expect(evalPerson('lao_dong_tien_tien', person({ years: [] })).status).toBe('not_met')
  })

  it('TT 02/2024: new hire under 6 months at the end of the year (30/11) excluded; exactly 6 months (from 01/06) considered', () => {
    const started = (serviceStart: string) =>
      outcome(evalPerson('lao_dong_tien_tien', person({ serviceStart, years: [personYear(2025)] })), 'new_hire').status
    expect(started('2025-06-01')).toBe('met')
    expect(started('2025-06-02')).toBe('not_met')
    expect(started('2025-05-31')).toBe('met')
    expect(started('2025-12-01')).toBe('not_met')
  })

  it('TT 02/2024: absence of 3 to under 6 months excluded (90 days excludes, 89 does not); 6 months or more not considered', () => {
    const absent = (absenceDays: number) =>
      outcome(evalPerson('lao_dong_tien_tien', person({ years: [personYear(2025, { absenceDays })] })), 'absence')
    expect(absent(89).status).toBe('met')
    expect(absent(90).status).toBe('not_met')
    expect(absent(90).facts[0]).toContain('từ 03 tháng đến dưới 06 tháng')
    expect(absent(179).status).toBe('not_met')
    expect(absent(180).status).toBe('not_met')
    expect(absent(180).facts[0]).toContain('từ 06 tháng trở lên')
  })

  it('TT 02/2024: maternity leave stays eligible (6 months of maternity, 10 days of other absence → met)', () => {
    const e = evalPerson(
      'lao_dong_tien_tien',
      person({ years: [personYear(2025, { absenceDays: 10, maternityDays: 180 })] }),
    )
    expect(e.status).toBe('met')
    expect(outcome(e, 'absence').facts[0]).toContain('nghỉ thai sản 180 ngày không tính')
  })

  it('TT 02/2024: discipline at khiển trách in force in the year → not met; ended before 01/12/2024 → met', () => {
    const withDiscipline = (inForceUntil: string | null, decidedOn = '2025-03-01') =>
      evalPerson(
        'lao_dong_tien_tien',
        person({ years: [personYear(2025, { disciplines: [{ form: 'khien_trach', decidedOn, inForceUntil }] })] }),
      )
    expect(withDiscipline(null).status).toBe('not_met')
    expect(withDiscipline('2025-02-28', '2024-03-01').status).toBe('not_met')
    expect(withDiscipline('2024-11-30', '2023-12-01').status).toBe('met')
    // Decided after the year's end (01/12/2025 is in emulation year 2026).
    expect(withDiscipline(null, '2025-12-01').status).toBe('met')
  })

  it('a discipline recorded in an earlier year that is still in force counts', () => {
    const p = person({
      years: [
        personYear(2024, { disciplines: [{ form: 'canh_cao', decidedOn: '2024-06-01', inForceUntil: '2025-06-01' }] }),
        personYear(2025),
      ],
    })
    expect(outcome(evalPerson('lao_dong_tien_tien', p), 'no_discipline_khien_trach').status).toBe('not_met')
  })

  it('ND 98/2023 Điều 4: under disciplinary review → not met', () => {
    const e = evalPerson('lao_dong_tien_tien', person({ underDisciplinaryReview: true, years: [personYear(2025)] }))
    expect(outcome(e, 'not_under_review').status).toBe('not_met')
    expect(e.status).toBe('not_met')
  })

  it('Luật Điều 5: one achievement rewarded once — already held for 2025 → not met; revoked → met', () => {
    const p = (revokedOn: string | null) =>
      person({ years: [personYear(2025)], awards: [held('lao_dong_tien_tien', 2025, { revokedOn })] })
    expect(outcome(evalPerson('lao_dong_tien_tien', p(null)), 'not_already_rewarded').status).toBe('not_met')
    expect(outcome(evalPerson('lao_dong_tien_tien', p('2026-02-01')), 'not_already_rewarded').status).toBe('met')
    // The same award for another year is another achievement.
    const other = person({ years: [personYear(2025)], awards: [held('lao_dong_tien_tien', 2024)] })
    expect(evalPerson('lao_dong_tien_tien', other).status).toBe('met')
  })

  it('refuses a collective, and an individual without history', () => {
    expect(() => evalUnit('lao_dong_tien_tien', collective())).toThrow(EmulationError)
    expect(() =>
      evaluateAward({ award: 'lao_dong_tien_tien', subject: 'individual', year: 2025, asOf: AS_OF }),
    ).toThrow(EmulationError)
  })

  it('an override of the absence threshold (officer sets 40 days) applies', () => {
    const overrides = new Map([
      ['lao_dong_tien_tien.absence_excluded_from_days', [{ validFrom: '2025-01-01', value: 40 }]],
    ])
    const p = person({ years: [personYear(2025, { absenceDays: 45 })] })
    expect(evalPerson('lao_dong_tien_tien', p).status).toBe('met')
    expect(evalPerson('lao_dong_tien_tien', p, 2025, { overrides }).status).toBe('not_met')
  })
})

describe('Chiến sĩ thi đua cơ sở (Luật TĐKT 2022 Điều 23)', () => {
  it('Điều 23: LĐTT standards and an initiative recognised at grassroots in the year → met', () => {
    const p = person({ years: [personYear(2025, { rating: 'excellent', initiatives: [initiative(2025)] })] })
    const e = evalPerson('chien_si_thi_dua_co_so', p)
    expect(e.status).toBe('met')
    expect(outcome(e, 'initiative_grassroots').source).toBe('Luật Thi đua, khen thưởng 2022, Điều 23, khoản 2')
  })

  it('Điều 23: without an initiative in the year (only one of 2024) → not met', () => {
    const p = person({ years: [personYear(2024, { initiatives: [initiative(2024)] }), personYear(2025)] })
    expect(outcome(evalPerson('chien_si_thi_dua_co_so', p), 'initiative_grassroots').status).toBe('not_met')
  })

  it('Điều 23 khoản 1: an LĐTT exclusion (absence 100 days) fails CSTĐCS too', () => {
    const p = person({ years: [personYear(2025, { absenceDays: 100, initiatives: [initiative(2025)] })] })
    expect(evalPerson('chien_si_thi_dua_co_so', p).status).toBe('not_met')
  })
})

const cstdcsYears = (...years: number[]) => years.map((y) => held('chien_si_thi_dua_co_so', y))

describe('Chiến sĩ thi đua ngành KSND (Luật Điều 22; TT 02/2024 Điều 11)', () => {
  const base = (awards = cstdcsYears(2023, 2024, 2025)) =>
    person({
      years: [personYear(2023), personYear(2024, { initiatives: [initiative(2024, 'sector')] }), personYear(2025)],
      awards,
    })

  it('Điều 22: 3 consecutive CSTĐCS 2023–2025, a sector initiative, council 90 % → met', () => {
    expect(evalPerson('chien_si_thi_dua_nganh', base(), 2025, { votes: { share: 0.9 } }).status).toBe('met')
  })

  it('council vote share: none given → needs evidence with the [unconfirmed] note; 89 % → not met', () => {
    const e = evalPerson('chien_si_thi_dua_nganh', base())
    expect(e.status).toBe('needs_evidence')
    expect(outcome(e, 'council_vote').note).toContain('chưa xác minh')
    expect(evalPerson('chien_si_thi_dua_nganh', base(), 2025, { votes: { share: 0.89 } }).status).toBe('not_met')
  })

  it('Điều 22: a gap in 2024 → not met; a revoked 2024 CSTĐCS → not met', () => {
    expect(outcome(evalPerson('chien_si_thi_dua_nganh', base(cstdcsYears(2023, 2025))), 'cstdcs_streak').status).toBe(
      'not_met',
    )
    const revoked = [...cstdcsYears(2023, 2025), held('chien_si_thi_dua_co_so', 2024, { revokedOn: '2025-05-01' })]
    expect(outcome(evalPerson('chien_si_thi_dua_nganh', base(revoked)), 'cstdcs_streak').status).toBe('not_met')
  })

  it('2025 CSTĐCS not yet decided but its conditions hold → the streak needs evidence', () => {
    const p = person({
      years: [
        personYear(2023),
        personYear(2024, { initiatives: [initiative(2024, 'sector')] }),
        personYear(2025, { initiatives: [initiative(2025)] }),
      ],
      awards: cstdcsYears(2023, 2024),
    })
    expect(outcome(evalPerson('chien_si_thi_dua_nganh', p), 'cstdcs_streak').status).toBe('needs_evidence')
  })

  it('Điều 22: initiatives only at grassroots or province scope → not met', () => {
    const p = person({
      years: [personYear(2023), personYear(2024, { initiatives: [initiative(2024, 'province')] }), personYear(2025)],
      awards: cstdcsYears(2023, 2024, 2025),
    })
    expect(outcome(evalPerson('chien_si_thi_dua_nganh', p), 'initiative_sector').status).toBe('not_met')
  })
})

describe('Chiến sĩ thi đua toàn quốc (Luật Điều 21)', () => {
  it('Điều 21: sector titles 2022 and 2025, a national initiative → needs evidence (public consultation)', () => {
    const p = person({
      years: [personYear(2024, { initiatives: [initiative(2024, 'national')] }), personYear(2025)],
      awards: [held('chien_si_thi_dua_nganh', 2022), held('chien_si_thi_dua_nganh', 2025)],
    })
    const e = evalPerson('chien_si_thi_dua_toan_quoc', p)
    expect(outcome(e, 'sector_title_twice').status).toBe('met')
    expect(outcome(e, 'initiative_national').status).toBe('met')
    expect(e.status).toBe('needs_evidence')
  })
  it('Điều 21: one sector title only → not met', () => {
    const p = person({
      years: [personYear(2025, { initiatives: [initiative(2025, 'national')] })],
      awards: [held('chien_si_thi_dua_nganh', 2025)],
    })
    expect(evalPerson('chien_si_thi_dua_toan_quoc', p).status).toBe('not_met')
  })
})

describe('Tập thể lao động tiên tiến (Luật Điều 28)', () => {
  it('Điều 28: completes tasks well, ≥ 70 % LĐTT, nobody disciplined at cảnh cáo → met', () => {
    const c = collective({ years: [collectiveYear(2025, { rating: 'good' })] })
    expect(evalUnit('tap_the_lao_dong_tien_tien', c).status).toBe('met')
  })

  it('70 % exactly (7 of 10) → met; 6 of 10 → not met; 0 members → not met', () => {
    const share = (ldtt: number, total: number) =>
      outcome(
        evalUnit(
          'tap_the_lao_dong_tien_tien',
          collective({
            years: [
              collectiveYear(2025, {
                members: [
                  ...members(ldtt),
                  ...members(total - ldtt).map((m) => ({ ...m, personId: m.personId + 100, titles: [] })),
                ],
              }),
            ],
          }),
        ),
        'members_ldtt_share',
      )
    expect(share(7, 10).status).toBe('met')
    expect(share(7, 10).facts[0]).toBe('Năm 2025: 7/10 cá nhân đạt Lao động tiên tiến (70%); cần từ 70%')
    expect(share(6, 10).status).toBe('not_met')
    expect(share(0, 0).status).toBe('not_met')
    // 7 of 11 = 63.6 % < 70 %
    expect(share(7, 11).status).toBe('not_met')
  })

  it('Điều 28: a member with khiển trách is fine; one with cảnh cáo in force → not met', () => {
    const withForm = (form: 'khien_trach' | 'canh_cao') =>
      evalUnit(
        'tap_the_lao_dong_tien_tien',
        collective({
          years: [
            collectiveYear(2025, {
              members: [
                ...members(9),
                member(10, { disciplines: [{ form, decidedOn: '2025-05-01', inForceUntil: null }] }),
              ],
            }),
          ],
        }),
      ).status
    expect(withForm('khien_trach')).toBe('met')
    expect(withForm('canh_cao')).toBe('not_met')
  })
})

describe('Tập thể lao động xuất sắc (Luật Điều 27; TT 02/2024 Điều 18)', () => {
  it('TT 02/2024 Điều 18: exceeds the plan, 100 % complete, ≥ 70 % LĐTT, one CSTĐCS → met', () => {
    expect(evalUnit('tap_the_lao_dong_xuat_sac', collective({ years: [collectiveYear(2025)] })).status).toBe('met')
  })

  it('Điều 18: no issued plan → not met, saying so', () => {
    const e = evalUnit('tap_the_lao_dong_xuat_sac', collective({ years: [collectiveYear(2025, { plan: null })] }))
    expect(outcome(e, 'plan_exceeded')).toMatchObject({
      status: 'not_met',
      facts: ['Năm 2025: đơn vị không có kế hoạch công tác được ban hành'],
    })
  })

  it('Điều 18: all targets met but none exceeded → not met; one task late → not met; one target missed → not met', () => {
    const plan = (
      p: Partial<{
        targets: number
        targetsMet: number
        targetsExceeded: number
        tasks: number
        tasksDoneOnTime: number
      }>,
    ) =>
      outcome(
        evalUnit(
          'tap_the_lao_dong_xuat_sac',
          collective({
            years: [
              collectiveYear(2025, {
                plan: { targets: 10, targetsMet: 10, targetsExceeded: 3, tasks: 8, tasksDoneOnTime: 8, ...p },
              }),
            ],
          }),
        ),
        'plan_exceeded',
      ).status
    expect(plan({})).toBe('met')
    expect(plan({ targetsExceeded: 0 })).toBe('not_met')
    expect(plan({ tasksDoneOnTime: 7 })).toBe('not_met')
    expect(plan({ targetsMet: 9 })).toBe('not_met')
    expect(plan({ targets: 0, targetsMet: 0, targetsExceeded: 0 })).toBe('not_met')
  })

  it('Điều 27: one member "không hoàn thành nhiệm vụ" → not met; one not yet rated → needs evidence', () => {
    const withMember = (rating: 'not_completed' | null) =>
      outcome(
        evalUnit(
          'tap_the_lao_dong_xuat_sac',
          collective({
            years: [
              collectiveYear(2025, {
                members: [
                  ...members(8),
                  member(9, { titles: ['chien_si_thi_dua_co_so'] }),
                  member(10, { rating, titles: [] }),
                ],
              }),
            ],
          }),
        ),
        'members_all_complete',
      ).status
    expect(withMember('not_completed')).toBe('not_met')
    expect(withMember(null)).toBe('needs_evidence')
  })

  it('Điều 27: no member Chiến sĩ thi đua cơ sở → not met', () => {
    const e = evalUnit(
      'tap_the_lao_dong_xuat_sac',
      collective({ years: [collectiveYear(2025, { members: members(10) })] }),
    )
    expect(outcome(e, 'member_cstdcs').status).toBe('not_met')
  })
})

describe('Cờ thi đua của ngành KSND (TT 02/2024 Điều 17)', () => {
  const leading = collective({ years: [collectiveYear(2025, { ledBlock: true })] })

  it('Điều 17: leads its block, meets TTLĐXS, 80 % of the block → met', () => {
    expect(evalUnit('co_thi_dua_nganh', leading, 2025, { votes: { share: 0.8 } }).status).toBe('met')
  })
  it('block vote share 79 % → not met; none given → needs evidence with the [unconfirmed] note', () => {
    expect(evalUnit('co_thi_dua_nganh', leading, 2025, { votes: { share: 0.79 } }).status).toBe('not_met')
    const e = evalUnit('co_thi_dua_nganh', leading)
    expect(e.status).toBe('needs_evidence')
    expect(outcome(e, 'block_vote').note).toContain('chưa xác minh')
  })
  it('Điều 17: not the leading unit → not met', () => {
    const e = evalUnit('co_thi_dua_nganh', collective({ years: [collectiveYear(2025)] }), 2025, { votes: { share: 1 } })
    expect(outcome(e, 'led_block').status).toBe('not_met')
  })
  it('under TT 01/2019 (decided 30/09/2024) the 80 % was [news], no unconfirmed note', () => {
    const e = evaluateAward({
      award: 'co_thi_dua_nganh',
      subject: 'collective',
      year: 2024,
      collective: collective({ years: [collectiveYear(2024, { ledBlock: true })] }),
      asOf: '2024-09-30',
    })
    expect(e.instrument).toBe('tt01_2019')
    expect(outcome(e, 'block_vote').note).toBeUndefined()
  })
})

describe('Cờ thi đua của Chính phủ (Luật Điều 25)', () => {
  it('Điều 25: holds the sector flag of the year and exceeded the plan → met', () => {
    const c = collective({
      years: [collectiveYear(2025, { ledBlock: true })],
      awards: [held('co_thi_dua_nganh', 2025)],
    })
    expect(evalUnit('co_thi_dua_chinh_phu', c).status).toBe('met')
  })
  it('Điều 25: leads the block but the sector flag is not yet decided → needs evidence; neither → not met', () => {
    expect(
      evalUnit('co_thi_dua_chinh_phu', collective({ years: [collectiveYear(2025, { ledBlock: true })] })).status,
    ).toBe('needs_evidence')
    expect(evalUnit('co_thi_dua_chinh_phu', collective({ years: [collectiveYear(2025)] })).status).toBe('not_met')
  })
})

describe('Bằng khen of the Viện trưởng VKSNDTC (Luật Điều 74)', () => {
  it('Điều 74, first path: CSTĐCS 2024 and 2025 → met', () => {
    const p = person({ years: [personYear(2024), personYear(2025)], awards: cstdcsYears(2024, 2025) })
    expect(evalPerson('bang_khen_nganh', p).status).toBe('met')
  })
  it('Điều 74, second path: excellent 2024 and 2025 with 2 grassroots initiatives → met; with 1 → not met', () => {
    const p = (n: number) =>
      person({
        years: [
          personYear(2024, { rating: 'excellent', initiatives: n >= 1 ? [initiative(2024)] : [] }),
          personYear(2025, { rating: 'excellent', initiatives: n >= 2 ? [initiative(2025)] : [] }),
        ],
      })
    expect(evalPerson('bang_khen_nganh', p(2)).status).toBe('met')
    expect(evalPerson('bang_khen_nganh', p(1)).status).toBe('not_met')
  })
  it('Điều 74: only one CSTĐCS and only good ratings → not met', () => {
    const p = person({ years: [personYear(2024), personYear(2025)], awards: cstdcsYears(2025) })
    expect(evalPerson('bang_khen_nganh', p).status).toBe('not_met')
  })
  it('collective: excellent 2024 and 2025 → met; 2024 good → not met', () => {
    expect(
      evalUnit('bang_khen_nganh', collective({ years: [collectiveYear(2024), collectiveYear(2025)] })).status,
    ).toBe('met')
    expect(
      evalUnit(
        'bang_khen_nganh',
        collective({ years: [collectiveYear(2024, { rating: 'good' }), collectiveYear(2025)] }),
      ).status,
    ).toBe('not_met')
  })
})

const fiveYears = (from: number, rating: 'good' | 'excellent' = 'good') =>
  [0, 1, 2, 3, 4].map((i) => personYear(from + i, { rating }))

describe('Bằng khen of the Prime Minister (Luật Điều 73)', () => {
  it('Điều 73: sector Bằng khen 2020, then 2021–2025 good or better with CSTĐCS 2021, 2023, 2025 → met', () => {
    const p = person({
      years: fiveYears(2021),
      awards: [held('bang_khen_nganh', 2020), ...cstdcsYears(2021, 2023, 2025)],
    })
    expect(evalPerson('bang_khen_thu_tuong', p).status).toBe('met')
  })
  it('Điều 73: only 2 CSTĐCS in the window → not met', () => {
    const p = person({ years: fiveYears(2021), awards: [held('bang_khen_nganh', 2020), ...cstdcsYears(2021, 2023)] })
    expect(outcome(evalPerson('bang_khen_thu_tuong', p), 'window_cstdcs_years').status).toBe('not_met')
  })
  it('Điều 73: the window counts after the sector Bằng khen — given 2021, 2021–2025 is only 4 years → not met', () => {
    const p = person({
      years: fiveYears(2021),
      awards: [held('bang_khen_nganh', 2021), ...cstdcsYears(2022, 2023, 2025)],
    })
    expect(outcome(evalPerson('bang_khen_thu_tuong', p), 'window_rated_good').status).toBe('not_met')
  })
  it('Điều 73: one year "hoàn thành nhiệm vụ" in the window → not met', () => {
    const years = fiveYears(2021)
    years[2] = personYear(2023, { rating: 'completed' })
    const p = person({ years, awards: [held('bang_khen_nganh', 2020), ...cstdcsYears(2021, 2022, 2025)] })
    expect(evalPerson('bang_khen_thu_tuong', p).status).toBe('not_met')
  })
  it('the previous PM Bằng khen used the sector Bằng khen: a new one needs a new sector Bằng khen after it', () => {
    const p = person({
      years: fiveYears(2021),
      awards: [held('bang_khen_nganh', 2015), held('bang_khen_thu_tuong', 2020), ...cstdcsYears(2021, 2023, 2025)],
    })
    expect(outcome(evalPerson('bang_khen_thu_tuong', p), 'prior_award').status).toBe('not_met')
  })
  it('no sector Bằng khen → not met; a revoked one does not count', () => {
    const p = person({ years: fiveYears(2021), awards: [held('bang_khen_nganh', 2020, { revokedOn: '2022-01-01' })] })
    expect(outcome(evalPerson('bang_khen_thu_tuong', p), 'prior_award').status).toBe('not_met')
  })
})

describe('Huân chương Lao động hạng Ba (Luật Điều 44)', () => {
  const years = () => {
    const list = fiveYears(2021)
    list[4] = personYear(2025, { rating: 'excellent' })
    return list
  }
  it('Điều 44: PM Bằng khen 2020, 2021–2025 good+, 2025 excellent, 3 CSTĐCS → needs evidence (public consultation only)', () => {
    const p = person({ years: years(), awards: [held('bang_khen_thu_tuong', 2020), ...cstdcsYears(2021, 2023, 2025)] })
    const e = evalPerson('huan_chuong_lao_dong_hang_ba', p)
    expect(e.conditions.filter((c) => c.status !== 'met').map((c) => c.code)).toEqual(['public_consultation'])
    expect(e.status).toBe('needs_evidence')
  })
  it('Điều 44: no excellent year in the window → not met', () => {
    const p = person({
      years: fiveYears(2021),
      awards: [held('bang_khen_thu_tuong', 2020), ...cstdcsYears(2021, 2023, 2025)],
    })
    expect(outcome(evalPerson('huan_chuong_lao_dong_hang_ba', p), 'window_excellent_years').status).toBe('not_met')
  })
  it('Điều 44: only a sector Bằng khen (not the PM one) → not met', () => {
    const p = person({ years: years(), awards: [held('bang_khen_nganh', 2020), ...cstdcsYears(2021, 2023, 2025)] })
    expect(outcome(evalPerson('huan_chuong_lao_dong_hang_ba', p), 'prior_award').status).toBe('not_met')
  })
})

describe('Huân chương Lao động hạng Nhì / Nhất (Luật Điều 43 / 42, [unconfirmed])', () => {
  it('Điều 43: holding hạng Ba → needs evidence with the unconfirmed note; without → not met', () => {
    const e = evalPerson(
      'huan_chuong_lao_dong_hang_nhi',
      person({ awards: [held('huan_chuong_lao_dong_hang_ba', 2019)] }),
    )
    expect(e.status).toBe('needs_evidence')
    expect(outcome(e, 'criteria_unconfirmed').note).toContain('chưa xác minh')
    expect(evalPerson('huan_chuong_lao_dong_hang_nhi', person()).status).toBe('not_met')
  })
  it('Điều 42: hạng Nhất asks for hạng Nhì', () => {
    expect(
      evalPerson('huan_chuong_lao_dong_hang_nhat', person({ awards: [held('huan_chuong_lao_dong_hang_ba', 2019)] }))
        .status,
    ).toBe('not_met')
    expect(
      evalPerson('huan_chuong_lao_dong_hang_nhat', person({ awards: [held('huan_chuong_lao_dong_hang_nhi', 2020)] }))
        .status,
    ).toBe('needs_evidence')
  })
})

describe('Giấy khen (Luật Điều 75) and Kỷ niệm chương (TT 02/2024 Điều 21)', () => {
  it('Điều 75: Giấy khen always needs the achievements as evidence', () => {
    expect(evalPerson('giay_khen', person()).status).toBe('needs_evidence')
    expect(evalUnit('giay_khen', collective()).status).toBe('needs_evidence')
  })
  it('Điều 21: 15 years of service on the date: from 01/03/2010 → met on 01/03/2025, not on 28/02/2025', () => {
    const p = person({ serviceStart: '2010-03-01' })
    expect(evalPerson('ky_niem_chuong', p, 2025, { asOf: '2025-03-01' }).status).toBe('met')
    expect(evalPerson('ky_niem_chuong', p, 2025, { asOf: '2025-02-28' }).status).toBe('not_met')
  })
  it('Điều 21: once per person — held in 2020 → not met even for another year', () => {
    const p = person({ serviceStart: '2000-01-01', awards: [held('ky_niem_chuong', 2020)] })
    expect(outcome(evalPerson('ky_niem_chuong', p), 'once_per_person').status).toBe('not_met')
  })
})

describe('overall status (property): a candidate with any condition not met never evaluates met', () => {
  const rating = fc.constantFrom('excellent', 'good', 'completed', 'not_completed', null)
  const yearFacts = (year: number) =>
    fc
      .record({
        rating,
        absenceDays: fc.integer({ min: 0, max: 200 }),
        discipline: fc.boolean(),
        initiative: fc.constantFrom(null, 'grassroots', 'province', 'sector', 'national'),
      })
      .map((r) =>
        personYear(year, {
          rating: r.rating as never,
          absenceDays: r.absenceDays,
          disciplines: r.discipline ? [{ form: 'khien_trach', decidedOn: `${year}-05-01`, inForceUntil: null }] : [],
          initiatives: r.initiative === null ? [] : [initiative(year, r.initiative as never)],
        }),
      )
  const awardsArb = fc.subarray(
    [2020, 2021, 2022, 2023, 2024, 2025].flatMap((y) =>
      (
        [
          'chien_si_thi_dua_co_so',
          'bang_khen_nganh',
          'bang_khen_thu_tuong',
          'chien_si_thi_dua_nganh',
          'lao_dong_tien_tien',
        ] as const
      ).map((a) => held(a, y)),
    ),
  )
  const personArb = fc
    .record({
      years: fc.tuple(...[2020, 2021, 2022, 2023, 2024, 2025].map(yearFacts)),
      awards: awardsArb,
      review: fc.boolean(),
      start: fc.constantFrom('2005-01-01', '2025-07-01', '2024-06-01'),
    })
    .map((r) => person({ years: r.years, awards: r.awards, underDisciplinaryReview: r.review, serviceStart: r.start }))
  const individualAwards: AwardCode[] = [
    'lao_dong_tien_tien',
    'chien_si_thi_dua_co_so',
    'chien_si_thi_dua_nganh',
    'chien_si_thi_dua_toan_quoc',
    'bang_khen_nganh',
    'bang_khen_thu_tuong',
    'huan_chuong_lao_dong_hang_ba',
    'ky_niem_chuong',
  ]

  it('for every individual award', () => {
    fc.assert(
      fc.property(
        personArb,
        fc.constantFrom(...individualAwards),
        fc.option(fc.double({ min: 0, max: 1, noNaN: true })),
        (p, award, share) => {
          const e = evalPerson(award, p, 2025, share === null ? {} : { votes: { share } })
          const anyNotMet = e.conditions.some((c) => c.status === 'not_met')
          const anyEvidence = e.conditions.some((c) => c.status === 'needs_evidence')
          if (anyNotMet) expect(e.status).toBe('not_met')
          else if (anyEvidence) expect(e.status).toBe('needs_evidence')
          else expect(e.status).toBe('met')
        },
      ),
      { numRuns: 300 },
    )
  })

  it('a person under disciplinary review (ND 98/2023 Điều 4) is never met, whatever else holds', () => {
    fc.assert(
      fc.property(personArb, fc.constantFrom(...individualAwards), (p, award) => {
        const e = evalPerson(award, { ...p, underDisciplinaryReview: true }, 2025, { votes: { share: 1 } })
        expect(e.status).toBe('not_met')
      }),
      { numRuns: 200 },
    )
  })

  it('a unit without an issued plan (TT 02/2024 Điều 18) is never Tập thể lao động xuất sắc nor Cờ thi đua', () => {
    fc.assert(
      fc.property(
        fc.boolean(),
        fc.constantFrom(
          'tap_the_lao_dong_xuat_sac',
          'co_thi_dua_nganh',
          'co_thi_dua_chinh_phu',
        ) as fc.Arbitrary<AwardCode>,
        (ledBlock, award) => {
          const c = collective({
            years: [collectiveYear(2025, { plan: null, ledBlock })],
            awards: [held('co_thi_dua_nganh', 2025)],
          })
          expect(evalUnit(award, c, 2025, { votes: { share: 1 } }).status).toBe('not_met')
        },
      ),
    )
  })
})
