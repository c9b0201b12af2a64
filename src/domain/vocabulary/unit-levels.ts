// The levels of a unit in the procuracy tree: a closed list the unit tree's rules depend on.
// Its Vietnamese labels live with the rest of the vocabulary (src/shared/vocabulary.ts).

/** Levels of a unit in the procuracy tree (DOMAIN.md §1.1, §1.3). */
export const UNIT_LEVELS = ['supreme', 'provincial', 'regional', 'district', 'department', 'office'] as const
export type UnitLevel = (typeof UNIT_LEVELS)[number]
