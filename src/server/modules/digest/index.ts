// The digest module's public surface: its routes and the daily computation the job queue runs.
export { digestRoutes } from './digest.routes.ts'
export { computeTodaysDigests } from './digest.service.ts'
