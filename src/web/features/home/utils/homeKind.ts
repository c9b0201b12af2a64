import type { Role } from '@/shared/vocabulary.ts'

/**
 * Which home a user opens on (issue 12, item 1): leadership and heads of units see how their unit
 * is doing today; prosecutors their own deadlines; the statistics office and the emulation
 * officer their own work; the administrator and read-only staff the links they can use.
 */
export type HomeKind = 'leadership' | 'prosecutor' | 'statistics' | 'emulation' | 'admin' | 'readonly'

const ORDER: readonly HomeKind[] = ['leadership', 'prosecutor', 'statistics', 'emulation', 'admin', 'readonly']

const KIND_OF_ROLE: Record<Role, HomeKind> = {
  leadership: 'leadership',
  head: 'leadership',
  prosecutor: 'prosecutor',
  statistics: 'statistics',
  emulation: 'emulation',
  admin: 'admin',
  readonly: 'readonly',
}

/** The first home in ORDER that one of the roles gives; read-only for a user with no role. */
export const homeKindOf = (roles: readonly { role: Role }[]): HomeKind => {
  const kinds = new Set(roles.map((r) => KIND_OF_ROLE[r.role]))
  return ORDER.find((kind) => kinds.has(kind)) ?? 'readonly'
}
