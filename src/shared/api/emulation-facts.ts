// The emulation facts' API (issue 14 item 2): what a unit enters per person and year, per
// collective and year, and the history of awards held. Vietnamese messages on every field.
import { z } from 'zod'
import { AWARD_CODES, DISCIPLINE_FORMS, INITIATIVE_SCOPES, QUALITY_RATINGS } from '@/domain/emulation/vocabulary.ts'
import { IsoDate, RefId } from './common.ts'

export const EmulationYear = z
  .int({ message: 'Năm thi đua phải là số nguyên' })
  .min(1990, 'Năm thi đua phải từ 1990')
  .max(2100, 'Năm thi đua phải đến 2100')
const Days = z.int({ message: 'Số ngày phải là số nguyên' }).min(0, 'Số ngày không được âm').max(366, 'Số ngày quá 366')
const Text = (what: string) => z.string().trim().min(1, `Chưa ghi ${what}`).max(2000, `${what} quá dài`)
const Note = z.string().max(2000, 'Ghi chú quá dài')
const Money = z.int({ message: 'Số tiền phải là số nguyên (đồng)' }).min(0, 'Số tiền không được âm')

export const Rating = z.enum(QUALITY_RATINGS, { message: 'Xếp loại chất lượng không hợp lệ' })

export const RatingInput = z.object({
  personId: RefId,
  year: EmulationYear,
  /** The unit the person worked in that year; the person's unit by default. */
  unitId: RefId.optional(),
  rating: Rating.nullable(),
  absenceDays: Days.default(0),
  maternityDays: Days.default(0),
  note: Note.default(''),
})

export const DisciplineInput = z
  .object({
    personId: RefId,
    form: z.enum(DISCIPLINE_FORMS, { message: 'Hình thức kỷ luật không hợp lệ' }),
    decidedOn: IsoDate,
    inForceUntil: IsoDate.nullable().default(null),
    decision: Text('quyết định kỷ luật'),
    reason: Note.default(''),
  })
  .refine((d) => d.inForceUntil === null || d.inForceUntil >= d.decidedOn, {
    message: 'Ngày hết hiệu lực kỷ luật không được trước ngày quyết định',
    path: ['inForceUntil'],
  })

export const ReviewInput = z
  .object({
    personId: RefId,
    openedOn: IsoDate,
    closedOn: IsoDate.nullable().default(null),
    note: Note.default(''),
  })
  .refine((d) => d.closedOn === null || d.closedOn >= d.openedOn, {
    message: 'Ngày kết thúc xem xét kỷ luật không được trước ngày bắt đầu',
    path: ['closedOn'],
  })

export const InitiativeInput = z.object({
  personId: RefId,
  year: EmulationYear,
  title: Text('tên sáng kiến'),
  scope: z.enum(INITIATIVE_SCOPES, { message: 'Phạm vi sáng kiến không hợp lệ' }),
  decision: Text('quyết định công nhận'),
  recognisedOn: IsoDate,
})

export const CollectiveRatingInput = z.object({
  unitId: RefId,
  year: EmulationYear,
  rating: Rating,
  note: Note.default(''),
})

export const ServiceStartInput = z.object({ serviceStart: IsoDate })

export const AwardInput = z
  .object({
    award: z.enum(AWARD_CODES, { message: 'Danh hiệu, hình thức khen thưởng không hợp lệ' }),
    personId: RefId.nullable().default(null),
    unitId: RefId.nullable().default(null),
    year: EmulationYear,
    decisionNumber: Text('số quyết định'),
    decidedOn: IsoDate,
    decidingBody: Note.default(''),
    amount: Money.nullable().default(null),
    revokedOn: IsoDate.nullable().default(null),
    revocationReason: z.string().trim().max(2000).nullable().default(null),
    amountToRecover: Money.nullable().default(null),
  })
  .refine((d) => (d.personId === null) !== (d.unitId === null), {
    message: 'Khen thưởng phải ghi hoặc cá nhân hoặc tập thể (chỉ một)',
    path: ['personId'],
  })
  .refine((d) => d.revokedOn === null || (d.revocationReason ?? '').length > 0, {
    message: 'Thu hồi khen thưởng phải ghi lý do',
    path: ['revocationReason'],
  })

export const FactsQuery = z.object({
  unitId: z.coerce.number().int().min(1, 'Chưa chọn đơn vị'),
  year: z.coerce.number().int().min(1990).max(2100),
})
