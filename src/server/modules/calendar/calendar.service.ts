// The working calendar: weekends and statutory holidays computed by the pure core
// (src/domain/calendar), overridden by the official calendar administrators keep here —
// the Tết break the Prime Minister fixes each year (BLLĐ 2019 Điều 112 khoản 3),
// substitute days off (Điều 111 khoản 3) and the make-up working Saturdays.
import type {
  CalendarDay,
  CalendarYear,
  CreateOfficialCalendarEntry,
  OfficialCalendarChange,
  OfficialCalendarDeletion,
  OfficialCalendarEntry,
  UpdateOfficialCalendarEntry,
} from '@/shared/api/calendar.ts'
import type { JobQueue } from '../../platform/jobs.ts'
import { afterCalendarChange, queueCalendarRecompute } from './calendar-recompute.service.ts'
import {
  buildCalendar,
  CalendarError,
  checkOfficialCalendar,
  createWorkingCalendar,
  formatViDate,
  publicHolidaysOfYear,
  substituteDaysOfYear,
  weekday,
  type CalendarDay as CoreDay,
  type WorkingCalendar,
} from '@/domain/calendar/index.ts'
import type { Database, Executor } from '../../db/client.ts'
import { AppError, type ErrorDetail } from '../../platform/app-error.ts'
import { authorizeAnywhere, type RequestContext } from '../../platform/actor.ts'
import { writeAudit } from '../../platform/audit.ts'
import { authorizeNationalCalendar } from './national-managers.service.ts'
import { toIsoInstant } from '../../platform/time.ts'
import {
  deleteEntry,
  findEntryByDate,
  findEntryById,
  findPersonName,
  findYear,
  insertEntry,
  listConfirmedYears,
  listEntries,
  listEntriesWithAuthor,
  toConfirmation,
  toCoreEntry,
  toEntry,
  updateEntry,
  type EntryValues,
} from './calendar.repository.ts'

const AUDIT_ENTITY = 'official_calendar'
const NOT_FOUND = () => new AppError('CALENDAR_ENTRY_NOT_FOUND', 'Không tìm thấy ngày này trong lịch chính thức')
const originOf = (ctx: RequestContext) => ({ actorId: ctx.actor.personId, ip: ctx.ip, requestId: ctx.requestId })
const yearRange = (year: number) => ({ from: `${year}-01-01`, to: `${year}-12-31` })

/** The core's CalendarError as an AppError: same code, same Vietnamese message, never a 500. */
export const calendarErrorToAppError = (error: CalendarError): AppError => {
  const details: ErrorDetail[] | undefined =
    error.code === 'CALENDAR_REASON_REQUIRED' ? [{ path: 'reason', message: error.message }] : undefined
  return new AppError(error.code, error.message, details)
}

const withCalendarErrors = <T>(compute: () => T): T => {
  try {
    return compute()
  } catch (error) {
    if (error instanceof CalendarError) throw calendarErrorToAppError(error)
    throw error
  }
}

/** The working calendar from `from` on, with every official entry from that year on: deadlines only run forward. */
export const loadWorkingCalendar = async (db: Executor, from: string): Promise<WorkingCalendar> => {
  const rows = await listEntries(db, { from: `${from.slice(0, 4)}-01-01` })
  // Confirmed years use their entries only; the others also get the computed nghỉ bù (Điều 111 khoản 3 BLLĐ 2019).
  const confirmedYears = await listConfirmedYears(db, Number(from.slice(0, 4)))
  return withCalendarErrors(() => createWorkingCalendar(rows.map(toCoreEntry), { confirmedYears }))
}

/** Any signed-in user: the year's days off with every reason, and its make-up working days. */
export const getCalendarYear = async (db: Database, year: number): Promise<CalendarYear> => {
  const rows = await listEntries(db, yearRange(year))
  const confirmed = await findYear(db, year)
  const days = withCalendarErrors(() =>
    buildCalendar(year, rows.map(toCoreEntry), { confirmedYears: confirmed ? [year] : [] }),
  )
  const entries = new Map(rows.map((row) => [row.date, row]))
  const holidays = publicHolidaysOfYear(year)
  const substitutes = substituteDaysOfYear(year, {}, holidays)

  // The core gives the reasons; the entry id, its legal source and the "the Government
  // fixes this each year" notes are added here for the screen.
  const describe = (day: CoreDay): CalendarDay => ({
    date: day.date,
    weekday: weekday(day.date),
    isDayOff: day.isDayOff,
    isWeekend: day.isWeekend,
    reasons: day.reasons.map((reason) => {
      const official = reason.kind === 'official_day_off' || reason.kind === 'official_working_day'
      const entry = official ? entries.get(day.date) : undefined
      const holiday =
        reason.kind === 'holiday' ? holidays.find((h) => h.date === day.date && h.name === reason.text) : undefined
      return {
        kind: reason.kind,
        text: reason.text,
        legalSource: reason.legalSource ?? entry?.legalSource ?? null,
        unconfirmed:
          holiday?.unconfirmed ??
          (reason.kind === 'substitute_day_off'
            ? (substitutes.find((s) => s.date === day.date && s.text === reason.text)?.unconfirmed ?? null)
            : null),
        entryId: entry?.id ?? null,
      }
    }),
  })
  const daysOff = days.filter((d) => d.isDayOff)

  return {
    year,
    confirmation: confirmed
      ? toConfirmation(confirmed, confirmed.updatedBy === null ? null : await findPersonName(db, confirmed.updatedBy))
      : null,
    computedSubstitutes: substitutes.map(({ date, holidayDate, holidayName, text, legalSource }) => ({
      date,
      holidayDate,
      holidayName,
      text,
      legalSource,
    })),
    daysOff: daysOff.map(describe),
    workingDayOverrides: days
      .filter((d) => !d.isDayOff && d.reasons.some((r) => r.kind === 'official_working_day'))
      .map(describe),
    summary: {
      daysOff: daysOff.length,
      weekdaysOff: daysOff.filter((d) => !d.isWeekend).length,
      workingDays: days.length - daysOff.length,
    },
  }
}

// Only administrators hold unit.manage (access-rules.ts): they read the official calendar and
// follow its recomputes; changing it is national (authorizeNationalCalendar).
export const authorizeCalendarAdmin = (ctx: RequestContext) => authorizeAnywhere(ctx, 'unit.manage')

export const listOfficialEntries = async (
  db: Database,
  ctx: RequestContext,
  query: { year?: number | undefined },
): Promise<OfficialCalendarEntry[]> => {
  authorizeCalendarAdmin(ctx)
  return listEntriesWithAuthor(db, query.year === undefined ? {} : yearRange(query.year))
}

/** The core's own checks (checkOfficialCalendar), as field errors. */
const assertValidEntry = (values: EntryValues) => {
  const [issue] = checkOfficialCalendar([toCoreEntry(values)])
  if (issue)
    throw new AppError(issue.code, issue.message, [
      { path: issue.code === 'CALENDAR_REASON_REQUIRED' ? 'reason' : 'date', message: issue.message },
    ])
}

const dateTaken = (date: string) =>
  new AppError('CALENDAR_DATE_TAKEN', `Ngày ${formatViDate(date)} đã có trong lịch chính thức; hãy sửa dòng đã có`, [
    { path: 'date', message: 'Ngày này đã có trong lịch chính thức' },
  ])

const assertDateFree = async (tx: Executor, date: string, exceptId: number | null) => {
  const existing = await findEntryByDate(tx, date)
  if (existing && existing.id !== exceptId) throw dateTaken(date)
}

/** Two administrators saving the same date at once: the unique index decides, the loser gets the same 409. */
const isUniqueViolation = (error: unknown): boolean => {
  for (let e = error as { code?: unknown; cause?: unknown } | undefined; e; e = e.cause as typeof e)
    if (e.code === '23505') return true
  return false
}

/** What the audit row keeps of the recompute the change queued. */
const auditedRecompute = (notice: OfficialCalendarChange['recompute']) =>
  notice ? { jobId: notice.jobId, matters: notice.matters, deadlines: notice.deadlines } : null

const guardDate = async <T>(date: string | undefined, write: () => Promise<T>): Promise<T> => {
  try {
    return await write()
  } catch (error) {
    if (date !== undefined && isUniqueViolation(error)) throw dateTaken(date)
    throw error
  }
}

export const createOfficialEntry = async (
  db: Database,
  jobs: JobQueue,
  ctx: RequestContext,
  input: CreateOfficialCalendarEntry,
): Promise<OfficialCalendarChange> => {
  await authorizeNationalCalendar(db, ctx)
  const values: EntryValues = {
    date: input.date,
    kind: input.kind,
    reason: input.reason,
    legalSource: input.legalSource || null,
  }
  assertValidEntry(values)

  const result = await guardDate(values.date, () =>
    db.transaction(async (tx) => {
      await assertDateFree(tx, values.date, null)
      const entry = toEntry(await insertEntry(tx, values, ctx.actor.personId), ctx.actor.fullName)
      // The calendar belongs to no unit; the row goes to the administrator's own unit so the
      // audit viewers of that unit see it (unit-less rows are hidden from most of them).
      // Every deadline whose end rolls over this day is derived again by a background job queued
      // in this transaction; no deadline moves in the request itself (movedDeadlines: 0).
      const recompute = await queueCalendarRecompute(tx, jobs, ctx, {
        entryId: entry.id,
        action: 'create',
        dates: [values.date],
      })
      await writeAudit(tx, originOf(ctx), {
        action: 'create',
        entity: AUDIT_ENTITY,
        entityId: entry.id,
        unitId: ctx.actor.unitId,
        after: { ...entry, movedDeadlines: 0, recompute: auditedRecompute(recompute) },
      })

      return { ...entry, moved: [], ...(recompute ? { recompute } : {}) }
    }),
  )
  return afterCalendarChange(jobs, result)
}

export const updateOfficialEntry = async (
  db: Database,
  jobs: JobQueue,
  ctx: RequestContext,
  id: number,
  input: UpdateOfficialCalendarEntry,
): Promise<OfficialCalendarChange> => {
  await authorizeNationalCalendar(db, ctx)
  const data = input.data

  const result = await guardDate(data.date, () =>
    db.transaction(async (tx) => {
      const row = await findEntryById(tx, id)
      if (!row) throw NOT_FOUND()
      if (input.expectedUpdatedAt && toIsoInstant(row.updatedAt) !== toIsoInstant(input.expectedUpdatedAt))
        throw new AppError(
          'CONFLICT_STALE',
          'Ngày này vừa được người khác cập nhật. Vui lòng tải lại để xem thay đổi mới nhất trước khi lưu.',
        )
      const before = toEntry(row, row.updatedBy === null ? null : await findPersonName(tx, row.updatedBy))
      const values: EntryValues = {
        date: data.date ?? row.date,
        kind: data.kind ?? before.kind,
        reason: data.reason ?? row.reason,
        legalSource: data.legalSource === undefined ? row.legalSource : data.legalSource || null,
      }
      assertValidEntry(values)
      if (values.date !== row.date) await assertDateFree(tx, values.date, id)
      const after = toEntry(await updateEntry(tx, id, values, ctx.actor.personId), ctx.actor.fullName)
      const recompute = await queueCalendarRecompute(tx, jobs, ctx, {
        entryId: id,
        action: 'update',
        dates: [row.date, values.date],
      })
      await writeAudit(tx, originOf(ctx), {
        action: 'update',
        entity: AUDIT_ENTITY,
        entityId: id,
        unitId: ctx.actor.unitId,
        before,
        after: { ...after, movedDeadlines: 0, recompute: auditedRecompute(recompute) },
      })

      return { ...after, moved: [], ...(recompute ? { recompute } : {}) }
    }),
  )
  return afterCalendarChange(jobs, result)
}

export const deleteOfficialEntry = async (
  db: Database,
  jobs: JobQueue,
  ctx: RequestContext,
  id: number,
): Promise<OfficialCalendarDeletion> => {
  await authorizeNationalCalendar(db, ctx)
  const result = await db.transaction(async (tx) => {
    const row = await findEntryById(tx, id)
    if (!row) throw NOT_FOUND()
    const before = toEntry(row, row.updatedBy === null ? null : await findPersonName(tx, row.updatedBy))
    await deleteEntry(tx, id)
    const recompute = await queueCalendarRecompute(tx, jobs, ctx, { entryId: id, action: 'delete', dates: [row.date] })
    await writeAudit(tx, originOf(ctx), {
      action: 'delete',
      entity: AUDIT_ENTITY,
      entityId: id,
      unitId: ctx.actor.unitId,
      before,
      after: { movedDeadlines: 0, recompute: auditedRecompute(recompute) },
    })

    return { ok: true as const, moved: [], ...(recompute ? { recompute } : {}) }
  })
  return afterCalendarChange(jobs, result)
}
