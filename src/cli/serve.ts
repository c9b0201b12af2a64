import { generateDemoOrganisation } from '@/demo/organisation.ts'
import { DEMO_PASSWORD } from '@/demo/types.ts'
import { buildApp } from '@/server/app.ts'
import { loadConfig } from '@/server/platform/config.ts'
import { deleteExpiredSessions } from '@/server/modules/auth/sessions.repository.ts'
import { startDigestSchedule } from '@/server/modules/digest/digest.service.ts'
import { createUnitTreeCache } from '@/server/platform/unit-tree-cache.ts'
import { isDatabaseEmpty, loadOrganisation } from '@/server/seed/load-organisation.ts'
import { describeTarget, openMigrated } from './database.ts'
import { progressBar } from './progress.ts'
import { ensureWebBuilt } from './web-build.ts'

const DEMO_SEED = 2025

export const runMigrate = async (): Promise<number> => {
  const config = loadConfig()
  const handle = await openMigrated(config)
  await handle.close()
  console.log(`Đã cập nhật cấu trúc cơ sở dữ liệu: ${describeTarget(config)}`)
  return 0
}

export const runSeedDemo = async ({ scale, seed }: { scale: number; seed: number }): Promise<number> => {
  const config = loadConfig()
  const handle = await openMigrated(config)
  try {
    if (!(await isDatabaseEmpty(handle.db))) {
      console.error('Cơ sở dữ liệu đã có dữ liệu; chỉ nạp dữ liệu mẫu vào cơ sở dữ liệu trống.')
      return 1
    }
    const org = generateDemoOrganisation({ seed, scale })
    await loadOrganisation(handle.db, org, DEMO_PASSWORD, progressBar())
    console.log(`Đã nạp ${org.units.length} đơn vị và ${org.people.length} cán bộ.`)
    return 0
  } finally {
    await handle.close()
  }
}

export const runServe = async ({ demo }: { demo: boolean }): Promise<number> => {
  const started = performance.now()
  const config = loadConfig()
  await ensureWebBuilt(config.webRoot)
  const handle = await openMigrated(config)
  let seeded = false
  if (demo && (await isDatabaseEmpty(handle.db))) {
    console.log('Cơ sở dữ liệu trống: đang nạp tỉnh mẫu…')
    await loadOrganisation(handle.db, generateDemoOrganisation({ seed: DEMO_SEED, scale: 1 }), DEMO_PASSWORD, progressBar())
    seeded = true
  }
  const app = await buildApp({ db: handle.db, config })
  await app.listen({ host: config.host, port: config.port })

  const sweep = setInterval(() => void deleteExpiredSessions(handle.db).catch(() => {}), 3600_000)
  sweep.unref()
  const tree = createUnitTreeCache(handle.db)
  const stopDigests = startDigestSchedule(handle.db, () => tree.get(), (message) => app.log.info(message))
  const shutdown = async () => {
    clearInterval(sweep)
    stopDigests()
    await app.close()
    await handle.close()
    process.exit(0)
  }
  process.once('SIGINT', () => void shutdown())
  process.once('SIGTERM', () => void shutdown())

  const url = `http://${config.host}:${config.port}/`
  const seconds = ((performance.now() - started) / 1000).toFixed(1)
  console.log(`
kiemsat sẵn sàng sau ${seconds} giây${seeded ? ' (đã nạp tỉnh mẫu)' : ''}
  Địa chỉ:        ${url}
  Tài liệu API:   ${url}api/docs
  Cơ sở dữ liệu:  ${describeTarget(config)}
${demo ? demoLoginsText() : ''}`)
  // Keep the process alive until a signal arrives.
  return new Promise<number>(() => {})
}

const demoLoginsText = (): string => {
  const { logins } = generateDemoOrganisation({ seed: DEMO_SEED, scale: 1 })
  const lines = logins.map((l) => `    ${l.username.padEnd(12)} ${l.description}`)
  return `  Tài khoản mẫu (mật khẩu chung: ${DEMO_PASSWORD}):\n${lines.join('\n')}\n`
}
