// The roles a person can hold: a closed list the access rules depend on.
// Its Vietnamese labels live with the rest of the vocabulary (src/shared/vocabulary.ts).

/** Roles a person can hold, each granted over one unit and (where the role reaches it) its subtree. */
export const ROLES = ['admin', 'leadership', 'head', 'prosecutor', 'statistics', 'emulation', 'readonly'] as const
export type Role = (typeof ROLES)[number]
