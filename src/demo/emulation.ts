// The demo province's emulation and commendation (issue 14 item 10), reproducing the seeds: five
// years of ratings, titles and awards (2021–2025) carried across the July 2025 reorganisation, and
// the 2026 cycle under way — ratings entered, registrations approved, the province's blocks with
// their members and leaders. Pure and deterministic: the same seed and organisation give the same
// facts. People are named by e-mail and units by code; the loader resolves them
// (src/server/seed/load-emulation.ts).
//
// The seeds (issue 14): "Viện trưởng VKSND tối cao tặng Cờ thi đua dẫn đầu khối cho 3 tập thể" (a
// district — now regional — procuracy, the general office, Phòng 9); "Thủ tướng Chính phủ tặng Cờ
// thi đua của Chính phủ cho VKSND tỉnh và Bằng khen cho 1 tập thể"; "1 đồng chí nguyên Lãnh đạo
// VKSND tỉnh được Chủ tịch nước tặng thưởng Huân chương Lao động hạng Nhì"; the Government's flag
// "5 năm liên tục". Demo people are generated names (DOMAIN.md §1.1a).
import type { AwardCode, DisciplineForm, InitiativeScope, QualityRating } from '@/domain/emulation/vocabulary.ts'
import { createRandom, deriveSeed } from '@/demo/random.ts'
import type { DemoOrganisation, PersonSeed } from '@/demo/types.ts'
import { CT_REGIONALS, CURRENT_PROVINCE_CODE, OLD_PROVINCE_CODE } from '@/demo/units.ts'

/** The emulation years whose titles and awards are decided; the year after is the cycle under way. */
export const DEMO_HISTORY_YEARS = [2021, 2022, 2023, 2024, 2025] as const
export const DEMO_CYCLE_YEAR = 2026

export type DemoRating = {
  email: string
  year: number
  unitCode: string
  rating: QualityRating
  absenceDays: number
  maternityDays: number
}
export type DemoDiscipline = {
  email: string
  unitCode: string
  form: DisciplineForm
  decidedOn: string
  inForceUntil: string
  decision: string
  reason: string
}
export type DemoInitiative = {
  email: string
  unitCode: string
  year: number
  title: string
  scope: InitiativeScope
  decision: string
  recognisedOn: string
}
export type DemoCollectiveRating = { unitCode: string; year: number; rating: QualityRating }
export type DemoAward = {
  award: AwardCode
  /** Exactly one of the two. */
  email: string | null
  unitCode: string
  collective: boolean
  year: number
  decisionNumber: string
  decidedOn: string
  decidedBy: string
}
export type DemoServiceStart = { email: string; serviceStart: string }
export type DemoBlock = {
  organiserCode: string
  year: number
  name: string
  kind: 'cluster' | 'block'
  memberCodes: readonly string[]
  leaderCode: string
  deputyCode: string
  pledge: string
  /** The member the block chose as its leading unit (đơn vị dẫn đầu) — decided years only. */
  ledByCode: string | null
}

export type DemoEmulation = {
  serviceStarts: DemoServiceStart[]
  ratings: DemoRating[]
  disciplines: DemoDiscipline[]
  initiatives: DemoInitiative[]
  collectiveRatings: DemoCollectiveRating[]
  awards: DemoAward[]
  blocks: DemoBlock[]
  /** The people the demo's story is about, for the tests and the README. */
  cast: {
    /** Chiến sĩ thi đua cơ sở 2023 and 2024 in a district procuracy, 2025 in its regional successor. */
    streakAcrossMerger: string
    /** Disciplined (khiển trách) in 2026: excluded from every title of the year. */
    disciplined: string
    /** Joined on 01/8/2026: under six months of service at the end of the emulation year. */
    newHire: string
    /** The former provincial leader with the Huân chương Lao động hạng Nhì. */
    formerLeader: string
  }
}

const CT = CURRENT_PROVINCE_CODE
const HG = OLD_PROVINCE_CODE
const PROVINCE_DECIDER = 'Viện trưởng VKSND tỉnh Hậu Giang'
const CITY_DECIDER = 'Viện trưởng VKSND thành phố Cần Thơ'
const SECTOR_DECIDER = 'Viện trưởng VKSND tối cao'

/** The statistics year 2025 ended on 30/11/2025, after the reorganisation of 01/7/2025. */
const reorganised = (year: number) => year >= 2025

/** The unit a person of a current unit worked in during `year` (index spreads a regional unit's people over the districts it absorbed). */
const unitInYear = (unitCode: string, year: number, index: number): string => {
  if (reorganised(year)) return unitCode
  if (unitCode === CT) return HG
  const regional = CT_REGIONALS.find((r) => r.code === unitCode)
  if (regional) return regional.absorbs[index % regional.absorbs.length]!
  return `${HG}${unitCode.slice(CT.length)}`
}

/** Successor-aware unit of a collective in a year (the HG departments and districts before 2025). */
const collectiveInYear = (unitCode: string, year: number): string[] => {
  if (reorganised(year)) return [unitCode]
  if (unitCode === CT) return [HG]
  const regional = CT_REGIONALS.find((r) => r.code === unitCode)
  if (regional) return [...regional.absorbs]
  return [`${HG}${unitCode.slice(CT.length)}`]
}

const decisionDate = (year: number) => `${year}-12-20`
const isProcurator = (p: PersonSeed) => p.title.startsWith('ksv_')

export const generateDemoEmulation = (organisation: DemoOrganisation, seed: number): DemoEmulation => {
  const random = createRandom(deriveSeed(seed, 14))
  const staff = organisation.people.filter(
    (p) => p.email !== null && (p.unitCode === CT || p.unitCode.startsWith(`${CT}.`)),
  )
  const email = (p: PersonSeed) => p.email as string
  const find = (predicate: (p: PersonSeed) => boolean, what: string): PersonSeed => {
    const person = staff.find(predicate)
    if (!person) throw new Error(`demo emulation: no ${what} in the demo province`)
    return person
  }
  const streakPerson = find((p) => p.unitCode === 'CT.KV6' && isProcurator(p), 'procurator of CT.KV6')
  const disciplined = find((p) => p.unitCode === 'CT.P2' && isProcurator(p), 'procurator of CT.P2')
  const newHire = find((p) => p.unitCode === 'CT.VP' && p.title === 'van_thu', 'văn thư of CT.VP')
  const formerLeader = find((p) => p.unitCode === CT && p.title === 'pho_vien_truong', 'Phó Viện trưởng of CT')

  const serviceStarts: DemoServiceStart[] = staff.map((p, i) => ({
    email: email(p),
    serviceStart: p === newHire ? '2026-08-01' : `${2000 + (i % 18)}-0${1 + (i % 9)}-01`,
  }))

  const ratings: DemoRating[] = []
  const initiatives: DemoInitiative[] = []
  const awards: DemoAward[] = []
  const years = [...DEMO_HISTORY_YEARS, DEMO_CYCLE_YEAR]

  staff.forEach((person, index) => {
    for (const year of years) {
      if (person === newHire && year < DEMO_CYCLE_YEAR) continue
      const unitCode = unitInYear(person.unitCode, year, index)
      const story = person === streakPerson || person === formerLeader
      const rating: QualityRating = story
        ? 'excellent'
        : person === disciplined && year === DEMO_CYCLE_YEAR
          ? 'completed'
          : random.weighted<QualityRating>([
              ['excellent', 25],
              ['good', 65],
              ['completed', 9],
              ['not_completed', 1],
            ])
      // One person of about thirty had a long sick leave in some year (the 3-to-6-month exclusion).
      const absenceDays = !story && random.chance(0.03) ? random.int(95, 170) : 0
      const maternityDays = person.gender === 'nu' && !story && random.chance(0.04) ? 180 : 0
      ratings.push({ email: email(person), year, unitCode, rating, absenceDays, maternityDays })

      const hasInitiative = story ? year >= 2023 : rating === 'excellent' && random.chance(0.35)
      if (hasInitiative) {
        const scope: InitiativeScope = person === streakPerson && year >= 2025 ? 'sector' : 'grassroots'
        initiatives.push({
          email: email(person),
          unitCode,
          year,
          title: `Giải pháp nâng cao chất lượng ${random.pick(['kiểm sát điều tra', 'kiểm sát xét xử', 'giải quyết tin báo', 'kiểm sát tạm giữ, tạm giam', 'công tác thống kê'])} năm ${year}`,
          scope,
          decision: `Quyết định số ${10 + index}/QĐ-HĐSK ngày 15/10/${year} của Hội đồng sáng kiến`,
          recognisedOn: `${year}-10-15`,
        })
      }
      if (year === DEMO_CYCLE_YEAR) continue
      // Titles of the decided years: Lao động tiên tiến for "hoàn thành tốt" or better with no long
      // absence; Chiến sĩ thi đua cơ sở for those of them with an initiative (Law 2022 Arts. 23–24).
      const decidedBy = reorganised(year) ? CITY_DECIDER : PROVINCE_DECIDER
      const provinceCode = reorganised(year) ? 'QĐ-VKSCT' : 'QĐ-VKSHG'
      if ((rating === 'excellent' || rating === 'good') && absenceDays === 0) {
        const base = {
          email: email(person),
          unitCode,
          collective: false,
          year,
          decidedOn: decisionDate(year),
          decidedBy,
        }
        awards.push({ ...base, award: 'lao_dong_tien_tien', decisionNumber: `${120 + (year % 100)}/${provinceCode}` })
        if (hasInitiative)
          awards.push({
            ...base,
            award: 'chien_si_thi_dua_co_so',
            decisionNumber: `${121 + (year % 100)}/${provinceCode}`,
          })
      }
    }
  })

  // The former provincial leader's long record: the sector's Bằng khen, the Prime Minister's, the
  // Huân chương Lao động hạng Ba and then hạng Nhì (decided by the President of the State).
  const leaderAward = (award: AwardCode, year: number, number: string, decidedBy: string) =>
    awards.push({
      award,
      email: email(formerLeader),
      unitCode: HG,
      collective: false,
      year,
      decisionNumber: number,
      decidedOn: `${year + 1}-04-15`,
      decidedBy,
    })
  leaderAward('bang_khen_nganh', 2012, '215/QĐ-VKSTC', SECTOR_DECIDER)
  leaderAward('bang_khen_thu_tuong', 2016, '902/QĐ-TTg', 'Thủ tướng Chính phủ')
  leaderAward('huan_chuong_lao_dong_hang_ba', 2019, '1185/QĐ-CTN', 'Chủ tịch nước')
  leaderAward('huan_chuong_lao_dong_hang_nhi', 2024, '610/QĐ-CTN', 'Chủ tịch nước')

  const disciplines: DemoDiscipline[] = [
    {
      email: email(disciplined),
      unitCode: disciplined.unitCode,
      form: 'khien_trach',
      decidedOn: '2026-03-10',
      inForceUntil: '2027-03-09',
      decision: 'Quyết định số 18/QĐ-VKSCT ngày 10/3/2026 của Viện trưởng VKSND thành phố Cần Thơ',
      reason: 'Vi phạm quy chế nghiệp vụ trong kiểm sát giải quyết tin báo về tội phạm',
    },
  ]

  // Collectives: every unit of the province with a rating each year; Tập thể lao động tiên tiến
  // for "hoàn thành tốt" or better, Tập thể lao động xuất sắc for the best, within the 20 % cap.
  const currentUnits = organisation.units.filter((u) => u.validTo === null && (u.code === CT || u.parentCode === CT))
  const collectiveRatings: DemoCollectiveRating[] = []
  for (const year of years)
    for (const u of currentUnits)
      for (const code of collectiveInYear(u.code, year))
        collectiveRatings.push({
          unitCode: code,
          year,
          rating:
            u.code === CT || ['CT.KV8', 'CT.VP', 'CT.P9', 'CT.P1'].includes(u.code)
              ? 'excellent'
              : random.pick<QualityRating>(['excellent', 'good', 'good', 'good']),
        })
  const unitAward = (
    award: AwardCode,
    unitCode: string,
    year: number,
    number: string,
    decidedBy: string,
    decidedOn = decisionDate(year),
  ) =>
    awards.push({ award, email: null, unitCode, collective: true, year, decisionNumber: number, decidedOn, decidedBy })
  for (const year of DEMO_HISTORY_YEARS) {
    const rated = collectiveRatings.filter((r) => r.year === year && r.unitCode !== CT && r.unitCode !== HG)
    const advanced = rated.filter((r) => r.rating === 'excellent' || r.rating === 'good')
    const decidedBy = reorganised(year) ? CITY_DECIDER : PROVINCE_DECIDER
    const code = reorganised(year) ? 'QĐ-VKSCT' : 'QĐ-VKSHG'
    for (const r of advanced)
      unitAward('tap_the_lao_dong_tien_tien', r.unitCode, year, `${130 + (year % 100)}/${code}`, decidedBy)
    // At most 20 % of the units classed "tiên tiến", at least one (TT 02/2024/TT-VKSTC Art. 18).
    const cap = Math.max(1, Math.floor(advanced.length / 5))
    const excellent = advanced.filter((r) => r.rating === 'excellent')
    const favoured = ['CT.KV8', 'HG.PH', 'CT.VP', 'HG.VP', 'CT.P9', 'HG.P9']
    excellent.sort((a, b) => Number(favoured.includes(b.unitCode)) - Number(favoured.includes(a.unitCode)))
    for (const r of excellent.slice(0, cap))
      unitAward('tap_the_lao_dong_xuat_sac', r.unitCode, year, `${131 + (year % 100)}/${code}`, decidedBy)
    // The Government's flag for the provincial procuracy, five years running across the merger.
    unitAward(
      'co_thi_dua_chinh_phu',
      reorganised(year) ? CT : HG,
      year,
      `${300 + (year % 100)}/QĐ-TTg`,
      'Thủ tướng Chính phủ',
      `${year + 1}-01-20`,
    )
  }
  // 2025: the sector's flag for the three leading collectives of the province's blocks (the seeds'
  // "Cờ thi đua dẫn đầu khối"), and the Prime Minister's Bằng khen for one collective.
  for (const code of ['CT.KV8', 'CT.VP', 'CT.P9'])
    unitAward('co_thi_dua_nganh', code, 2025, '1450/QĐ-VKSTC', SECTOR_DECIDER, '2026-01-10')
  unitAward('bang_khen_thu_tuong', 'CT.P1', 2025, '95/QĐ-TTg', 'Thủ tướng Chính phủ', '2026-01-20')

  const regionalCodes = CT_REGIONALS.map((r) => r.code)
  const blocksOf = (year: number): DemoBlock[] => {
    const decided = year < DEMO_CYCLE_YEAR
    return [
      {
        organiserCode: CT,
        year,
        name: 'Cụm thi đua các Viện kiểm sát nhân dân khu vực',
        kind: 'cluster',
        memberCodes: regionalCodes,
        leaderCode: decided ? 'CT.KV6' : 'CT.KV7',
        deputyCode: decided ? 'CT.KV7' : 'CT.KV9',
        pledge: `Giao ước thi đua năm ${year} ký ngày 12/01/${year}`,
        ledByCode: decided ? 'CT.KV8' : null,
      },
      {
        organiserCode: CT,
        year,
        name: 'Khối Nghiệp vụ hình sự',
        kind: 'block',
        memberCodes: ['CT.P1', 'CT.P2', 'CT.P7', 'CT.P8'],
        leaderCode: decided ? 'CT.P2' : 'CT.P7',
        deputyCode: decided ? 'CT.P7' : 'CT.P8',
        pledge: `Giao ước thi đua năm ${year} ký ngày 12/01/${year}`,
        ledByCode: decided ? 'CT.P1' : null,
      },
      {
        organiserCode: CT,
        year,
        name: 'Khối Nghiệp vụ dân sự, hành chính',
        kind: 'block',
        memberCodes: ['CT.P9', 'CT.P10', 'CT.P11', 'CT.P12'],
        leaderCode: decided ? 'CT.P10' : 'CT.P11',
        deputyCode: decided ? 'CT.P11' : 'CT.P12',
        pledge: `Giao ước thi đua năm ${year} ký ngày 12/01/${year}`,
        ledByCode: decided ? 'CT.P9' : null,
      },
      {
        organiserCode: CT,
        year,
        name: 'Khối Tham mưu, tổng hợp',
        kind: 'block',
        memberCodes: ['CT.VP', 'CT.P15', 'CT.TTR'],
        leaderCode: decided ? 'CT.P15' : 'CT.TTR',
        deputyCode: decided ? 'CT.TTR' : 'CT.VP',
        pledge: `Giao ước thi đua năm ${year} ký ngày 12/01/${year}`,
        ledByCode: decided ? 'CT.VP' : null,
      },
    ]
  }

  return {
    serviceStarts,
    ratings,
    disciplines,
    initiatives,
    collectiveRatings,
    awards,
    blocks: [...blocksOf(2025), ...blocksOf(DEMO_CYCLE_YEAR)],
    cast: {
      streakAcrossMerger: email(streakPerson),
      disciplined: email(disciplined),
      newHire: email(newHire),
      formerLeader: email(formerLeader),
    },
  }
}
