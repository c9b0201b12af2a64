import { createInterface } from 'node:readline/promises'
import { eq } from 'drizzle-orm'
import { CreatePerson } from '@/shared/api/people.ts'
import { ROLES, type Role } from '@/shared/vocabulary.ts'
import { people, roleGrants, units } from '@/server/db/schema.ts'
import { assertPasswordAllowed, hashPassword } from '@/server/modules/auth/index.ts'
import { AppError } from '@/server/platform/app-error.ts'
import { writeAudit } from '@/server/platform/audit.ts'
import { loadConfig } from '@/server/platform/config.ts'
import { openMigrated } from './database.ts'

type Options = {
  username?: string | undefined
  'full-name'?: string | undefined
  unit?: string | undefined
  role?: string[] | undefined
  title?: string | undefined
}

const readPassword = async (): Promise<string> => {
  if (process.env.KIEMSAT_PASSWORD) return process.env.KIEMSAT_PASSWORD
  const rl = createInterface({ input: process.stdin, output: process.stderr })
  try {
    return await rl.question('Mật khẩu (tối thiểu 12 ký tự, không phổ biến, không chứa tên đăng nhập): ')
  } finally {
    rl.close()
  }
}

/** Creates a sign-in account from the command line, e.g. the first administrator of a new installation. */
export const runCreateUser = async (options: Options): Promise<number> => {
  const roles = (options.role ?? []) as Role[]
  const bad = roles.filter((r) => !ROLES.includes(r))
  if (bad.length > 0) throw new Error(`Vai trò không hợp lệ: ${bad.join(', ')} (hợp lệ: ${ROLES.join(', ')})`)
  if (!options.unit) throw new Error('Thiếu --unit <mã đơn vị>')

  // The password first: a refused one need not open (and lock) the database.
  const password = await readPassword()
  try {
    assertPasswordAllowed(password, options.username?.trim() ?? null, 'password')
  } catch (error) {
    if (error instanceof AppError) throw new Error(`Mật khẩu không dùng được (${error.code}): ${error.userMessage}`)
    throw error
  }

  const config = loadConfig()
  const handle = await openMigrated(config)
  try {
    const [unit] = await handle.db.select({ id: units.id }).from(units).where(eq(units.code, options.unit))
    if (!unit) throw new Error(`Không có đơn vị mã "${options.unit}"`)
    const parsed = CreatePerson.safeParse({
      fullName: options['full-name'],
      username: options.username,
      title: options.title ?? 'chuyen_vien',
      unitId: unit.id,
      password,
      roles: roles.map((role) => ({ role, unitId: unit.id })),
    })
    if (!parsed.success) throw new Error(parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; '))
    const input = parsed.data
    const [taken] = await handle.db.select({ id: people.id }).from(people).where(eq(people.username, input.username!))
    if (taken) throw new Error(`Tên đăng nhập "${input.username}" đã được dùng`)

    const passwordHash = await hashPassword(input.password!)
    await handle.db.transaction(async (tx) => {
      const [row] = await tx
        .insert(people)
        .values({
          fullName: input.fullName,
          title: input.title,
          unitId: input.unitId,
          username: input.username!,
          passwordHash,
        })
        .returning({ id: people.id })
      if (roles.length > 0)
        await tx
          .insert(roleGrants)
          .values(input.roles!.map((g) => ({ personId: row!.id, role: g.role, unitId: g.unitId })))
      await writeAudit(
        tx,
        { actorId: null, ip: null, requestId: 'cli' },
        {
          action: 'create',
          entity: 'person',
          entityId: row!.id,
          unitId: input.unitId,
          after: { fullName: input.fullName, username: input.username, roles: input.roles },
        },
      )
    })
    console.log(`Đã tạo tài khoản ${input.username}.`)
    return 0
  } finally {
    await handle.close()
  }
}
