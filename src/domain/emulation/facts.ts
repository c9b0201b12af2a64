// The facts the conditions of a title or reward read (issue 14 item 2): per person and year, per
// collective and year, and the awards already held. The server assembles them from its tables; the
// domain evaluates them and never reads anything else, so a proposal's evidence is exactly these
// facts frozen at submission. Years are emulation years, which follow the statistics year
// (01/12 of the year before to 30/11, DOMAIN.md §6.1); dates are ISO yyyy-mm-dd.
import type { AwardCode, DisciplineForm, InitiativeScope, QualityRating } from './vocabulary.ts'

/** A discipline decision (kỷ luật): its form, when it was decided, and until when it counts. */
export type DisciplineFact = {
  form: DisciplineForm
  decidedOn: string
  /** Last day the discipline is in force; null while it is (or open-ended). */
  inForceUntil: string | null
}

/** A recognised initiative (sáng kiến), research or solution, with the decision that recognised it. */
export type InitiativeFact = {
  title: string
  scope: InitiativeScope
  /** "Quyết định số 12/QĐ-VKS ngày 20/10/2025 …" */
  decision: string
  recognisedOn: string
}

/** An award held (or decided), by year of the achievement it rewards. */
export type AwardHeld = {
  award: AwardCode
  /** The emulation year of the achievement rewarded. */
  year: number
  decisionNumber: string
  decidedOn: string
  /** Set when revoked (Luật Thi đua, khen thưởng 2022, Chương VII): a revoked award does not count. */
  revokedOn: string | null
}

/** One person's facts for one emulation year. */
export type PersonYearFacts = {
  year: number
  /** The unit the person worked in that year (the canonical successor when the unit later merged). */
  unitId: number
  /** Xếp loại chất lượng of the year; null when not yet rated. */
  rating: QualityRating | null
  /** Days of absence from work in the year (sickness, unpaid leave …), excluding maternity leave. */
  absenceDays: number
  /** Days of maternity leave in the year: do not exclude (TT 02/2024, DOMAIN.md §7.3). */
  maternityDays: number
  disciplines: readonly DisciplineFact[]
  initiatives: readonly InitiativeFact[]
}

/** What the conditions read of a person: service start, the years, awards held, pending review. */
export type PersonHistory = {
  personId: number
  fullName: string
  /** First day of service in the sector (for the 6-month new-hire exclusion and long service). */
  serviceStart: string
  years: readonly PersonYearFacts[]
  awards: readonly AwardHeld[]
  /** Under disciplinary review or investigation now (ND 98/2023 Art. 4: nobody is proposed). */
  underDisciplinaryReview: boolean
}

/** What a collective achieved in a year, as the plan and the register show it. */
export type CollectivePlanOutcome = {
  /** Targets of the approved plan bound to measures, and how many were met and exceeded. */
  targets: number
  targetsMet: number
  targetsExceeded: number
  /** Key tasks due in the year, and how many were done on time. */
  tasks: number
  tasksDoneOnTime: number
}

/** One collective's facts for one emulation year. */
export type CollectiveYearFacts = {
  year: number
  /** The collective's own rating of the year; null when not yet rated. */
  rating: QualityRating | null
  /** Members counted that year, with their ratings, titles voted and disciplines. */
  members: readonly {
    personId: number
    rating: QualityRating | null
    /** Titles approved for the member for the year (e.g. lao_dong_tien_tien). */
    titles: readonly AwardCode[]
    disciplines: readonly DisciplineFact[]
  }[]
  /** From the approved work plan (issue 13); null when the unit had no issued plan that year. */
  plan: CollectivePlanOutcome | null
  /** Leading collective of its cụm/khối that year (TT 02/2024 Art. 17). */
  ledBlock: boolean
}

/** What the conditions read of a collective: its years (across the 2025 merger) and awards held. */
export type CollectiveHistory = {
  unitId: number
  name: string
  years: readonly CollectiveYearFacts[]
  awards: readonly AwardHeld[]
}
