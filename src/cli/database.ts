import { databaseTargetFrom, migrateDatabase, openDatabase, type DatabaseHandle } from '@/server/db/client.ts'
import type { Config } from '@/server/platform/config.ts'

/** Opens the configured database (PGlite data folder or DATABASE_URL) with migrations applied. */
export const openMigrated = async (config: Config): Promise<DatabaseHandle> => {
  const handle = await openDatabase(
    databaseTargetFrom({
      databaseUrl: config.databaseUrl,
      dataDir: config.dataDir,
      sharedBuffers: config.pgliteSharedBuffers,
      fsync: config.pgliteFsync,
    }),
  )
  await migrateDatabase(handle)
  return handle
}

export const describeTarget = (config: Config): string =>
  config.databaseUrl
    ? `PostgreSQL (${config.databaseUrl.replace(/\/\/[^@]*@/, '//***@')})`
    : `PGlite, thư mục dữ liệu ${config.dataDir}`
