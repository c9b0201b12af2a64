// The emulation module's public surface (issue 14): the facts' and history's routes, the history
// loaders the conditions read, and the award writer the awards' decisions use.
export { emulationFactsRoutes } from './facts.routes.ts'
export {
  loadCollectiveHistory,
  loadPersonHistory,
  recordAward,
  type RecordAward,
} from './history.service.ts'
