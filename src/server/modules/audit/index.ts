// The audit module's public surface: the viewer's routes (rows are written by platform/audit.ts).
export { auditRoutes } from './audit.routes.ts'
