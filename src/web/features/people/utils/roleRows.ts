import type { Person } from '@/shared/api/people.ts'
import type { Role } from '@/shared/vocabulary.ts'

/** One row of the roles editor; a key keeps React rows stable while rows are added and removed. */
export type RoleRow = { key: string; role: Role | null; unitId: string | null }

let nextKey = 0
export const newRoleRow = (role: Role | null = null, unitId: string | null = null): RoleRow => ({
  key: `role-${(nextKey += 1)}`,
  role,
  unitId,
})

export const rolesToRows = (roles: Person['roles']): RoleRow[] => roles.map((r) => newRoleRow(r.role, String(r.unitId)))

export const rowsToRoles = (rows: RoleRow[]) =>
  rows.flatMap((row) => (row.role && row.unitId ? [{ role: row.role, unitId: Number(row.unitId) }] : []))

/** Row-level messages for incomplete rows, keyed like the server's "roles.0.unitId". */
export const roleRowErrors = (rows: RoleRow[]): Record<string, string> => {
  const errors: Record<string, string> = {}
  rows.forEach((row, index) => {
    if (!row.role) errors[`roles.${index}.role`] = 'Chọn vai trò'
    if (!row.unitId) errors[`roles.${index}.unitId`] = 'Chọn đơn vị'
  })
  const seen = new Set<string>()
  rows.forEach((row, index) => {
    const id = `${row.role}:${row.unitId}`
    if (row.role && row.unitId && seen.has(id)) errors[`roles.${index}.role`] = 'Vai trò này đã có ở đơn vị đã chọn'
    seen.add(id)
  })
  return errors
}
