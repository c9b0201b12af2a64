// The jobs module's public surface: the administrators' view of the job queue.
export { jobRoutes } from './jobs.routes.ts'
