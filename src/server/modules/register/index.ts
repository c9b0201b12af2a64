// The register module's public surface: its routes, the lists the Excel export writes, the
// deadline rows the import and the demo seed store the same way as a recorded act, and the
// recompute a calendar change runs.
export { registerRoutes } from './register.routes.ts'
export { penalCodeRoutes } from './penal-code.routes.ts'
export { listDeadlines, listMatters } from './register.queries.ts'
export { nextDueDateOf } from './register.repository.ts'
export { deadlineRowValues, storedStatus } from './recompute.ts'
export { recomputeMatters } from './calendar-recompute.ts'
