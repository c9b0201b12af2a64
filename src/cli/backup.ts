// Backup and restore. PGlite: a gzip tarball of the data folder (PGlite's own dump format).
// PostgreSQL server: plain SQL from pg_dump, restored with psql, so any PostgreSQL tool can read it.
import { spawn } from 'node:child_process'
import { existsSync, mkdirSync, readdirSync } from 'node:fs'
import { readFile, rm, stat, writeFile } from 'node:fs/promises'
import { dirname } from 'node:path'
import { loadConfig } from '@/server/platform/config.ts'
import { lockDataFolder } from '@/server/db/data-folder-lock.ts'
import { openDatabase } from '@/server/db/client.ts'
import { openMigrated } from './database.ts'

const run = (command: string, args: string[]) =>
  new Promise<void>((resolve, reject) => {
    const child = spawn(command, args, { stdio: ['ignore', 'inherit', 'inherit'] })
    child.on('error', reject)
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`${command} kết thúc với mã ${code}`))))
  })

const sizeText = async (file: string) => `${((await stat(file)).size / 1024 / 1024).toFixed(1)} MB`

export const runBackup = async ({ out }: { out?: string | undefined }): Promise<number> => {
  const config = loadConfig()
  const file =
    out ??
    `kiemsat-backup-${new Date().toISOString().slice(0, 19).replace(/[:T]/g, '-')}${config.databaseUrl ? '.sql' : '.tar.gz'}`
  if (config.databaseUrl) {
    await run('pg_dump', ['--no-owner', '--no-privileges', '--file', file, config.databaseUrl])
  } else {
    const handle = await openMigrated(config)
    try {
      await writeFile(file, await handle.dumpDataDir!())
    } finally {
      await handle.close()
    }
  }
  console.log(`Đã sao lưu vào ${file} (${await sizeText(file)}).`)
  return 0
}

export const runRestore = async ({ from, force }: { from?: string | undefined; force: boolean }): Promise<number> => {
  if (!from || !existsSync(from)) throw new Error('Thiếu hoặc không tìm thấy tệp sao lưu (--from <tệp>)')
  const config = loadConfig()
  if (config.databaseUrl) {
    await run('psql', [
      '--quiet',
      '--set',
      'ON_ERROR_STOP=1',
      '--single-transaction',
      '--file',
      from,
      config.databaseUrl,
    ])
  } else {
    // Held for the whole restore: no server may open the folder while it is replaced.
    mkdirSync(dirname(config.dataDir), { recursive: true })
    const lock = lockDataFolder(config.dataDir)
    try {
      await restoreFolder(config.dataDir, from, force)
    } finally {
      lock.release()
    }
    // Reopen through the normal path to prove the restored folder is usable and up to date.
    const handle = await openDatabase({ kind: 'pglite', dataDir: config.dataDir })
    await handle.close()
  }
  console.log(`Đã phục hồi từ ${from}.`)
  return 0
}

const restoreFolder = async (dataDir: string, from: string, force: boolean) => {
  if (existsSync(dataDir) && readdirSync(dataDir).length > 0 && !force)
    throw new Error(`Thư mục dữ liệu ${dataDir} không trống; dùng --force để ghi đè`)
  if (force && existsSync(dataDir)) await rm(dataDir, { recursive: true, force: true })
  const { PGlite } = await import('@electric-sql/pglite')
  const blob = new Blob([await readFile(from)])
  const restored = await PGlite.create({ dataDir, loadDataDir: blob })
  await restored.close()
}
