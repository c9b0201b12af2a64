// Test support: builds reference registers (evaluate.ts) matter by matter, with the details each
// act carries in the register (event-types.ts), so the same scenarios can be loaded into the
// database to check the SQL engine against the reference evaluator. Not used by production code.
import type { IsoDate } from '@/domain/calendar/index.ts'
import type { EventType, Verdict } from '@/domain/register/event-types.ts'
import type { MatterKind } from '@/domain/register/matter-kinds.ts'
import type { ReferenceDeadline, ReferenceEvent, ReferenceMatter } from './evaluate.ts'

/** An instant in Vietnam's time zone: ('2026-11-30', '23:59') → '2026-11-30T23:59:00+07:00'. */
export const vnTime = (day: IsoDate, time = '09:00'): string => `${day}T${time}:00+07:00`

const CHARGE = { article: 173, clause: 1 }

/** Details an act carries when the scenario does not care (valid for the event type's schema). */
const DEFAULT_DATA: Partial<Record<EventType, Record<string, unknown>>> = {
  report_received: { source: 'tin_bao', investigatingBody: 'Cơ quan Cảnh sát điều tra Công an huyện' },
  report_suspended: { reason: 'Chờ kết quả giám định' },
  report_transferred: { toBody: 'Cơ quan An ninh điều tra Công an tỉnh' },
  report_not_instituted: { reason: 'Không có sự việc phạm tội' },
  report_case_instituted: { charge: CHARGE },
  case_instituted: { charge: CHARGE, investigatingBody: 'Cơ quan Cảnh sát điều tra Công an huyện' },
  suspect_instituted: { charge: CHARGE },
  detention_ended: { reason: 'Thay thế bằng biện pháp cấm đi khỏi nơi cư trú' },
  returned_for_investigation: { reason: 'Cần làm rõ thêm chứng cứ' },
  court_returned_for_investigation: { reason: 'Cần làm rõ thêm đồng phạm', decidedBy: 'tham_phan_chu_toa' },
  case_terminated: { reason: 'Hết thời hiệu truy cứu trách nhiệm hình sự', noCrime: false },
  recommendation_issued: { addressee: 'Công an huyện', content: 'Khắc phục vi phạm trong tiếp nhận tin báo' },
  hearing_attended: { online: false, modelHearing: false },
  appellate_trial: { online: false, modelHearing: false },
}

export type EventSpec = Omit<ReferenceEvent, 'id'>

type EventOptions = { data?: Record<string, unknown>; subjectId?: number; recordedAt?: string; voidedAt?: string }

/** An act of `type` on `occurredOn`, recorded that day at 09:00 Vietnam time unless told otherwise. */
export const act = (type: EventType, occurredOn: IsoDate, options: EventOptions = {}): EventSpec => ({
  type,
  occurredOn,
  subjectId: options.subjectId ?? null,
  data: { ...DEFAULT_DATA[type], ...options.data },
  recordedAt: options.recordedAt ?? vnTime(occurredOn),
  voidedAt: options.voidedAt ?? null,
})

/** A first-instance trial with one verdict per defendant. */
export const trial = (
  occurredOn: IsoDate,
  verdicts: [subjectId: number, verdict: Verdict][],
  options: EventOptions & { online?: boolean; modelHearing?: boolean } = {},
): EventSpec =>
  act('first_instance_trial', occurredOn, {
    ...options,
    data: {
      online: options.online ?? false,
      modelHearing: options.modelHearing ?? false,
      verdicts: verdicts.map(([subjectId, verdict]) => ({ subjectId, verdict })),
    },
  })

/** A derived deadline as the register stores it; `startedAt` / `closedAt`: when its starting and closing acts were entered. */
export const deadline = (
  ruleCode: string,
  dueDate: IsoDate | null,
  status: ReferenceDeadline['status'],
  options: { closedOn?: IsoDate; subjectId?: number; closedBy?: EventType; startedAt?: string; closedAt?: string } = {},
): ReferenceDeadline => ({
  ruleCode,
  subjectId: options.subjectId ?? null,
  dueDate,
  status,
  closedOn: options.closedOn ?? null,
  closedByType: options.closedBy ?? null,
  startRecordedAt: options.startedAt ?? null,
  closedRecordedAt: options.closedAt ?? null,
})

type MatterOptions = {
  unitId?: number
  prosecutorId?: number | null
  subjectIds?: number[]
  deadlines?: ReferenceDeadline[]
}

/** A matter with its acts in order; event ids are the matter id × 100 + position. */
export const matter = (
  id: number,
  kind: MatterKind,
  events: EventSpec[],
  options: MatterOptions = {},
): ReferenceMatter => ({
  id,
  unitId: options.unitId ?? 1,
  kind,
  prosecutorId: options.prosecutorId === undefined ? 1 : options.prosecutorId,
  subjectIds: options.subjectIds ?? [],
  events: events.map((spec, index) => ({ id: id * 100 + index + 1, ...spec })),
  deadlines: options.deadlines ?? [],
})
