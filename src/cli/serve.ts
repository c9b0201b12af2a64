import { generateDemoActivity } from '@/demo/activity.ts'
import { generateDemoOrganisation } from '@/demo/organisation.ts'
import { generateDemoPlans } from '@/demo/plan.ts'
import type { DemoOrganisation } from '@/demo/types.ts'
import type { Database } from '@/server/db/client.ts'
import { loadDemoActivity } from '@/server/seed/load-activity.ts'
import { loadDemoPlans } from '@/server/seed/load-plan.ts'
import { todayInVietnam } from '@/server/platform/time.ts'
import { DEMO_PASSWORD } from '@/demo/types.ts'
import { buildApp } from '@/server/app.ts'
import { loadConfig } from '@/server/platform/config.ts'
import { isDatabaseEmpty, loadOrganisation } from '@/server/seed/load-organisation.ts'
import { describeTarget, openMigrated } from './database.ts'
import { progressBar } from './progress.ts'
import { ensureWebBuilt } from './web-build.ts'

const DEMO_SEED = 2025

/**
 * A year and a half of register activity in the demo province, ending today, so that every
 * screen has content, and the province's work plan with its regional programmes (issue 13
 * item 10). Activity covers the demo province only, at any organisation scale.
 */
const loadDemoRegister = async (db: Database, org: DemoOrganisation, seed: number) => {
  const today = todayInVietnam()
  const counts = await loadDemoActivity(db, generateDemoActivity({ seed, organisation: org, today }), {
    today,
    onProgress: progressBar(),
  })
  await loadDemoPlans(db, generateDemoPlans({ seed, organisation: org, today }))
  return counts
}

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
    const counts = await loadDemoRegister(handle.db, org, seed)
    console.log(
      `Đã nạp ${org.units.length} đơn vị, ${org.people.length} cán bộ, ${counts.matters} vụ việc và ${counts.events} hành vi tố tụng.`,
    )
    return 0
  } finally {
    await handle.close()
  }
}

/**
 * Demo mode: KIEMSAT_DEMO=1 or 0 when set; otherwise on, unless --no-demo — so `npm start`
 * gives the demo province with its published password, and a real installation runs with
 * KIEMSAT_DEMO=0 (or --no-demo), where a demo login must change its password first.
 */
export const isDemoMode = (env: NodeJS.ProcessEnv, noDemoFlag: boolean): boolean => {
  if (env.KIEMSAT_DEMO === '1' || env.KIEMSAT_DEMO === 'true') return true
  if (env.KIEMSAT_DEMO === '0' || env.KIEMSAT_DEMO === 'false') return false
  return !noDemoFlag
}

export const runServe = async ({ demo }: { demo: boolean }): Promise<number> => {
  const started = performance.now()
  const config = loadConfig(process.env, { demoMode: demo })
  await ensureWebBuilt(config.webRoot)
  const handle = await openMigrated(config)
  let seeded = false
  if (demo && (await isDatabaseEmpty(handle.db))) {
    console.log('Cơ sở dữ liệu trống: đang nạp tỉnh mẫu…')
    const org = generateDemoOrganisation({ seed: DEMO_SEED, scale: 1 })
    await loadOrganisation(handle.db, org, DEMO_PASSWORD, progressBar())
    await loadDemoRegister(handle.db, org, DEMO_SEED)
    seeded = true
  }
  // The digest, the figures warmer and the session sweep are periodic jobs of the queue: with
  // several instances on one database each run happens once (src/server/periodic-jobs.ts).
  const app = await buildApp({ db: handle.db, config, periodicJobs: true })
  await app.listen({ host: config.host, port: config.port })

  const shutdown = async () => {
    await app.close()
    await handle.close()
    process.exit(0)
  }
  // Without its database thread the server could only answer errors: stop, so that whatever
  // supervises the process starts it again.
  void handle.lost?.then((error) => {
    console.error(`${error.message}: máy chủ dừng.`)
    process.exit(1)
  })
  process.once('SIGINT', () => void shutdown())
  process.once('SIGTERM', () => void shutdown())

  const url = `http://${config.host}:${config.port}/`
  const seconds = ((performance.now() - started) / 1000).toFixed(1)
  console.log(`
kiemsat sẵn sàng sau ${seconds} giây${seeded ? ' (đã nạp tỉnh mẫu)' : ''}
  Địa chỉ:        ${url}
  Tài liệu API:   ${url}api/docs
  Cơ sở dữ liệu:  ${describeTarget(config)}
${demo ? demoLoginsText() : '  Chế độ vận hành: tài khoản mẫu (nếu có) phải đổi mật khẩu khi đăng nhập.\n'}`)
  // Keep the process alive until a signal arrives.
  return new Promise<number>(() => {})
}

const demoLoginsText = (): string => {
  const { logins } = generateDemoOrganisation({ seed: DEMO_SEED, scale: 1 })
  const lines = logins.map((l) => `    ${l.username.padEnd(12)} ${l.description}`)
  return `  Chế độ trình diễn (KIEMSAT_DEMO=0 hoặc --no-demo để tắt khi dùng dữ liệu thật).\n  Tài khoản mẫu (mật khẩu chung: ${DEMO_PASSWORD}):\n${lines.join('\n')}\n`
}
