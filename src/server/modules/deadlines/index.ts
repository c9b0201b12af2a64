// The deadlines module's public surface: its routes.
export { deadlineRoutes } from './deadlines.routes.ts'
