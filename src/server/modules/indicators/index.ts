// The indicators module's public surface: its routes and the figures warmer the job queue runs.
export { indicatorRoutes } from './indicators.routes.ts'
export { warmFigures } from './warm-figures.ts'
