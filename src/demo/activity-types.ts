// The demo register as the generator describes it: matters with their subjects and
// procedural acts, by unit code and person index. The loader resolves them to ids.
import type { IsoDate } from '@/domain/calendar/index.ts'
import type { EventType } from '@/domain/register/event-types.ts'
import type { MatterKind } from '@/domain/register/matter-kinds.ts'
import type { DemoOrganisation } from '@/demo/types.ts'

export type DemoSubject = { fullName: string; birthYear: number | null; gender: 'nam' | 'nu' | null }

export type DemoEvent = {
  type: EventType
  occurredOn: IsoDate
  occurredAt: string | null
  /** Index into the matter's subjects, for per-subject acts. */
  subjectIndex: number | null
  documentNumber: string | null
  issuingBody: string | null
  /** Subject ids inside (indictment charges, verdicts) are subject indexes until loaded. */
  data: Record<string, unknown>
}

/** Who the procurator is: an index into DemoOrganisation.people, and how the loader finds the stored person. */
export type DemoProsecutor = { index: number; fullName: string; unitCode: string; email: string | null }

export type DemoMatter = {
  unitCode: string
  kind: MatterKind
  /** Số thụ lý, unique within the unit, e.g. '125/2026/TB-KV6'. */
  number: string
  title: string
  /** A procurator (ksv_*) of the unit, or of its successor for a ceased unit; null when unassigned. */
  prosecutor: DemoProsecutor | null
  subjects: DemoSubject[]
  /** In the order they were recorded; the first one opens the matter. */
  events: DemoEvent[]
}

export type DemoActivity = { matters: DemoMatter[] }

export type DemoActivityOptions = {
  seed: number
  organisation: DemoOrganisation
  /** The last day of activity, Vietnam time; nothing is dated after it. */
  today: IsoDate
  /** How far back the activity reaches; 18 by default. */
  months?: number
  /** Multiplies the volume; 1 gives about 1,500 reports, 600 cases and 800 civil matters. */
  scale?: number
}

/** Event data keys that hold a subject reference, rewritten from index to id when loading. */
export const SUBJECT_REFERENCE_LISTS = ['charges', 'verdicts'] as const
