import { z } from 'zod'
import { MATTER_KINDS } from '@/domain/register/matter-kinds.ts'
import { EVENT_TYPE_CODES, EVENT_TYPES } from '@/domain/register/event-types.ts'
import { Id, IsoDate, Paging, RefId, refId, SearchText } from './common.ts'

const EventTypeCode = z.enum(EVENT_TYPE_CODES as [string, ...string[]], {
  message: 'Loại hành vi tố tụng không hợp lệ',
})
const Time = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'Giờ phải có dạng HH:MM')

export const SubjectInput = z.object({
  fullName: z.string().trim().min(2, 'Họ tên quá ngắn').max(120, 'Họ tên tối đa 120 ký tự'),
  birthYear: z
    .number()
    .int()
    .min(1900, 'Năm sinh không hợp lệ')
    .max(2030, 'Năm sinh không hợp lệ')
    .nullable()
    .optional(),
  gender: z.enum(['nam', 'nu']).nullable().optional(),
})
export type SubjectInput = z.infer<typeof SubjectInput>

/** Each act type's data, as JSON Schema with the type's code and label as title, for OpenAPI. */
const EVENT_DATA_DOCUMENTATION = Object.entries(EVENT_TYPES).map(([code, definition]) => ({
  title: `${code} — ${definition.label}`,
  ...z.toJSONSchema(definition.data, { io: 'input', unrepresentable: 'any' }),
}))

export const EventInput = z.object({
  type: EventTypeCode,
  occurredOn: IsoDate,
  occurredAt: Time.nullable().optional(),
  subjectId: RefId.nullable().optional(),
  documentNumber: z.string().trim().max(60, 'Số văn bản tối đa 60 ký tự').nullable().optional(),
  issuingBody: z.string().trim().max(200).nullable().optional(),
  data: z
    .record(z.string(), z.unknown())
    .default({})
    // Validated per act type by the register's validator (EVENT_TYPES[type].data, strict), whose
    // messages name the field in Vietnamese; the documentation shows each type's shape.
    .meta({
      description: 'Thông tin riêng của từng loại hành vi tố tụng (xem oneOf, theo `type`).',
      oneOf: EVENT_DATA_DOCUMENTATION,
    }),
})
export type EventInput = z.infer<typeof EventInput>

export const CreateMatter = z.object({
  kind: z.enum(MATTER_KINDS, { message: 'Loại vụ việc không hợp lệ' }),
  unitId: refId('Chọn đơn vị thụ lý'),
  number: z.string().trim().min(1, 'Nhập số thụ lý').max(40, 'Số thụ lý tối đa 40 ký tự'),
  // An empty summary is a missing one, not a short one (issue 12, item 10).
  title: z
    .string()
    .trim()
    .min(3, { error: (issue) => (issue.input === '' ? 'Nhập tóm tắt vụ việc' : 'Tóm tắt quá ngắn: ít nhất 3 ký tự') })
    .max(300, 'Tóm tắt tối đa 300 ký tự'),
  prosecutorId: RefId.nullable().optional(),
  subjects: z.array(SubjectInput).max(200).default([]),
  /** The act that opens the matter (tiếp nhận tin báo, khởi tố vụ án, thụ lý …). */
  initialEvent: EventInput,
})
export type CreateMatter = z.infer<typeof CreateMatter>

export const Subject = z.object({
  id: z.number().int(),
  fullName: z.string(),
  birthYear: z.number().int().nullable(),
  gender: z.enum(['nam', 'nu']).nullable(),
  charge: z.string().nullable(),
  category: z.string().nullable(),
  measure: z.enum(['none', 'custody', 'detention']),
})

export const RegisterEvent = z.object({
  id: z.number().int(),
  type: z.string(),
  typeLabel: z.string(),
  occurredOn: IsoDate,
  occurredAt: z.string().nullable(),
  subjectId: z.number().int().nullable(),
  documentNumber: z.string().nullable(),
  issuingBody: z.string().nullable(),
  data: z.record(z.string(), z.unknown()),
  recordedBy: z.string().nullable(),
  recordedAt: z.string(),
  voided: z.boolean(),
  /** Who voided the act and when (the reason beside them). */
  voidedAt: z.string().nullable(),
  voidedBy: z.string().nullable(),
  voidReason: z.string().nullable(),
})

export const Deadline = z.object({
  id: z.number().int(),
  matterId: z.number().int(),
  matterNumber: z.string(),
  matterTitle: z.string(),
  matterKind: z.enum(MATTER_KINDS),
  unitId: z.number().int(),
  unitName: z.string(),
  subjectId: z.number().int().nullable(),
  subjectName: z.string().nullable(),
  ruleCode: z.string(),
  ruleName: z.string(),
  startDate: IsoDate,
  /** The date warnings and "on time" use (the counted reading of Điều 134; strict for the procuracy's own limits). */
  dueDate: IsoDate.nullable(),
  /** The due date under the other reading of Điều 134, when it differs ("hạn cuối theo cách tính khác"). */
  alternativeDueDate: IsoDate.nullable(),
  dueTime: z.string().nullable(),
  movedBecauseOfDayOff: z.boolean(),
  dayOffReasons: z.array(z.string()),
  basis: z.string(),
  latestExtensionRequestDate: IsoDate.nullable(),
  extensionsRemaining: z.number().int(),
  /** open | suspended | met | missed, and for open ones how urgent (overdue, due_today, due_3, due_7, later). */
  status: z.enum(['open', 'suspended', 'met', 'missed']),
  urgency: z.enum(['overdue', 'due_today', 'due_3', 'due_7', 'later']).nullable(),
  closedOn: IsoDate.nullable(),
  prosecutorName: z.string().nullable(),
})
export type Deadline = z.infer<typeof Deadline>

export const MatterSummary = z.object({
  id: z.number().int(),
  kind: z.enum(MATTER_KINDS),
  unitId: z.number().int(),
  unitName: z.string(),
  number: z.string(),
  title: z.string(),
  receivedOn: IsoDate,
  stage: z.string(),
  stageLabel: z.string(),
  category: z.string().nullable(),
  closed: z.boolean(),
  prosecutorId: z.number().int().nullable(),
  prosecutorName: z.string().nullable(),
  subjectNames: z.array(z.string()),
  nextDueDate: IsoDate.nullable(),
  updatedAt: z.string(),
})
export type MatterSummary = z.infer<typeof MatterSummary>

export const MatterDetail = MatterSummary.extend({
  subjects: z.array(Subject),
  events: z.array(RegisterEvent),
  deadlines: z.array(Deadline),
  /** The act types that can be recorded next, as the matter stands today (domain/register/offerable.ts): the act picker offers these. */
  offerableEventTypes: z.array(z.string()),
  /** After a write: the deadlines whose due date changed, old → new. */
  moved: z
    .array(z.object({ key: z.string(), ruleName: z.string(), from: IsoDate.nullable(), to: IsoDate.nullable() }))
    .optional(),
})
export type MatterDetail = z.infer<typeof MatterDetail>

export const MatterQuery = Paging.extend({
  unitId: Id.optional(),
  subtree: z
    .enum(['true', 'false'])
    .optional()
    .transform((v) => v !== 'false'),
  kind: z.enum(MATTER_KINDS).optional(),
  /** Number, title or a subject's name; accent-insensitive. */
  q: SearchText.optional(),
  stage: z.string().max(60).optional(),
  prosecutorId: Id.optional(),
  /** Charge article id, e.g. "173" or "217a" (BLHS). */
  article: z
    .string()
    .trim()
    .toLowerCase()
    .regex(/^[1-9]\d{0,2}[a-z]?$/, 'Điều BLHS là số, có thể kèm một chữ cái (ví dụ 173, 217a)')
    .optional(),
  from: IsoDate.optional(),
  to: IsoDate.optional(),
  closed: z.enum(['true', 'false', 'all']).optional(),
  sort: z.enum(['receivedOn', '-receivedOn', 'number', '-number', 'nextDueDate', '-updatedAt']).default('-receivedOn'),
})

export const MatterPage = z.object({ items: z.array(MatterSummary), total: z.number().int() })

export const VoidEvent = z.object({
  reason: z.string().trim().min(5, 'Nêu rõ lý do hủy (ít nhất 5 ký tự)').max(500, 'Lý do hủy tối đa 500 ký tự'),
})

export const DeadlineQuery = Paging.extend({
  scope: z.enum(['mine', 'unit']).default('mine'),
  unitId: Id.optional(),
  /** week: open and due within 7 days, today included (0–7 days left; the bands due_today, due_3 and due_7 together). */
  urgency: z.enum(['overdue', 'due_today', 'due_3', 'due_7', 'week', 'open', 'all']).default('open'),
  /** detention: only the clocks of persons in custody or detention (tạm giữ, tạm giam, and an order that ran out). */
  group: z.enum(['detention']).optional(),
})
export const DeadlinePage = z.object({
  items: z.array(Deadline),
  total: z.number().int(),
  counts: z.record(z.string(), z.number().int()),
})

export const PenalCodeQuery = z.object({
  q: SearchText.optional(),
  /** The offence date (the matter's receivedOn stands for it): each item then also says which text applies (BLHS Điều 7). */
  on: IsoDate.optional(),
})
const PenalClauseItem = z.object({
  clause: z.number().int(),
  category: z.string(),
  categoryLabel: z.string(),
  penaltyText: z.string(),
})
const PenalTextItem = z.object({
  name: z.string(),
  nationalSecurity: z.boolean(),
  verified: z.boolean(),
  /** ISO date the text took effect, and the law that gave it. */
  inForceFrom: z.string(),
  law: z.string(),
  clauses: z.array(PenalClauseItem),
})
export const PenalCodePage = z.object({
  items: z.array(
    PenalTextItem.extend({
      /** The article id: "173", "217a". The fields beside it are the current text. */
      article: z.string(),
      /**
       * With `on`: the clauses as judged for an offence that day (BLHS Điều 7) — the text in force
       * then, or a lighter later one per clause; `notInForce` when the article did not exist yet.
       */
      applied: z
        .object({
          on: z.string(),
          notInForce: z.string().nullable(),
          clauses: z.array(
            PenalClauseItem.extend({ inForceFrom: z.string(), law: z.string(), retroactive: z.boolean() }),
          ),
        })
        .optional(),
    }),
  ),
})
export type PenalCodeItem = z.infer<typeof PenalCodePage>['items'][number]

const DigestItem = z.object({
  deadlineId: z.number().int(),
  matterId: z.number().int(),
  matterNumber: z.string(),
  ruleCode: z.string(),
  ruleName: z.string(),
  subjectName: z.string().nullable(),
  dueDate: IsoDate,
  urgency: z.enum(['overdue', 'due_today', 'due_3', 'due_7']),
})
const DigestSection = z.object({
  counts: z.object({
    overdue: z.number().int(),
    due_today: z.number().int(),
    due_3: z.number().int(),
    due_7: z.number().int(),
  }),
  items: z.array(DigestItem),
})
/**
 * The daily digest: the caller's own deadlines, and their unit's when they lead one, as they
 * stood when it was prepared (preparedAt, an instant): the page labels it with that time, since
 * the live deadlines beside it may have moved since.
 */
export const Digest = z.object({
  day: IsoDate.nullable(),
  preparedAt: z.string().nullable(),
  mine: DigestSection.nullable(),
  unit: DigestSection.nullable(),
})
