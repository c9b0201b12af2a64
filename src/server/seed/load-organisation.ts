// Writes a generated organisation (units, people, demo logins) into an empty database,
// in one transaction: either the whole demo province is there or nothing is.
import { count, eq, sql } from 'drizzle-orm'
import type { DemoOrganisation } from '@/demo/types.ts'
import type { Database, Executor } from '../db/client.ts'
import { nationalCalendarManagers, people, roleGrants, units } from '../db/schema.ts'
import { writeAudit } from '../platform/audit.ts'
import { bumpUnitsVersion } from '../platform/unit-tree-cache.ts'
import { hashPassword } from '../modules/auth/index.ts'

export type Progress = (done: number, total: number, label: string) => void

const BATCH = 500

const chunks = <T>(items: readonly T[], size: number): T[][] => {
  const out: T[][] = []
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size))
  return out
}

export const isDatabaseEmpty = async (db: Executor): Promise<boolean> => {
  const [row] = await db.select({ n: count() }).from(units)
  return (row?.n ?? 0) === 0
}

export const loadOrganisation = async (
  db: Database,
  org: DemoOrganisation,
  password: string,
  onProgress: Progress = () => {},
): Promise<void> => {
  const total = org.units.length + org.people.length
  // One hash for every demo login: they share the demo password, and argon2 is slow on purpose.
  const passwordHash = await hashPassword(password)

  await db.transaction(async (tx) => {
    const idByCode = new Map<string, number>()
    // Parents before children: a unit's parent must already have an id.
    const pending = [...org.units]
    while (pending.length > 0) {
      const ready = pending.filter((u) => u.parentCode === null || idByCode.has(u.parentCode))
      if (ready.length === 0)
        throw new Error(`Đơn vị cấp trên không tồn tại: ${pending.map((u) => u.parentCode).join(', ')}`)
      for (const batch of chunks(ready, BATCH)) {
        const rows = await tx
          .insert(units)
          .values(
            batch.map((u) => ({
              code: u.code,
              name: u.name,
              shortName: u.shortName,
              level: u.level,
              parentId: u.parentCode === null ? null : idByCode.get(u.parentCode)!,
              validFrom: u.validFrom,
              validTo: u.validTo,
              sortOrder: u.sortOrder,
            })),
          )
          .returning({ id: units.id, code: units.code })
        for (const row of rows) idByCode.set(row.code, row.id)
        onProgress(idByCode.size, total, 'Đơn vị')
      }
      const readySet = new Set(ready)
      pending.splice(0, pending.length, ...pending.filter((u) => !readySet.has(u)))
    }
    for (const unit of org.units.filter((u) => u.successorCode !== null)) {
      await tx
        .update(units)
        .set({ successorId: idByCode.get(unit.successorCode!)! })
        .where(eq(units.id, idByCode.get(unit.code)!))
    }

    let done = org.units.length
    for (const batch of chunks(org.people, BATCH)) {
      const rows = await tx
        .insert(people)
        .values(
          batch.map((p) => ({
            fullName: p.fullName,
            title: p.title,
            unitId: idByCode.get(p.unitCode)!,
            email: p.email,
            phone: p.phone,
            birthYear: p.birthYear,
            gender: p.gender,
            username: p.username,
            passwordHash: p.username ? passwordHash : null,
            passwordChangedAt: p.username ? sql`now()` : null,
            // Every login the seed creates shares the published demo password.
            demoLogin: p.username !== null,
          })),
        )
        .returning({ id: people.id })
      const grants = batch.flatMap((p, i) =>
        p.roles.map((r) => ({ personId: rows[i]!.id, role: r.role, unitId: idByCode.get(r.unitCode)! })),
      )
      if (grants.length > 0) await tx.insert(roleGrants).values(grants)
      const managers = batch.flatMap((p, i) =>
        p.nationalCalendarManager ? [{ personId: rows[i]!.id, grantedBy: null }] : [],
      )
      if (managers.length > 0) await tx.insert(nationalCalendarManagers).values(managers)
      done += batch.length
      onProgress(done, total, 'Cán bộ')
    }
    await bumpUnitsVersion(tx)
    await writeAudit(
      tx,
      { actorId: null, ip: null, requestId: null },
      {
        action: 'create',
        entity: 'demo',
        entityId: null,
        unitId: null,
        after: { units: org.units.length, people: org.people.length, logins: org.logins.map((l) => l.username) },
      },
    )
  })
}
