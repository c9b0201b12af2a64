// The calendar module's public surface: its routes, the working calendar every deadline is
// counted on, and the background recompute of deadlines after a calendar change — which takes
// the register's recompute as an argument (app.ts), so that the calendar never imports the
// register, which reads the calendar.
export { calendarRoutes } from './calendar.routes.ts'
export { calendarRecomputeRoutes } from './calendar-recompute.routes.ts'
export { calendarErrorToAppError, loadWorkingCalendar } from './calendar.service.ts'
export { CALENDAR_RECOMPUTE_JOB, runCalendarRecompute } from './calendar-recompute.service.ts'
export type { CalendarMove } from './calendar-recompute.repository.ts'
