// Public surface of the work plan's pure core (issue 13; DOMAIN.md §8): the vocabulary, the life
// cycle, the cascade check against the superior plan, task states and the Government's totals,
// recurring tasks' occurrences, and the pace and forecast of a target bound to an indicator.
export * from './vocabulary.ts'
export * from './errors.ts'
export * from './plan-lifecycle.ts'
export * from './cascade.ts'
export * from './task-state.ts'
export * from './recurrence.ts'
export * from './pace.ts'
export * from './plan-validation.ts'
