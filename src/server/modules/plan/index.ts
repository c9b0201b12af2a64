// The plan module's public surface: its routes.
export { planRoutes } from './plan.routes.ts'
