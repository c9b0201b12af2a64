// A matter's state — stage, charges, categories, preventive measures — derived from its
// acts alone (DESIGN.md principle 1). Voided acts are ignored; the rest are read in the
// order (occurredOn, sequence).
import { CRIME_CATEGORIES, type CrimeCategory } from '@/domain/deadlines/index.ts'
import { chargesInForce, classifyOrNull } from './charges-in-force.ts'
import type { EventType } from './event-types.ts'
import type { MatterKind } from './matter-kinds.ts'
import { activeEvents } from './order.ts'
import { CLOSED_STAGES, INITIAL_STAGE, stageLabel } from './stages.ts'
import type { MatterFacts, MatterState, RegisterEvent, SubjectState } from './types.ts'

type Transition = string | ((current: string, event: RegisterEvent) => string)

// Acts shared by criminal and civil/administrative matters once a court is seised.
const COURT: Partial<Record<EventType, Transition>> = {
  trial_scheduled: 'da_dua_ra_xet_xu',
  appeal_protest: 'phuc_tham', // kháng nghị phúc thẩm (BLTTHS Điều 336, BLTTDS Điều 278)
  appellate_trial: 'da_xet_xu_phuc_tham',
  judgment_effective: 'co_hieu_luc',
  cassation_protest: 'giam_doc_tham',
}

const TRANSITIONS: Readonly<Record<MatterKind, Partial<Record<EventType, Transition>>>> = {
  // BLTTHS Điều 147–149: received → resolved by one of four decisions, or suspended and resumed.
  crime_report: {
    report_received: 'dang_giai_quyet',
    report_suspended: 'tam_dinh_chi',
    report_resumed: 'dang_giai_quyet',
    report_case_instituted: 'da_khoi_to',
    report_not_instituted: 'khong_khoi_to',
    report_transferred: 'da_chuyen',
    report_administrative: 'xu_ly_hanh_chinh',
  },
  // BLTTHS Part Two and Three: investigation (Điều 172, 229, 232), prosecution (Điều 240,
  // 245–248) and trial (Điều 277 and after).
  criminal_case: {
    case_instituted: 'dang_dieu_tra',
    investigation_suspended: 'tam_dinh_chi_dieu_tra',
    investigation_resumed: 'dang_dieu_tra',
    investigation_concluded: 'ket_thuc_dieu_tra',
    file_received: 'vks_dang_xem_xet_truy_to',
    indicted: 'da_truy_to',
    returned_for_investigation: 'tra_ho_so_dieu_tra_bo_sung',
    court_returned_for_investigation: 'tra_ho_so_dieu_tra_bo_sung',
    case_suspended: 'tam_dinh_chi_vu_an',
    case_terminated: 'dinh_chi',
    court_accepted: 'dang_chuan_bi_xet_xu',
    first_instance_trial: 'da_xet_xu_so_tham',
    ...COURT,
  },
  civil: civilTransitions(),
  administrative: civilTransitions(),
}

function civilTransitions(): Partial<Record<EventType, Transition>> {
  // The judgment received after its pronouncement changes nothing; received without one
  // recorded (the KSV did not attend), it marks the first-instance outcome.
  const beforeJudgment = new Set([INITIAL_STAGE, 'dang_giai_quyet', 'da_dua_ra_xet_xu'])
  return {
    civil_accepted: (current) => (current === INITIAL_STAGE ? 'dang_giai_quyet' : current),
    court_accepted: (current) => (current === INITIAL_STAGE ? 'dang_giai_quyet' : current),
    judgment_pronounced: 'da_xet_xu_so_tham',
    judgment_received: (current, event) =>
      beforeJudgment.has(current)
        ? event.data.decision === true
          ? 'da_co_quyet_dinh_so_tham'
          : 'da_xet_xu_so_tham'
        : current,
    ...COURT,
    matter_closed: 'ket_thuc',
  }
}

export const stageAfter = (kind: MatterKind, events: readonly RegisterEvent[]): string => {
  let stage = INITIAL_STAGE
  for (const event of events) {
    const transition = TRANSITIONS[kind][event.type]
    if (transition !== undefined) stage = typeof transition === 'string' ? transition : transition(stage, event)
  }
  return stage
}

/**
 * Custody (Điều 117, 118) and detention (Điều 119) are in force from the order until ended —
 * or until the case is terminated (Điều 125 khoản 1: every preventive measure is revoked) or the
 * judgment takes effect (the person then serves the sentence, no longer a preventive measure).
 */
const measureOf = (subjectId: number, events: readonly RegisterEvent[]): SubjectState['measure'] => {
  let measure: SubjectState['measure'] = 'none'
  for (const event of events) {
    if (event.type === 'case_terminated' || event.type === 'judgment_effective') measure = 'none'
    if (event.subjectId !== subjectId) continue
    if (event.type === 'custody_ordered') measure = 'custody'
    if (event.type === 'detention_ordered') measure = 'detention'
    if (event.type === 'detention_ended') measure = 'none'
  }
  return measure
}

const rank = (category: CrimeCategory): number => CRIME_CATEGORIES.indexOf(category)

export const mostSerious = (categories: readonly (CrimeCategory | null)[]): CrimeCategory | null =>
  categories.reduce<CrimeCategory | null>(
    (worst, c) => (c !== null && (worst === null || rank(c) > rank(worst)) ? c : worst),
    null,
  )

/** Like deriveMatterState, for events already active and in order. */
export const stateOf = (
  facts: Pick<MatterFacts, 'kind' | 'subjects'> & Partial<Pick<MatterFacts, 'receivedOn'>>,
  events: readonly RegisterEvent[],
): MatterState => {
  const charges = chargesInForce(events)
  // The offence date is not recorded: the day the matter was received stands for it (validate-event.ts says why).
  const offenceOn = facts.receivedOn
  const subjects: SubjectState[] = facts.subjects.map(({ id }) => {
    const charge = charges.bySubject.get(id) ?? null
    return {
      subjectId: id,
      charge,
      category: classifyOrNull(charge, offenceOn)?.category ?? null,
      measure: measureOf(id, events),
    }
  })
  // The most serious charge among the suspects sets the case deadlines; before any suspect
  // is charged, the charge of the decision to open the case does (DOMAIN.md §4, §5).
  const category =
    mostSerious(subjects.map((s) => s.category)) ?? classifyOrNull(charges.caseCharge, offenceOn)?.category ?? null
  const stage = stageAfter(facts.kind, events)
  return {
    stage,
    stageLabel: stageLabel(facts.kind, stage),
    category,
    subjects,
    closed: CLOSED_STAGES[facts.kind].has(stage),
  }
}

export const deriveMatterState = (facts: MatterFacts): MatterState => stateOf(facts, activeEvents(facts.events))
