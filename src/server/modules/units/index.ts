// The units module's public surface: its routes.
export { unitRoutes } from './units.routes.ts'
