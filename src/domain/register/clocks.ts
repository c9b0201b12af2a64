// Which act starts which statutory clock, what extends, suspends and closes it: the
// event → deadline mapping as data. The rules themselves live in the deadline core
// (src/domain/deadlines/rules); this table only says when each applies.
import type { IsoDate } from '@/domain/calendar/index.ts'
import type { EventType } from './event-types.ts'
import type { MatterKind } from './matter-kinds.ts'
import type { RegisterEvent } from './types.ts'

export type ClockContext = {
  kind: MatterKind
  start: RegisterEvent
  /** Active events before the start. */
  before: readonly RegisterEvent[]
  /** Active events after the start, up to (not including) the one that closed the clock. */
  window: readonly RegisterEvent[]
}

/** A rule code, a clock the law sets but the core does not encode yet, or no clock at all. */
export type RuleChoice = { ruleCode: string } | { notEncoded: string } | null

export type ClockSpec = {
  start: EventType
  kinds: readonly MatterKind[]
  rule: (ctx: ClockContext) => RuleChoice
  /** Acts that end the clock; per-subject ones only for the same subject. */
  closers: readonly EventType[]
  closes?: (closer: RegisterEvent) => boolean
  extension?: EventType
  suspend?: EventType
  resume?: EventType
  /**
   * 'obligation': something is owed by the due date (open → met / missed).
   * 'opportunity': a right that may be used until the due date (a protest window): if it
   * passes unused nothing is owed, so it ends 'met'; only a late use is 'missed'.
   */
  nature: 'obligation' | 'opportunity'
  /** Whose crime category sets the limit. */
  category: 'none' | 'matter' | 'subject'
  /**
   * A detention clock (tạm giam): the order's own term and end day are read beside the law's
   * maximum (detention-orders.ts). `deductsCustody`: custody days are taken off (TTLT 04/2018
   * Điều 17 khoản 1, detention for investigation only); `countsFrom`: the day the limit runs
   * from when it is not the order's day (Điều 329: the pronouncement).
   */
  detention?: {
    deductsCustody: boolean
    countsFrom?: (
      ctx: ClockContext,
    ) => IsoDate /** Điều 119's grounds apply (not to Điều 329, which rests on the sentence). */
    checksGrounds?: boolean
  }
}

const rule = (ruleCode: string): RuleChoice => ({ ruleCode })
const sameLevel = (e: RegisterEvent) => e.data.level === 'same'
const has = (events: readonly RegisterEvent[], type: EventType) => events.some((e) => e.type === type)
const civilPrefix = (kind: MatterKind) => (kind === 'administrative' ? 'LTTHC_213' : 'BLTTDS_280')

/** Acts that hand the file on to the next stage; a detention order belongs to the stage of the last one before it. */
export const DETENTION_STAGE_ACTS: Readonly<Partial<Record<EventType, DetentionStage>>> = {
  file_received: 'prosecution',
  court_accepted: 'trial',
  first_instance_trial: 'judgment',
  returned_for_investigation: 'supplementary',
  court_returned_for_investigation: 'supplementary',
  appeal_protest: 'appeal',
}
export type DetentionStage = 'investigation' | 'prosecution' | 'trial' | 'judgment' | 'supplementary' | 'appeal'

/** The stage a detention order belongs to (Điều 173, 241, 278, 329; 174 and 347 not encoded). */
export const detentionStage = (before: readonly RegisterEvent[]): DetentionStage => {
  const last = before.findLast((e) => DETENTION_STAGE_ACTS[e.type] !== undefined)
  return (last && DETENTION_STAGE_ACTS[last.type]) || 'investigation'
}

/** Acts that close a detention clock by releasing the person (or ending the case, Điều 125); any other closer hands the file on. */
export const DETENTION_RELEASES: ReadonlySet<EventType> = new Set<EventType>([
  'detention_ended',
  'case_terminated',
  'judgment_effective',
])

/**
 * A detention clock of one stage (Điều 173, 241, 278): per subject, extendable, Điều 119's grounds
 * checked; it ends on release, on termination, or when one of `handedOnBy` hands the file on.
 */
const stageDetention = (
  stage: DetentionStage,
  ruleCode: string,
  handedOnBy: readonly EventType[],
  { deductsCustody }: { deductsCustody: boolean },
): ClockSpec => ({
  start: 'detention_ordered',
  kinds: ['criminal_case'],
  rule: ({ before }) => (detentionStage(before) === stage ? rule(ruleCode) : null),
  closers: ['detention_ended', ...handedOnBy, 'case_terminated'],
  extension: 'detention_extended',
  nature: 'obligation',
  category: 'subject',
  detention: { deductsCustody, checksGrounds: true },
})

export const CLOCKS: readonly ClockSpec[] = [
  // BLTTHS Điều 147: 20 days from receipt; "complex" switches to the 2-month limit (khoản 2);
  // one extension ≤ 2 months by the Viện trưởng; tạm đình chỉ (Điều 148) stops the clock and
  // phục hồi (Điều 149) opens ≤ 1 month. Any of the four decisions of khoản 1 closes it.
  // The key follows the rule code: finding the report complex replaces the 20-day
  // deadline by the 2-month one under a new key.
  {
    start: 'report_received',
    kinds: ['crime_report'],
    rule: ({ window }) =>
      rule(has(window, 'report_complex') ? 'BLTTHS_147_NGUON_TIN_PHUC_TAP' : 'BLTTHS_147_NGUON_TIN'),
    closers: ['report_case_instituted', 'report_not_instituted', 'report_transferred', 'report_administrative'],
    extension: 'report_extended',
    suspend: 'report_suspended',
    resume: 'report_resumed',
    nature: 'obligation',
    category: 'none',
  },
  // Điều 172: from opening the case to the end of the investigation, by the case's category
  // as it stands (a charge change moves the deadline). Tạm đình chỉ điều tra (Điều 229)
  // ends this period: phục hồi does not resume the time left (Điều 174 khoản 1, below).
  {
    start: 'case_instituted',
    kinds: ['criminal_case'],
    rule: () => rule('BLTTHS_172_DIEU_TRA'),
    closers: ['investigation_concluded', 'investigation_suspended', 'case_terminated', 'case_suspended'],
    extension: 'investigation_extended',
    nature: 'obligation',
    category: 'matter',
  },
  // Điều 174 khoản 1: phục hồi điều tra (Điều 235) opens 02 / 02 / 03 / 03 months from the
  // resumption decision, extended once; a new suspension ends it, a new resumption opens another.
  {
    start: 'investigation_resumed',
    kinds: ['criminal_case'],
    rule: () => rule('BLTTHS_174_PHUC_HOI_DIEU_TRA'),
    closers: ['investigation_concluded', 'investigation_suspended', 'case_terminated', 'case_suspended'],
    extension: 'investigation_extended',
    nature: 'obligation',
    category: 'matter',
  },
  // Điều 118: custody in hours from receiving the person; ends with detention or release.
  {
    start: 'custody_ordered',
    kinds: ['criminal_case'],
    rule: () => rule('BLTTHS_118_TAM_GIU'),
    closers: ['detention_ordered', 'detention_ended'],
    extension: 'custody_extended',
    nature: 'obligation',
    category: 'none',
  },
  // Detention (tạm giam) is ordered stage by stage, each order with its own limit; which one
  // applies follows from the last act before the order that handed the file on
  // (detentionStage). Each clock ends on release, when the case is terminated, or when the file
  // changes hands again — then the order still runs to its end day, and the register opens a
  // TAM_GIAM_KHONG_CO_LENH clock that only a new order or a release meets (derive-deadlines.ts).
  // Điều 173: detention for investigation, custody days deducted.
  stageDetention('investigation', 'BLTTHS_173_TAM_GIAM', ['file_received'], { deductsCustody: true }),
  // Điều 241: detention for prosecution, ordered by the procuracy once it has the file; ends when
  // the court accepts the case or the file goes back for supplementary investigation.
  stageDetention('prosecution', 'BLTTHS_241_TAM_GIAM_TRUY_TO', ['court_accepted', 'returned_for_investigation'], {
    deductsCustody: false,
  }),
  // Điều 278: detention for trial preparation, ordered by the court after accepting the case.
  stageDetention(
    'trial',
    'BLTTHS_278_TAM_GIAM_XET_XU',
    ['first_instance_trial', 'returned_for_investigation', 'court_returned_for_investigation'],
    { deductsCustody: false },
  ),
  // Điều 329: after a first-instance judgment of imprisonment, 45 days from the pronouncement,
  // until the judgment takes effect or is appealed (the appellate court then orders, Điều 347).
  {
    start: 'detention_ordered',
    kinds: ['criminal_case'],
    rule: ({ before }) => (detentionStage(before) === 'judgment' ? rule('BLTTHS_329_TAM_GIAM_SAU_XET_XU') : null),
    closers: ['detention_ended', 'judgment_effective', 'appeal_protest', 'case_terminated'],
    nature: 'obligation',
    category: 'none',
    detention: {
      deductsCustody: false,
      countsFrom: ({ before, start }) =>
        before.findLast((e) => e.type === 'first_instance_trial')?.occurredOn ?? start.occurredOn,
    },
  },
  // Supplementary investigation (Điều 174) and appeal (Điều 347) detention are not encoded: reported, never guessed.
  {
    start: 'detention_ordered',
    kinds: ['criminal_case'],
    rule: ({ before }) => {
      const stage = detentionStage(before)
      if (stage === 'supplementary')
        return {
          notEncoded:
            'Thời hạn tạm giam để điều tra bổ sung (Điều 174 BLTTHS) chưa được mã hoá; theo dõi theo lệnh tạm giam.',
        }
      if (stage === 'appeal')
        return {
          notEncoded:
            'Thời hạn tạm giam để xét xử phúc thẩm (Điều 347 BLTTHS) chưa được mã hoá; theo dõi theo lệnh tạm giam.',
        }
      return null
    },
    closers: [
      'detention_ended',
      'file_received',
      'court_accepted',
      'first_instance_trial',
      'appellate_trial',
      'judgment_effective',
      'case_terminated',
    ],
    nature: 'obligation',
    category: 'none',
  },
  // Điều 240: from receiving the file and the investigation conclusion; closed by one of
  // the decisions of khoản 1 (truy tố, trả hồ sơ, tạm đình chỉ, đình chỉ). A file received
  // again after supplementary investigation starts a new clock. (The court's return,
  // Điều 280, comes after the indictment: it closes the court's clocks below.)
  {
    start: 'file_received',
    kinds: ['criminal_case'],
    rule: () => rule('BLTTHS_240_TRUY_TO'),
    closers: ['indicted', 'returned_for_investigation', 'case_suspended', 'case_terminated'],
    extension: 'prosecution_extended',
    nature: 'obligation',
    category: 'matter',
  },
  // Điều 174 khoản 2: supplementary investigation ≤ 02 months when the procuracy returned
  // the file (Điều 245), ≤ 01 month when the court did (Điều 280); no extension. The count
  // limits (twice by the procuracy; once by the judge, once by the trial panel) are checked
  // in prerequisites.ts.
  {
    start: 'returned_for_investigation',
    kinds: ['criminal_case'],
    rule: () => rule('BLTTHS_174_DIEU_TRA_BO_SUNG_VKS'),
    closers: ['investigation_concluded', 'file_received', 'case_suspended', 'case_terminated'],
    nature: 'obligation',
    category: 'none',
  },
  {
    start: 'court_returned_for_investigation',
    kinds: ['criminal_case'],
    rule: () => rule('BLTTHS_174_DIEU_TRA_BO_SUNG_TOA'),
    closers: ['investigation_concluded', 'file_received', 'case_suspended', 'case_terminated'],
    nature: 'obligation',
    category: 'none',
  },
  // Điều 277 khoản 1: trial preparation from the court's acceptance, ended by one of the
  // decisions the same khoản lists (đưa ra xét xử, trả hồ sơ, tạm đình chỉ, đình chỉ); a second
  // acceptance (the file back from supplementary investigation) has 15 days to decide (lawnet.vn
  // quoting Điều 277).
  {
    start: 'court_accepted',
    kinds: ['criminal_case'],
    rule: ({ before }) =>
      rule(has(before, 'court_accepted') ? 'BLTTHS_277_SAU_DIEU_TRA_BO_SUNG' : 'BLTTHS_277_CHUAN_BI_XET_XU'),
    // 'returned_for_investigation' too: before the court's return was an act of its own, registers
    // recorded it under the procuracy's act (validate-event no longer accepts that in the court stage).
    closers: [
      'trial_scheduled',
      'court_returned_for_investigation',
      'returned_for_investigation',
      'case_suspended',
      'case_terminated',
    ],
    nature: 'obligation',
    category: 'matter',
  },
  // Điều 277 khoản 2: the hearing opens within 15 days of the decision to bring the case to trial.
  {
    start: 'trial_scheduled',
    kinds: ['criminal_case'],
    rule: () => rule('BLTTHS_277_MO_PHIEN_TOA'),
    closers: [
      'first_instance_trial',
      'court_returned_for_investigation',
      'returned_for_investigation',
      'case_suspended',
      'case_terminated',
    ],
    nature: 'obligation',
    category: 'none',
  },
  // Điều 337: the same-level procuracy may protest a first-instance judgment within 15 days
  // of pronouncement — a right, not a duty ('opportunity'): unused, the window ends met.
  // The superior procuracy's protest (30 days) is its own register's business: it does not close this one.
  {
    start: 'first_instance_trial',
    kinds: ['criminal_case'],
    rule: () => rule('BLTTHS_337_BAN_AN_CUNG_CAP'),
    closers: ['appeal_protest'],
    closes: sameLevel,
    nature: 'opportunity',
    category: 'none',
  },
  // BLTTDS Điều 280 / LTTHC Điều 213: 15 days from pronouncement when the KSV attended the hearing.
  {
    start: 'judgment_pronounced',
    kinds: ['civil', 'administrative'],
    rule: ({ kind, start }) =>
      start.data.prosecutorAttended === true ? rule(`${civilPrefix(kind)}_BAN_AN_CUNG_CAP`) : null,
    closers: ['appeal_protest'],
    closes: sameLevel,
    nature: 'opportunity',
    category: 'none',
  },
  // …otherwise from the day the same-level procuracy receives the judgment; a decision
  // (suspension or termination of the case) always counts 7 days from its receipt.
  {
    start: 'judgment_received',
    kinds: ['civil', 'administrative'],
    rule: ({ kind, start, before }) => {
      if (start.data.decision === true) return rule(`${civilPrefix(kind)}_QUYET_DINH_CUNG_CAP`)
      const attended = before.some((e) => e.type === 'judgment_pronounced' && e.data.prosecutorAttended === true)
      return attended ? null : rule(`${civilPrefix(kind)}_BAN_AN_CUNG_CAP`)
    },
    closers: ['appeal_protest'],
    closes: sameLevel,
    nature: 'opportunity',
    category: 'none',
  },
]
