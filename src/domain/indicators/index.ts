// Public surface of the indicators' pure core (DOMAIN.md §3, §6): definitions as data, the shipped
// catalogue, reporting periods, roll-up over the unit tree, the reference evaluator, and the
// Vietnamese texts comparing figures with targets and with last year.
export * from './definition.ts'
export { INDICATOR_CATALOGUE, indicatorByCode } from './catalogue.ts'
export * from './periods.ts'
export * from './compare.ts'
export * from './rollup.ts'
export * from './evaluate.ts'
export * from './validate-definition.ts'
export * from './labels.ts'
export * from './ranking.ts'
export * from './opening-year.ts'
