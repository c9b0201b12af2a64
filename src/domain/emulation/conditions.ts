// Conditions checked, with reasons (issue 14 item 6; DOMAIN.md §7.3): for a candidate, an award and
// an emulation year, every condition the catalogue entry in force lists is evaluated to met /
// not met / needs evidence, with its article and the facts it read (Vietnamese). The overall status
// is not_met when any condition is not met, else needs_evidence when any needs evidence, else met.
//
// The general principles apply to every award (Nghị định 98/2023/NĐ-CP Điều 4; Luật Thi đua, khen
// thưởng 2022 Điều 5): nobody is proposed while under disciplinary review or investigation; one
// achievement is rewarded only once (the same award for the same year already held, not revoked).
// A lower reward is not a prerequisite of a higher one in general — only where the article itself
// asks for an earlier award (Điều 73, 44). Revoked awards never count (Chương VII).
//
// Decisions of interpretation, each tested:
//   - New hire: "dưới 06 tháng" counted to the end of the emulation year (30/11): someone who
//     started on 01/06 has exactly 6 months on 30/11 and is considered; from 02/06 is not.
//   - Absence: "từ 03 tháng đến dưới 06 tháng" with a month as 30 days: 90 days or more excludes
//     (exactly 90 excludes, 89 does not); from 180 days the person is not considered at all. The
//     days of maternity leave are not counted (PersonYearFacts.maternityDays).
//   - Discipline counts in the year when in force on any day of it (decided on or before 30/11 and
//     in force until on or after 01/12 of the year before).
//   - "Hoàn thành xuất sắc = vượt các chỉ tiêu, nhiệm vụ của kế hoạch" (TT 02/2024 Điều 18), read
//     from the approved plan: every target met and at least one exceeded, every key task done on
//     time; no issued plan, or a plan without targets, is not met.
//   - A streak ending with the year under review counts that year's lower title when decided; when
//     not yet decided but its own conditions hold, the streak needs evidence (the decision), so a
//     council considering both in one sitting sees what is missing.
import { addDays, addMonthsClamped, addYearsClamped, formatViDate } from '../calendar/civil-date.ts'
import {
  type CatalogueEntry,
  type ConditionSpec,
  catalogueEntry,
  NO_OVERRIDES,
  type ParameterOverrides,
  parameterValue,
} from './catalogue.ts'
import { EmulationError } from './errors.ts'
import type {
  AwardHeld,
  CollectiveHistory,
  CollectiveYearFacts,
  DisciplineFact,
  PersonHistory,
  PersonYearFacts,
} from './facts.ts'
import {
  counts,
  emulationYearEnd,
  emulationYearStart,
  hasCompleted,
  isGoodOrBetter,
  lastAwardYear,
  yearRange,
} from './streaks.ts'
import {
  AWARD_LABELS,
  AWARD_SUBJECT_LABELS,
  type AwardCode,
  type AwardSubject,
  type ConditionStatus,
  DISCIPLINE_FORM_LABELS,
  DISCIPLINE_FORMS,
  type DisciplineForm,
  INITIATIVE_SCOPE_LABELS,
  type InitiativeScope,
  QUALITY_RATING_LABELS,
} from './vocabulary.ts'

export type ConditionOutcome = {
  code: ConditionSpec['code']
  label: string
  source: string
  status: ConditionStatus
  /** The facts used, in Vietnamese (e.g. "Năm 2024: Hoàn thành tốt nhiệm vụ"). */
  facts: string[]
  /** The note of a value DOMAIN.md marks [news] or [unconfirmed]. */
  note?: string
}

export type AwardEvaluation = {
  award: AwardCode
  subject: AwardSubject
  year: number
  status: ConditionStatus
  conditions: ConditionOutcome[]
  /** The catalogue entry evaluated against: its instrument and source. */
  instrument: CatalogueEntry['instrument']
  source: string
}

export type EvaluateAwardInput = {
  award: AwardCode
  subject: AwardSubject
  /** The emulation year of the achievement. */
  year: number
  person?: PersonHistory
  collective?: CollectiveHistory
  /** The date of evaluation (yyyy-mm-dd): selects the catalogue entry and parameters in force. */
  asOf: string
  overrides?: ParameterOverrides
  /** The vote of the council (Chiến sĩ thi đua ngành) or of the block (Cờ thi đua của ngành): share of votes in favour, 0–1. */
  votes?: { share: number }
  catalogue?: readonly CatalogueEntry[]
}

/** not_met if any not_met, else needs_evidence if any, else met. */
export function overallStatus(outcomes: readonly { status: ConditionStatus }[]): ConditionStatus {
  if (outcomes.some((o) => o.status === 'not_met')) return 'not_met'
  if (outcomes.some((o) => o.status === 'needs_evidence')) return 'needs_evidence'
  return 'met'
}

type Result = { status: ConditionStatus; facts: string[]; note?: string }

type Context = {
  input: EvaluateAwardInput
  entry: CatalogueEntry
  spec: ConditionSpec
  year: number
  overrides: ParameterOverrides
}

const SCOPE_ORDER: readonly InitiativeScope[] = ['grassroots', 'province', 'sector', 'national']
const atLeastScope = (scope: InitiativeScope, min: InitiativeScope) =>
  SCOPE_ORDER.indexOf(scope) >= SCOPE_ORDER.indexOf(min)
const atLeastForm = (form: DisciplineForm, min: DisciplineForm) =>
  DISCIPLINE_FORMS.indexOf(form) >= DISCIPLINE_FORMS.indexOf(min)

/** In force on some day of emulation year `year`. */
export const disciplineInForceIn = (d: DisciplineFact, year: number): boolean =>
  d.decidedOn <= emulationYearEnd(year) && (d.inForceUntil === null || d.inForceUntil >= emulationYearStart(year))

const percentText = (part: number, whole: number) =>
  `${String(Math.round((part * 1000) / whole) / 10).replace('.', ',')}%`

const heldText = (held: AwardHeld) =>
  `${AWARD_LABELS[held.award]} năm ${held.year} (Quyết định số ${held.decisionNumber}, ngày ${formatViDate(held.decidedOn)})`

const disciplineText = (d: DisciplineFact) =>
  `Kỷ luật ${DISCIPLINE_FORM_LABELS[d.form].toLowerCase()} ngày ${formatViDate(d.decidedOn)}${
    d.inForceUntil === null ? '' : `, hiệu lực đến ${formatViDate(d.inForceUntil)}`
  }`

const param = (ctx: Context, name: string) => {
  const key = ctx.spec.parameters?.[name]
  if (key === undefined) throw new Error(`condition ${ctx.spec.code} has no parameter ${name}`)
  return parameterValue(key, ctx.input.asOf, ctx.overrides)
}

/** The note shown beside a condition: its own, else that of an unconfirmed parameter it reads. */
const noteOf = (ctx: Context): string | undefined => {
  if (ctx.spec.note !== undefined) return ctx.spec.note.text
  for (const key of Object.values(ctx.spec.parameters ?? {})) {
    const value = parameterValue(key, ctx.input.asOf, ctx.overrides)
    if (!value.overridden && value.definition.confirmation.status === 'unconfirmed')
      return value.definition.confirmation.text
  }
  return undefined
}

const personOf = (ctx: Context): PersonHistory => ctx.input.person as PersonHistory
const collectiveOf = (ctx: Context): CollectiveHistory => ctx.input.collective as CollectiveHistory
const awardsOf = (ctx: Context): readonly AwardHeld[] =>
  ctx.input.subject === 'individual' ? personOf(ctx).awards : collectiveOf(ctx).awards

const personYear = (p: PersonHistory, year: number): PersonYearFacts | undefined => p.years.find((y) => y.year === year)
const collectiveYear = (c: CollectiveHistory, year: number): CollectiveYearFacts | undefined =>
  c.years.find((y) => y.year === year)

const NO_DATA = (year: number) => `Năm ${year}: không có dữ liệu công tác`

/** A rating of one year as a status: missing year → not met, not yet rated → needs evidence. */
const ratingStatus = (
  facts: { rating: PersonYearFacts['rating'] } | undefined,
  year: number,
  test: (r: PersonYearFacts['rating']) => boolean,
): Result => {
  if (facts === undefined) return { status: 'not_met', facts: [NO_DATA(year)] }
  if (facts.rating === null)
    return { status: 'needs_evidence', facts: [`Năm ${year}: chưa có kết quả xếp loại chất lượng`] }
  return {
    status: test(facts.rating) ? 'met' : 'not_met',
    facts: [`Năm ${year}: ${QUALITY_RATING_LABELS[facts.rating]}`],
  }
}

/** Combines per-year results: all met → met; any not met → not met; else needs evidence. */
const allOf = (results: readonly Result[]): Result => ({
  status: overallStatus(results),
  facts: results.flatMap((r) => r.facts),
})

/**
 * Whether the person is Chiến sĩ thi đua cơ sở for `year`: held (not revoked) → met; for the year
 * under review, not yet decided but its own conditions hold → needs evidence; otherwise not met.
 */
const cstdcsOf = (ctx: Context, year: number): Result => {
  const p = personOf(ctx)
  const held = p.awards.find((a) => a.award === 'chien_si_thi_dua_co_so' && a.year === year && counts(a))
  if (held !== undefined) return { status: 'met', facts: [`Năm ${year}: ${heldText(held)}`] }
  if (year === ctx.year) {
    const own = evaluateAward({ ...ctx.input, award: 'chien_si_thi_dua_co_so', year, votes: undefined })
    if (own.status !== 'not_met') {
      return {
        status: 'needs_evidence',
        facts: [`Năm ${year}: chưa có quyết định Chiến sĩ thi đua cơ sở (đủ điều kiện, chờ quyết định)`],
      }
    }
  }
  return { status: 'not_met', facts: [`Năm ${year}: không đạt Chiến sĩ thi đua cơ sở`] }
}

const voteResult = (ctx: Context, who: string): Result => {
  const required = param(ctx, 'percent')
  const votes = ctx.input.votes
  if (votes === undefined) {
    return {
      status: 'needs_evidence',
      facts: [`Chưa có kết quả bỏ phiếu của ${who}; cần từ ${required.value}% phiếu đồng ý`],
    }
  }
  const met = Math.round(votes.share * 1_000_000) >= Math.round(required.value * 10_000)
  const shown = `${String(Math.round(votes.share * 1000) / 10).replace('.', ',')}%`
  return {
    status: met ? 'met' : 'not_met',
    facts: [`Tỷ lệ phiếu đồng ý của ${who}: ${shown}; cần từ ${required.value}%`],
  }
}

const initiativesIn = (p: PersonHistory, years: readonly number[], min: InitiativeScope) =>
  years.flatMap((y) =>
    (personYear(p, y)?.initiatives ?? []).filter((i) => atLeastScope(i.scope, min)).map((i) => ({ year: y, i })),
  )

const initiativeResult = (p: PersonHistory, years: readonly number[], min: InitiativeScope, what: string): Result => {
  const found = initiativesIn(p, years, min)
  const span = years.length === 1 ? `năm ${years[0]}` : `các năm ${years[0]}–${years[years.length - 1]}`
  if (found.length === 0) return { status: 'not_met', facts: [`Không có sáng kiến ${what} trong ${span}`] }
  return {
    status: 'met',
    facts: found.map(
      ({ year, i }) =>
        `Năm ${year}: sáng kiến "${i.title}" (${INITIATIVE_SCOPE_LABELS[i.scope].toLowerCase()}), ${i.decision}`,
    ),
  }
}

/** The year of the award a window counts after, and the window itself (the last n years ending with `year`). */
const windowAfterPrior = (ctx: Context, prior: AwardCode, years: number) => {
  const awards = awardsOf(ctx)
  const own = lastAwardYear(awards, ctx.input.award, ctx.year - 1)
  const priorYear = lastAwardYear(awards, prior, ctx.year - 1)
  const baseline = priorYear !== null && (own === null || priorYear > own) ? priorYear : null
  return { own, priorYear, baseline, window: yearRange(ctx.year - years + 1, ctx.year) }
}

const priorOf = (ctx: Context): AwardCode => {
  const list = ctx.entry.conditions[ctx.input.subject] ?? []
  const prior = list.find((c) => c.code === 'prior_award')?.award
  if (prior === undefined) throw new Error(`entry ${ctx.entry.award} has no prior_award condition`)
  return prior
}

const windowYearsParam = (ctx: Context): number => {
  const list = ctx.entry.conditions[ctx.input.subject] ?? []
  const key = list.find((c) => c.code === 'window_rated_good')?.parameters?.years
  if (key === undefined) throw new Error(`entry ${ctx.entry.award} has no window_rated_good condition`)
  return parameterValue(key, ctx.input.asOf, ctx.overrides).value
}

const EVALUATORS: Readonly<Record<ConditionSpec['code'], (ctx: Context) => Result>> = {
  not_under_review: (ctx) => {
    const p = personOf(ctx)
    return p.underDisciplinaryReview
      ? { status: 'not_met', facts: ['Đang trong thời gian bị xem xét xử lý kỷ luật hoặc điều tra'] }
      : { status: 'met', facts: ['Không trong thời gian bị xem xét xử lý kỷ luật, điều tra'] }
  },

  not_already_rewarded: (ctx) => {
    const same = awardsOf(ctx).filter((a) => a.award === ctx.input.award && a.year === ctx.year)
    const live = same.find(counts)
    if (live !== undefined) return { status: 'not_met', facts: [`Đã được tặng ${heldText(live)}`] }
    return {
      status: 'met',
      facts:
        same.length === 0
          ? [`Chưa được tặng ${AWARD_LABELS[ctx.input.award]} cho thành tích năm ${ctx.year}`]
          : same.map((a) => `${heldText(a)} đã bị hủy bỏ ngày ${formatViDate(a.revokedOn as string)}`),
    }
  },

  rating_good_or_better: (ctx) => ratingStatus(personYear(personOf(ctx), ctx.year), ctx.year, isGoodOrBetter),

  new_hire: (ctx) => {
    const p = personOf(ctx)
    const months = param(ctx, 'months').value
    const end = emulationYearEnd(ctx.year)
    const enough = addMonthsClamped(p.serviceStart, months) <= addDays(end, 1)
    return {
      status: enough ? 'met' : 'not_met',
      facts: [
        `Bắt đầu công tác ngày ${formatViDate(p.serviceStart)}; đến ${formatViDate(end)} ${
          enough ? 'đã đủ' : 'chưa đủ'
        } ${months} tháng`,
      ],
    }
  },

  absence: (ctx) => {
    const facts = personYear(personOf(ctx), ctx.year)
    if (facts === undefined) return { status: 'not_met', facts: [NO_DATA(ctx.year)] }
    const from = param(ctx, 'from').value
    const notEligible = param(ctx, 'notEligible').value
    const maternity = facts.maternityDays > 0 ? `; nghỉ thai sản ${facts.maternityDays} ngày không tính` : ''
    const days = facts.absenceDays
    if (days >= notEligible) {
      return {
        status: 'not_met',
        facts: [`Năm ${ctx.year}: nghỉ ${days} ngày (từ 06 tháng trở lên), không thuộc diện bình xét${maternity}`],
      }
    }
    if (days >= from) {
      return {
        status: 'not_met',
        facts: [`Năm ${ctx.year}: nghỉ ${days} ngày (từ 03 tháng đến dưới 06 tháng)${maternity}`],
      }
    }
    return { status: 'met', facts: [`Năm ${ctx.year}: nghỉ ${days} ngày (dưới 03 tháng)${maternity}`] }
  },

  no_discipline_khien_trach: (ctx) => {
    const seen = new Set<string>()
    const inForce = personOf(ctx)
      .years.flatMap((y) => y.disciplines)
      .filter((d) => {
        const id = `${d.form}|${d.decidedOn}`
        if (seen.has(id)) return false
        seen.add(id)
        return atLeastForm(d.form, 'khien_trach') && disciplineInForceIn(d, ctx.year)
      })
    return inForce.length === 0
      ? { status: 'met', facts: [`Năm ${ctx.year}: không có kỷ luật còn hiệu lực`] }
      : { status: 'not_met', facts: inForce.map((d) => `Năm ${ctx.year}: ${disciplineText(d)}`) }
  },

  initiative_grassroots: (ctx) => initiativeResult(personOf(ctx), [ctx.year], 'grassroots', 'được công nhận'),

  cstdcs_streak: (ctx) => {
    const years = param(ctx, 'years').value
    return allOf(yearRange(ctx.year - years + 1, ctx.year).map((y) => cstdcsOf(ctx, y)))
  },

  initiative_sector: (ctx) => {
    const years = param(ctx, 'years').value
    return initiativeResult(personOf(ctx), yearRange(ctx.year - years + 1, ctx.year), 'sector', 'áp dụng toàn ngành')
  },

  council_vote: (ctx) => voteResult(ctx, 'Hội đồng thi đua – khen thưởng ngành'),

  sector_title_twice: (ctx) => {
    const awards = personOf(ctx).awards
    const previous = ctx.year - 3
    const before = awards.find((a) => a.award === 'chien_si_thi_dua_nganh' && a.year === previous && counts(a))
    const now = awards.find((a) => a.award === 'chien_si_thi_dua_nganh' && a.year === ctx.year && counts(a))
    const facts = [
      before === undefined ? `Năm ${previous}: không đạt Chiến sĩ thi đua ngành` : heldText(before),
      now === undefined ? `Năm ${ctx.year}: chưa có Chiến sĩ thi đua ngành` : heldText(now),
    ]
    if (before === undefined) return { status: 'not_met', facts }
    if (now !== undefined) return { status: 'met', facts }
    const own = evaluateAward({ ...ctx.input, award: 'chien_si_thi_dua_nganh', votes: undefined })
    return own.status === 'not_met'
      ? { status: 'not_met', facts }
      : { status: 'needs_evidence', facts: [...facts, 'Đủ điều kiện Chiến sĩ thi đua ngành năm xét, chờ quyết định'] }
  },

  initiative_national: (ctx) =>
    initiativeResult(personOf(ctx), yearRange(ctx.year - 5, ctx.year), 'national', 'có phạm vi ảnh hưởng toàn quốc'),

  public_consultation: () => ({ status: 'needs_evidence', facts: ['Cần kết quả lấy ý kiến nhân dân'] }),

  collective_rating_good_or_better: (ctx) =>
    ratingStatus(collectiveYear(collectiveOf(ctx), ctx.year), ctx.year, isGoodOrBetter),

  members_ldtt_share: (ctx) => {
    const facts = collectiveYear(collectiveOf(ctx), ctx.year)
    if (facts === undefined) return { status: 'not_met', facts: [NO_DATA(ctx.year)] }
    const percent = param(ctx, 'percent').value
    const total = facts.members.length
    if (total === 0) return { status: 'not_met', facts: [`Năm ${ctx.year}: tập thể không có cá nhân`] }
    // A member with a higher individual title met the Lao động tiên tiến standard too (Điều 23).
    const ldtt = facts.members.filter((m) =>
      m.titles.some((t) =>
        [
          'lao_dong_tien_tien',
          'chien_si_thi_dua_co_so',
          'chien_si_thi_dua_nganh',
          'chien_si_thi_dua_toan_quoc',
        ].includes(t),
      ),
    ).length
    const met = ldtt * 10_000 >= Math.round(percent * 100) * total
    return {
      status: met ? 'met' : 'not_met',
      facts: [
        `Năm ${ctx.year}: ${ldtt}/${total} cá nhân đạt Lao động tiên tiến (${percentText(ldtt, total)}); cần từ ${percent}%`,
      ],
    }
  },

  no_member_discipline_canh_cao: (ctx) => {
    const facts = collectiveYear(collectiveOf(ctx), ctx.year)
    if (facts === undefined) return { status: 'not_met', facts: [NO_DATA(ctx.year)] }
    const found = facts.members.flatMap((m) =>
      m.disciplines
        .filter((d) => atLeastForm(d.form, 'canh_cao') && disciplineInForceIn(d, ctx.year))
        .map((d) => `Cá nhân mã ${m.personId}: ${disciplineText(d)}`),
    )
    return found.length === 0
      ? { status: 'met', facts: [`Năm ${ctx.year}: không có cá nhân bị kỷ luật từ cảnh cáo trở lên`] }
      : { status: 'not_met', facts: found }
  },

  members_all_complete: (ctx) => {
    const facts = collectiveYear(collectiveOf(ctx), ctx.year)
    if (facts === undefined) return { status: 'not_met', facts: [NO_DATA(ctx.year)] }
    const total = facts.members.length
    if (total === 0) return { status: 'not_met', facts: [`Năm ${ctx.year}: tập thể không có cá nhân`] }
    const failed = facts.members.filter((m) => m.rating === 'not_completed')
    const unrated = facts.members.filter((m) => m.rating === null)
    const done = facts.members.filter((m) => hasCompleted(m.rating)).length
    const list = [`Năm ${ctx.year}: ${done}/${total} cá nhân hoàn thành nhiệm vụ trở lên`]
    for (const m of failed) list.push(`Cá nhân mã ${m.personId}: Không hoàn thành nhiệm vụ`)
    for (const m of unrated) list.push(`Cá nhân mã ${m.personId}: chưa có kết quả xếp loại`)
    return { status: failed.length > 0 ? 'not_met' : unrated.length > 0 ? 'needs_evidence' : 'met', facts: list }
  },

  member_cstdcs: (ctx) => {
    const facts = collectiveYear(collectiveOf(ctx), ctx.year)
    if (facts === undefined) return { status: 'not_met', facts: [NO_DATA(ctx.year)] }
    const n = facts.members.filter((m) => m.titles.includes('chien_si_thi_dua_co_so')).length
    return {
      status: n > 0 ? 'met' : 'not_met',
      facts: [`Năm ${ctx.year}: ${n} cá nhân đạt Chiến sĩ thi đua cơ sở`],
    }
  },

  plan_exceeded: (ctx) => {
    const facts = collectiveYear(collectiveOf(ctx), ctx.year)
    if (facts === undefined) return { status: 'not_met', facts: [NO_DATA(ctx.year)] }
    const plan = facts.plan
    if (plan === null) {
      return { status: 'not_met', facts: [`Năm ${ctx.year}: đơn vị không có kế hoạch công tác được ban hành`] }
    }
    const list = [
      `Năm ${ctx.year}: đạt ${plan.targetsMet}/${plan.targets} chỉ tiêu, vượt ${plan.targetsExceeded} chỉ tiêu của kế hoạch`,
      `Năm ${ctx.year}: hoàn thành đúng hạn ${plan.tasksDoneOnTime}/${plan.tasks} nhiệm vụ trọng tâm`,
    ]
    const met =
      plan.targets > 0 &&
      plan.targetsMet >= plan.targets &&
      plan.targetsExceeded >= 1 &&
      plan.tasksDoneOnTime >= plan.tasks
    if (plan.targets === 0) list.push('Kế hoạch không có chỉ tiêu để đánh giá vượt mức')
    return { status: met ? 'met' : 'not_met', facts: list }
  },

  led_block: (ctx) => {
    const facts = collectiveYear(collectiveOf(ctx), ctx.year)
    if (facts === undefined) return { status: 'not_met', facts: [NO_DATA(ctx.year)] }
    return facts.ledBlock
      ? { status: 'met', facts: [`Năm ${ctx.year}: dẫn đầu cụm, khối thi đua`] }
      : { status: 'not_met', facts: [`Năm ${ctx.year}: không dẫn đầu cụm, khối thi đua`] }
  },

  block_vote: (ctx) => voteResult(ctx, 'các thành viên cụm, khối'),

  sector_flag_holder: (ctx) => {
    const held = collectiveOf(ctx).awards.find(
      (a) => a.award === 'co_thi_dua_nganh' && a.year === ctx.year && counts(a),
    )
    if (held !== undefined) return { status: 'met', facts: [heldText(held)] }
    const led = collectiveYear(collectiveOf(ctx), ctx.year)?.ledBlock === true
    return led
      ? {
          status: 'needs_evidence',
          facts: [`Năm ${ctx.year}: dẫn đầu cụm, khối; chưa có quyết định Cờ thi đua của ngành`],
        }
      : { status: 'not_met', facts: [`Năm ${ctx.year}: không dẫn đầu cụm, khối, không có Cờ thi đua của ngành`] }
  },

  bang_khen_nganh_record: (ctx) => {
    const p = personOf(ctx)
    const years = yearRange(ctx.year - param(ctx, 'years').value + 1, ctx.year)
    const needed = param(ctx, 'initiatives').value
    const cstdcs = allOf(years.map((y) => cstdcsOf(ctx, y)))
    const excellent = allOf(years.map((y) => ratingStatus(personYear(p, y), y, (r) => r === 'excellent')))
    const found = initiativesIn(p, years, 'grassroots').length
    const initiatives: Result = {
      status: found >= needed ? 'met' : 'not_met',
      facts: [
        `${found} sáng kiến được công nhận, áp dụng từ cấp cơ sở trong các năm ${years[0]}–${ctx.year}; cần ${needed}`,
      ],
    }
    const second = allOf([excellent, initiatives])
    const facts = [
      `Cách 1 (${years.length} năm liên tục Chiến sĩ thi đua cơ sở):`,
      ...cstdcs.facts,
      `Cách 2 (${years.length} năm liên tục hoàn thành xuất sắc nhiệm vụ và ${needed} sáng kiến):`,
      ...second.facts,
    ]
    const status =
      cstdcs.status === 'met' || second.status === 'met'
        ? 'met'
        : cstdcs.status === 'needs_evidence' || second.status === 'needs_evidence'
          ? 'needs_evidence'
          : 'not_met'
    return { status, facts }
  },

  collective_excellent_years: (ctx) => {
    const c = collectiveOf(ctx)
    const years = yearRange(ctx.year - param(ctx, 'years').value + 1, ctx.year)
    return allOf(years.map((y) => ratingStatus(collectiveYear(c, y), y, (r) => r === 'excellent')))
  },

  prior_award: (ctx) => {
    const prior = ctx.spec.award as AwardCode
    const { own, priorYear, baseline } = windowAfterPrior(ctx, prior, windowYearsParam(ctx))
    const facts: string[] = []
    if (own !== null) {
      const ownHeld = awardsOf(ctx).find((a) => a.award === ctx.input.award && a.year === own && counts(a)) as AwardHeld
      facts.push(`Lần khen thưởng trước: ${heldText(ownHeld)}`)
    }
    if (baseline === null) {
      facts.push(
        priorYear === null
          ? `Chưa được tặng ${AWARD_LABELS[prior]}`
          : `${AWARD_LABELS[prior]} năm ${priorYear} đã được tính cho lần khen thưởng trước`,
      )
      return { status: 'not_met', facts }
    }
    const held = awardsOf(ctx).find((a) => a.award === prior && a.year === baseline && counts(a)) as AwardHeld
    facts.push(heldText(held))
    return { status: 'met', facts }
  },

  window_rated_good: (ctx) => {
    const years = param(ctx, 'years').value
    const { baseline, window } = windowAfterPrior(ctx, priorOf(ctx), years)
    if (baseline === null) return { status: 'not_met', facts: ['Không có khen thưởng làm mốc tính thời gian'] }
    const first = window[0] as number
    if (first <= baseline) {
      return {
        status: 'not_met',
        facts: [
          `Tính từ sau năm ${baseline} đến năm ${ctx.year} mới có ${ctx.year - baseline} năm; cần ${years} năm liên tục`,
        ],
      }
    }
    const at = (y: number) =>
      ctx.input.subject === 'individual' ? personYear(personOf(ctx), y) : collectiveYear(collectiveOf(ctx), y)
    return allOf(window.map((y) => ratingStatus(at(y), y, isGoodOrBetter)))
  },

  window_excellent_years: (ctx) => {
    const needed = param(ctx, 'years').value
    const { window } = windowAfterPrior(ctx, priorOf(ctx), param(ctx, 'window').value)
    const p = personOf(ctx)
    const excellent = window.filter((y) => personYear(p, y)?.rating === 'excellent')
    return {
      status: excellent.length >= needed ? 'met' : 'not_met',
      facts: [
        `Các năm ${window[0]}–${ctx.year}: ${excellent.length} năm hoàn thành xuất sắc nhiệm vụ${
          excellent.length > 0 ? ` (${excellent.join(', ')})` : ''
        }; cần ${needed}`,
      ],
    }
  },

  window_cstdcs_years: (ctx) => {
    const needed = param(ctx, 'years').value
    const { window } = windowAfterPrior(ctx, priorOf(ctx), param(ctx, 'window').value)
    const results = window.map((y) => ({ y, r: cstdcsOf(ctx, y) }))
    const met = results.filter((x) => x.r.status === 'met').length
    const pending = results.filter((x) => x.r.status === 'needs_evidence').length
    const facts = [
      `Các năm ${window[0]}–${ctx.year}: ${met} năm Chiến sĩ thi đua cơ sở; cần ${needed}`,
      ...results.filter((x) => x.r.status !== 'not_met').flatMap((x) => x.r.facts),
    ]
    return { status: met >= needed ? 'met' : met + pending >= needed ? 'needs_evidence' : 'not_met', facts }
  },

  lower_class_held: (ctx) => {
    const lower = ctx.spec.award as AwardCode
    const held = awardsOf(ctx).filter((a) => a.award === lower && counts(a) && a.year < ctx.year)
    return held.length === 0
      ? { status: 'not_met', facts: [`Chưa được tặng ${AWARD_LABELS[lower]}`] }
      : { status: 'met', facts: held.map(heldText) }
  },

  criteria_unconfirmed: () => ({
    status: 'needs_evidence',
    facts: ['Tiêu chuẩn chưa được mã hóa; cần Hội đồng đối chiếu hồ sơ, báo cáo thành tích'],
  }),

  achievements: () => ({
    status: 'needs_evidence',
    facts: ['Cần báo cáo thành tích được thủ trưởng đơn vị xác nhận'],
  }),

  once_per_person: (ctx) => {
    const held = personOf(ctx).awards.filter((a) => a.award === ctx.input.award && counts(a))
    return held.length === 0
      ? { status: 'met', facts: [`Chưa được tặng ${AWARD_LABELS[ctx.input.award]}`] }
      : { status: 'not_met', facts: held.map((a) => `Đã được tặng ${heldText(a)}`) }
  },

  service_years: (ctx) => {
    const p = personOf(ctx)
    const years = param(ctx, 'years').value
    const reached = addYearsClamped(p.serviceStart, years)
    const met = reached <= ctx.input.asOf
    return {
      status: met ? 'met' : 'not_met',
      facts: [
        `Bắt đầu công tác ngày ${formatViDate(p.serviceStart)}; đủ ${years} năm vào ngày ${formatViDate(reached)}${
          met ? '' : ` (sau ngày xét ${formatViDate(ctx.input.asOf)})`
        }`,
      ],
    }
  },
}

/**
 * Evaluates every condition of the award's catalogue entry in force on `asOf` for the candidate.
 * Refuses a subject the award is not for, and a call without the subject's history.
 */
export function evaluateAward(input: EvaluateAwardInput): AwardEvaluation {
  const entry = catalogueEntry(input.award, input.asOf, input.catalogue)
  if (!entry.subjects.includes(input.subject)) {
    throw new EmulationError(
      'EMULATION_SUBJECT_NOT_ALLOWED',
      `${entry.label} không xét tặng cho ${AWARD_SUBJECT_LABELS[input.subject].toLowerCase()}.`,
      { award: input.award, subject: input.subject },
    )
  }
  if ((input.subject === 'individual' ? input.person : input.collective) === undefined) {
    throw new EmulationError(
      'EMULATION_FACTS_MISSING',
      `Thiếu dữ liệu thi đua của ${AWARD_SUBJECT_LABELS[input.subject].toLowerCase()} để xét ${entry.label}.`,
      { award: input.award, subject: input.subject },
    )
  }
  const overrides = input.overrides ?? NO_OVERRIDES
  const conditions = (entry.conditions[input.subject] ?? []).map((spec): ConditionOutcome => {
    const ctx: Context = { input, entry, spec, year: input.year, overrides }
    const result = EVALUATORS[spec.code](ctx)
    const note = result.note ?? noteOf(ctx)
    return {
      code: spec.code,
      label: spec.label,
      source: spec.source,
      status: result.status,
      facts: result.facts,
      ...(note === undefined ? {} : { note }),
    }
  })
  return {
    award: input.award,
    subject: input.subject,
    year: input.year,
    status: overallStatus(conditions),
    conditions,
    instrument: entry.instrument,
    source: entry.source,
  }
}
