// A data folder made once, at install, that a new data folder starts from.
//
// Creating an embedded database from nothing runs PostgreSQL's initdb inside WebAssembly: 4.7 s
// of a first `npm start` on this project's two-core machines (bench/first-start.ts), more than
// everything else a start does. npm's `prepare` (scripts/prepare.mjs) runs `kiemsat
// data-template` once: initdb and every migration into a folder under node_modules/.cache. A
// start whose data folder is empty copies that folder (0.1 s) and opens it (0.7 s) instead.
//
// The template is named by what it was made from: the PGlite release (its initdb) and the
// migration journal. After an upgrade of either, the name no longer matches, the template is
// ignored and the first start runs initdb as before; nothing ever opens a template of another
// version. A folder that already holds a database is never touched.
import { createHash } from 'node:crypto'
import {
  closeSync,
  cpSync,
  existsSync,
  fsyncSync,
  openSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
} from 'node:fs'
import { basename, dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { MIGRATIONS_FOLDER } from './client.ts'

const PROJECT_ROOT = fileURLToPath(new URL('../../../', import.meta.url))

/** The folder of the template that matches this checkout's PGlite and migrations. */
export const templateFolder = (cacheRoot: string = join(PROJECT_ROOT, 'node_modules', '.cache', 'kiemsat')): string => {
  const pglite = JSON.parse(
    readFileSync(join(PROJECT_ROOT, 'node_modules', '@electric-sql', 'pglite', 'package.json'), 'utf8'),
  ) as { version: string }
  const journal = readFileSync(join(MIGRATIONS_FOLDER, 'meta', '_journal.json'))
  const key = createHash('sha256').update(pglite.version).update('\0').update(journal).digest('hex').slice(0, 16)
  return join(cacheRoot, `pglite-${pglite.version}-${key}`)
}

/** PostgreSQL writes PG_VERSION first into a data folder: without it the folder holds no database. */
const holdsDatabase = (dataDir: string): boolean => existsSync(join(dataDir, 'PG_VERSION'))

/** A folder holding anything at all, a database or not, is not ours to fill. */
const isEmptyFolder = (dataDir: string): boolean => !existsSync(dataDir) || readdirSync(dataDir).length === 0

/** fsync(2) of every file and folder below `folder`, so that a copy survives a power cut as initdb's files would. */
const syncTree = (folder: string): void => {
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    const path = join(folder, entry.name)
    if (entry.isDirectory()) syncTree(path)
    else syncPath(path)
  }
  syncPath(folder)
}

const syncPath = (path: string): void => {
  const fd = openSync(path, 'r')
  try {
    fsyncSync(fd)
  } finally {
    closeSync(fd)
  }
}

/**
 * Starts an empty data folder from the template, if there is one for this version. The copy is
 * made beside the folder and renamed into place, so an interrupted copy leaves the folder empty
 * (and the next start tries again), never half a database. The caller holds the folder's lock.
 * Returns whether the template was used.
 */
export const startFromTemplate = (
  dataDir: string,
  { template = templateFolder(), durable = true }: { template?: string; durable?: boolean } = {},
): boolean => {
  if (!isEmptyFolder(dataDir) || !holdsDatabase(template)) return false
  const staging = `${dataDir}.template-${process.pid}`
  rmSync(staging, { recursive: true, force: true })
  cpSync(template, staging, { recursive: true })
  if (durable) syncTree(staging)
  rmSync(dataDir, { recursive: true, force: true })
  renameSync(staging, dataDir)
  if (durable) syncPath(dirname(dataDir))
  return true
}

/**
 * Makes the template (initdb, then every migration) unless it exists. Built in a staging folder
 * and renamed, so a template that exists is complete. Older templates beside it are removed.
 */
export const makeTemplate = async (template: string = templateFolder()): Promise<'made' | 'present'> => {
  if (holdsDatabase(template)) return 'present'
  const { openDatabase, migrateDatabase } = await import('./client.ts')
  const staging = `${template}.staging-${process.pid}`
  rmSync(staging, { recursive: true, force: true })
  // fsync is pointless here: a template lost with the power is made again, and copies are synced.
  const handle = await openDatabase({ kind: 'pglite', dataDir: staging, fsync: false, fromTemplate: false })
  try {
    await migrateDatabase(handle)
  } finally {
    await handle.close()
  }
  // Templates of other versions go; this version's staging folders (another install running
  // at the same time) stay.
  const parent = dirname(template)
  for (const entry of readdirSync(parent)) {
    const path = join(parent, entry)
    if (entry.startsWith('pglite-') && !entry.startsWith(basename(template)) && statSync(path).isDirectory()) {
      rmSync(path, { recursive: true, force: true })
    }
  }
  try {
    renameSync(staging, template)
  } catch (error) {
    // Another install made it first: theirs is as good as ours.
    rmSync(staging, { recursive: true, force: true })
    if (holdsDatabase(template)) return 'present'
    throw error
  }
  return 'made'
}
