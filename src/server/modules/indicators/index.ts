// The indicators module's public surface: its routes, the figures warmer the job queue runs, and
// an indicator's trend over a statistics year (the plan measures its targets with it).
export { indicatorRoutes } from './indicators.routes.ts'
export { warmFigures } from './warm-figures.ts'
export { trend as indicatorTrend } from './indicators.service.ts'
