// Confirming a year of the working calendar. Until an administrator confirms a year, its substitute
// days off are computed (nghỉ bù, BLLĐ 2019 Điều 111 khoản 3) and shown as such; the year's Tết days and
// the day next to 2/9 are announced each year (Điều 112 khoản 3; by the Minister of Home Affairs since
// Nghị định 128/2025/NĐ-CP Điều 7 khoản 2). Confirming records that announcement (its number and date) and
// makes the year's official entries authoritative: the computed substitutes are dropped. Every deadline a
// dropped (or restored) day could move is derived again by the same background recompute the entry
// writes queue (calendar-recompute.service.ts), queued in the confirmation's own transaction.
import type {
  CalendarYearConfirmation,
  CalendarYearConfirmationChange,
  ConfirmCalendarYear,
} from '@/shared/api/calendar.ts'
import { substituteDaysOfYear } from '@/domain/calendar/index.ts'
import type { Database, Executor } from '../../db/client.ts'
import type { JobQueue } from '../../platform/jobs.ts'
import { AppError } from '../../platform/app-error.ts'
import type { RequestContext } from '../../platform/actor.ts'
import { writeAudit } from '../../platform/audit.ts'
import { toIsoInstant } from '../../platform/time.ts'
import { afterCalendarChange, queueCalendarRecompute } from './calendar-recompute.service.ts'
import { authorizeNationalCalendar } from './national-managers.service.ts'
import {
  deleteYear,
  findPersonName,
  findYear,
  insertYear,
  toConfirmation,
  updateYear,
  type YearValues,
} from './calendar.repository.ts'

const AUDIT_ENTITY = 'official_calendar_year'
const originOf = (ctx: RequestContext) => ({ actorId: ctx.actor.personId, ip: ctx.ip, requestId: ctx.requestId })

const stale = () =>
  new AppError(
    'CONFLICT_STALE',
    'Lịch năm này vừa được người khác xác nhận hoặc cập nhật. Vui lòng tải lại để xem thay đổi mới nhất trước khi lưu.',
  )

/** Two administrators confirming the same year at once: the primary key decides, the loser gets a 409. */
const isUniqueViolation = (error: unknown): boolean => {
  for (let e = error as { code?: unknown; cause?: unknown } | undefined; e; e = e.cause as typeof e)
    if (e.code === '23505') return true
  return false
}

// The days whose status changes when the year is confirmed or withdrawn: its computed substitutes.
const substituteDates = (year: number) => substituteDaysOfYear(year).map((s) => s.date)

const loadConfirmation = async (tx: Executor, year: number): Promise<CalendarYearConfirmation | null> => {
  const row = await findYear(tx, year)
  return row ? toConfirmation(row, row.updatedBy === null ? null : await findPersonName(tx, row.updatedBy)) : null
}

/** POST /calendar/{year}/confirmation: confirm the year, or correct the decision of a confirmed year. */
export const confirmCalendarYear = async (
  db: Database,
  jobs: JobQueue,
  ctx: RequestContext,
  year: number,
  input: ConfirmCalendarYear,
): Promise<CalendarYearConfirmationChange> => {
  await authorizeNationalCalendar(db, ctx)
  const values: YearValues = { decision: input.decision, decidedOn: input.decidedOn ?? null }
  try {
    const result = await db.transaction(async (tx) => {
      const before = await loadConfirmation(tx, year)
      if (before && input.expectedUpdatedAt && toIsoInstant(before.updatedAt) !== toIsoInstant(input.expectedUpdatedAt))
        throw stale()
      const row = before
        ? await updateYear(tx, year, values, ctx.actor.personId)
        : await insertYear(tx, year, values, ctx.actor.personId)
      const after = toConfirmation(row, ctx.actor.fullName)
      // Correcting the decision of a confirmed year changes no day; confirming drops the computed substitutes.
      const recompute = before
        ? undefined
        : await queueCalendarRecompute(tx, jobs, ctx, {
            entryId: null,
            action: 'confirm_year',
            dates: substituteDates(year),
          })
      await writeAudit(tx, originOf(ctx), {
        action: before ? 'update' : 'create',
        entity: AUDIT_ENTITY,
        entityId: year,
        // Like the calendar entries: the row goes to the administrator's unit so its audit viewers see it.
        unitId: ctx.actor.unitId,
        ...(before ? { before } : {}),
        after: {
          ...after,
          recompute: recompute
            ? { jobId: recompute.jobId, matters: recompute.matters, deadlines: recompute.deadlines }
            : null,
        },
      })
      return { confirmation: after, moved: [], ...(recompute ? { recompute } : {}) }
    })
    return afterCalendarChange(jobs, result)
  } catch (error) {
    if (isUniqueViolation(error)) throw stale()
    throw error
  }
}

/** DELETE /calendar/{year}/confirmation: back to computed substitute days for that year. */
export const withdrawCalendarYearConfirmation = async (
  db: Database,
  jobs: JobQueue,
  ctx: RequestContext,
  year: number,
): Promise<CalendarYearConfirmationChange> => {
  await authorizeNationalCalendar(db, ctx)
  const result = await db.transaction(async (tx) => {
    const before = await loadConfirmation(tx, year)
    if (!before) throw new AppError('CALENDAR_YEAR_NOT_CONFIRMED', `Lịch nghỉ năm ${year} chưa được xác nhận`)
    await deleteYear(tx, year)
    const recompute = await queueCalendarRecompute(tx, jobs, ctx, {
      entryId: null,
      action: 'withdraw_year',
      dates: substituteDates(year),
    })
    await writeAudit(tx, originOf(ctx), {
      action: 'delete',
      entity: AUDIT_ENTITY,
      entityId: year,
      unitId: ctx.actor.unitId,
      before,
      after: {
        recompute: recompute
          ? { jobId: recompute.jobId, matters: recompute.matters, deadlines: recompute.deadlines }
          : null,
      },
    })
    return { confirmation: null, moved: [], ...(recompute ? { recompute } : {}) }
  })
  return afterCalendarChange(jobs, result)
}
