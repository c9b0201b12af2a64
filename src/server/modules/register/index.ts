// The register module's public surface: its routes, the lists the Excel export writes and the
// recompute a calendar change runs. The rows every writer stores come from the domain's row
// plan (src/domain/register/row-plan.ts).
export { registerRoutes } from './register.routes.ts'
export { penalCodeRoutes } from './penal-code.routes.ts'
export { listDeadlines, listMatters } from './register.queries.ts'
export { recomputeMatters } from './calendar-recompute.ts'
export { writeRowPlans } from './row-plan.repository.ts'
export type { NewMatterRows } from './row-plan.repository.ts'
