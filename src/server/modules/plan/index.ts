// The plan module's public surface: its routes, and the row writers the demo seed loads the
// demo province's plans with (src/server/seed/load-plan.ts), in one transaction.
export { planRoutes } from './plan.routes.ts'
export {
  insertPlan,
  insertProgress,
  insertTarget,
  insertTask,
  updatePlanRow,
  type PlanRow,
  type TargetRow,
  type TaskRow,
} from './plan.repository.ts'
