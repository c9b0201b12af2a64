// The shapes the register's pure core works on. The database layer loads a matter with its
// events into these, and stores what the core derives (stage, deadlines) beside them.
import type { IsoDate } from '@/domain/calendar/index.ts'
import type { CrimeCategory } from '@/domain/deadlines/index.ts'
import type { Charge, EventType } from './event-types.ts'
import type { MatterKind } from './matter-kinds.ts'

export type RegisterEvent = {
  id: number
  type: EventType
  /** The day the act took effect (ngày ban hành / ngày nhận), Vietnamese calendar day. */
  occurredOn: IsoDate
  /** 'HH:MM' where the rule counts hours (custody). */
  occurredAt: string | null
  /** The suspect/defendant concerned, for per-subject acts. */
  subjectId: number | null
  documentNumber: string | null
  issuingBody: string | null
  data: Record<string, unknown>
  /** A voided event was recorded by mistake: kept, shown struck through, ignored by every derivation. */
  voided: boolean
  /** Order of recording, to break ties between acts of the same day. */
  sequence: number
}

export type Subject = { id: number; fullName: string }

export type MatterFacts = {
  kind: MatterKind
  receivedOn: IsoDate
  subjects: Subject[]
  events: RegisterEvent[]
}

export type SubjectState = {
  subjectId: number
  charge: Charge | null
  category: CrimeCategory | null
  /** 'none' | 'custody' | 'detention' — the preventive measure in force. */
  measure: 'none' | 'custody' | 'detention'
}

export type MatterState = {
  stage: string
  stageLabel: string
  /** The most serious category among the charges (or the case's charge), which sets the case deadlines. */
  category: CrimeCategory | null
  subjects: SubjectState[]
  closed: boolean
}

export type DerivedDeadlineStatus = 'open' | 'suspended' | 'met' | 'missed'

export type DerivedDeadline = {
  /** Stable across recomputation: rule, subject and the event that started the clock. */
  key: string
  ruleCode: string
  subjectId: number | null
  startEventId: number
  startDate: IsoDate
  /** The date warnings and "on time" use (the counted reading of Điều 134). */
  dueDate: IsoDate | null
  /** The due date under the other reading of Điều 134, when the rule has two and they differ. */
  alternativeDueDate: IsoDate | null
  dueTime: string | null
  unadjustedDueDate: IsoDate | null
  movedBecauseOfDayOff: boolean
  dayOffReasons: string[]
  basis: string
  latestExtensionRequestDate: IsoDate | null
  extensionsRemaining: number
  status: DerivedDeadlineStatus
  /** The event that satisfied (or, late, ended) the deadline. */
  closedByEventId: number | null
  closedOn: IsoDate | null
}
