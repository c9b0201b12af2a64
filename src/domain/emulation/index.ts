// Public surface of emulation's pure core (issue 14; DOMAIN.md §7): the vocabulary and the facts the
// conditions read, the catalogue as effective-dated data with its parameters, the base salary and
// cash amounts, the conditions checked with reasons, streaks, the 20 % cap, the ladder view, and the
// year's calendar.
export * from './vocabulary.ts'
export * from './facts.ts'
export * from './errors.ts'
export * from './catalogue.ts'
export * from './base-salary.ts'
export * from './amount.ts'
export * from './streaks.ts'
export * from './conditions.ts'
export * from './caps.ts'
export * from './ladder.ts'
export * from './cycle-calendar.ts'
// The cycle (registration sheets, the block's scoring table) and the council (quorum, vote
// shares, the proposal's life cycle with its override rule).
export * from './cycle-errors.ts'
export * from './registration.ts'
export * from './scoring.ts'
export * from './council-errors.ts'
export * from './council.ts'
export * from './proposal.ts'
