// The ladder view (issue 14 item 6): for a person or a unit, every title and reward form it can be
// given, what is missing now (the conditions not met or needing evidence for the year asked), and
// the earliest emulation year it could be given.
//
// The earliest year is found by projection: for each later year t (up to `horizon` years on) the
// history is extended with years that go as well as they can — rated "hoàn thành xuất sắc", no
// absence, no discipline, one initiative recognised at grassroots, and the yearly titles (Lao động
// tiên tiến, Chiến sĩ thi đua cơ sở; Tập thể lao động tiên tiến for a unit) held for every year
// before t, including the year asked when its own conditions already hold. Then the award is
// evaluated for t. What a projection cannot promise — an initiative of sector or national scope,
// leading a block, a sector flag, the end of a disciplinary review — does not hold the year back,
// but stays in `missing`. Earlier awards that a condition asks for (a sector Bằng khen before the
// Prime Minister's, Huân chương hạng Ba before hạng Nhì) are never assumed: without them the
// earliest year is null.
import { type ConditionCode, CATALOGUE, type ParameterOverrides } from './catalogue.ts'
import { type AwardEvaluation, type ConditionOutcome, evaluateAward } from './conditions.ts'
import type { AwardHeld, CollectiveHistory, CollectiveYearFacts, PersonHistory, PersonYearFacts } from './facts.ts'
import { holds } from './streaks.ts'
import { AWARD_CODES, AWARD_LABELS, type AwardCode, type AwardKind, type AwardSubject } from './vocabulary.ts'

export type LadderStep = {
  award: AwardCode
  label: string
  kind: AwardKind
  /** The evaluation for the year asked, on the real facts. */
  evaluation: AwardEvaluation
  /** The conditions not met or needing evidence for the year asked. */
  missing: ConditionOutcome[]
  /** The earliest emulation year ≥ the year asked it could be given; null when not within the horizon. */
  earliestYear: number | null
  /** What the projection assumed of the years after the one asked (Vietnamese). */
  assumptions: string[]
}

export type LadderOptions = {
  overrides?: ParameterOverrides
  /** How many years after the one asked to look (default 6: a 5-year window and one more). */
  horizon?: number
}

/** Conditions a projection cannot promise: they never hold back the earliest year of a later t. */
const NOT_PROJECTED: ReadonlySet<ConditionCode> = new Set<ConditionCode>([
  'not_under_review',
  'initiative_sector',
  'initiative_national',
  'led_block',
  'sector_flag_holder',
])

const assumed = (award: AwardCode, year: number): AwardHeld => ({
  award,
  year,
  decisionNumber: '(giả định)',
  decidedOn: `${year}-12-31`,
  revokedOn: null,
})

const projectedPersonYear = (year: number, unitId: number): PersonYearFacts => ({
  year,
  unitId,
  rating: 'excellent',
  absenceDays: 0,
  maternityDays: 0,
  disciplines: [],
  initiatives: [
    {
      title: '(giả định) sáng kiến cấp cơ sở',
      scope: 'grassroots',
      decision: '(giả định)',
      recognisedOn: `${year}-10-31`,
    },
  ],
})

const isPerson = (h: PersonHistory | CollectiveHistory): h is PersonHistory => 'personId' in h

const asOfFor = (asOf: string, t: number) => {
  const end = `${t}-11-30`
  return asOf > end ? asOf : end
}

/** The person's history with the years year+1 … t−1 projected, and t's facts (but not titles) projected. */
function projectPerson(
  p: PersonHistory,
  year: number,
  t: number,
  asOf: string,
  overrides?: ParameterOverrides,
): PersonHistory {
  const years = [...p.years]
  const awards = [...p.awards]
  const unitId = p.years.find((y) => y.year === year)?.unitId ?? p.years[p.years.length - 1]?.unitId ?? 0
  // The year asked: its yearly titles count as held when their conditions already hold.
  for (const award of ['lao_dong_tien_tien', 'chien_si_thi_dua_co_so'] as const) {
    if (!holds(awards, award, year)) {
      const e = evaluateAward({
        award,
        subject: 'individual',
        year,
        person: p,
        asOf,
        ...(overrides ? { overrides } : {}),
      })
      if (e.status !== 'not_met') awards.push(assumed(award, year))
    }
  }
  for (let y = year + 1; y <= t; y += 1) {
    if (!years.some((f) => f.year === y)) years.push(projectedPersonYear(y, unitId))
    if (y < t) {
      for (const award of ['lao_dong_tien_tien', 'chien_si_thi_dua_co_so'] as const) {
        if (!holds(awards, award, y)) awards.push(assumed(award, y))
      }
    }
  }
  return { ...p, years, awards, underDisciplinaryReview: false }
}

function projectCollective(c: CollectiveHistory, year: number, t: number): CollectiveHistory {
  const years = [...c.years]
  const awards = [...c.awards]
  const last = c.years.find((y) => y.year === year) ?? c.years[c.years.length - 1]
  const members: CollectiveYearFacts['members'] = (last?.members ?? []).map((m, i) => ({
    personId: m.personId,
    rating: 'excellent',
    titles: i === 0 ? ['chien_si_thi_dua_co_so'] : ['lao_dong_tien_tien'],
    disciplines: [],
  }))
  for (let y = year + 1; y <= t; y += 1) {
    if (!years.some((f) => f.year === y)) {
      years.push({
        year: y,
        rating: 'excellent',
        members,
        plan: { targets: 1, targetsMet: 1, targetsExceeded: 1, tasks: 0, tasksDoneOnTime: 0 },
        ledBlock: false,
      })
    }
    if (y < t && !holds(awards, 'tap_the_lao_dong_tien_tien', y)) awards.push(assumed('tap_the_lao_dong_tien_tien', y))
  }
  return { ...c, years, awards }
}

const ASSUMPTIONS_PERSON = (from: number) => [
  `Từ năm ${from}: mỗi năm hoàn thành xuất sắc nhiệm vụ, không nghỉ dài ngày, không bị kỷ luật, có sáng kiến cấp cơ sở`,
  `Từ năm ${from}: mỗi năm đạt Lao động tiên tiến và Chiến sĩ thi đua cơ sở`,
]
const ASSUMPTIONS_COLLECTIVE = (from: number) => [
  `Từ năm ${from}: mỗi năm tập thể hoàn thành xuất sắc nhiệm vụ, vượt kế hoạch, mọi cá nhân hoàn thành xuất sắc nhiệm vụ, không có kỷ luật`,
  `Từ năm ${from}: mỗi năm đạt Tập thể lao động tiên tiến`,
]

/**
 * The ladder of a person (PersonHistory) or a unit (CollectiveHistory) for emulation year `year`,
 * evaluated on `asOf`: one step per award the catalogue gives that kind of subject.
 */
export function ladderOf(
  history: PersonHistory | CollectiveHistory,
  year: number,
  asOf: string,
  options: LadderOptions = {},
): LadderStep[] {
  const subject: AwardSubject = isPerson(history) ? 'individual' : 'collective'
  const horizon = options.horizon ?? 6
  const overrides = options.overrides
  const extra = overrides === undefined ? {} : { overrides }
  const facts = (h: PersonHistory | CollectiveHistory) => (isPerson(h) ? { person: h } : { collective: h })
  const awards = AWARD_CODES.filter((award) => CATALOGUE.some((e) => e.award === award && e.subjects.includes(subject)))
  return awards.map((award): LadderStep => {
    const evaluation = evaluateAward({ award, subject, year, asOf, ...facts(history), ...extra })
    let earliestYear: number | null = evaluation.status === 'not_met' ? null : year
    for (let t = year + 1; earliestYear === null && t <= year + horizon; t += 1) {
      const projected = isPerson(history)
        ? projectPerson(history, year, t, asOf, overrides)
        : projectCollective(history, year, t)
      const e = evaluateAward({ award, subject, year: t, asOf: asOfFor(asOf, t), ...facts(projected), ...extra })
      if (e.conditions.every((c) => c.status !== 'not_met' || NOT_PROJECTED.has(c.code))) earliestYear = t
    }
    return {
      award,
      label: AWARD_LABELS[award],
      kind: CATALOGUE.find((e) => e.award === award)?.kind ?? 'title',
      evaluation,
      missing: evaluation.conditions.filter((c) => c.status !== 'met'),
      earliestYear,
      assumptions:
        earliestYear === null || earliestYear === year
          ? []
          : isPerson(history)
            ? ASSUMPTIONS_PERSON(year + 1)
            : ASSUMPTIONS_COLLECTIVE(year + 1),
    }
  })
}
