// Reading a source tree's imports, for the tests that hold the layers and modules apart
// (src/domain/domain-imports.test.ts, src/server/modules/module-boundaries.test.ts).
import { readdirSync } from 'node:fs'
import { join } from 'node:path'

/** Every .ts/.tsx file under `dir`, tests left out (they may reach into what they test). */
export const sourceFiles = (dir: string, skip: (name: string) => boolean = () => false): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) return sourceFiles(path, skip)
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) && !skip(entry.name) ? [path] : []
  })

/** Every module specifier a file imports or re-exports, static or dynamic. */
export const specifiersOf = (source: string): string[] =>
  [
    ...source.matchAll(
      /(?:^|\n)\s*(?:import|export)\b[^'"`;]*?from\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)|(?:^|\n)\s*import\s+['"]([^'"]+)['"]/g,
    ),
  ].map((m) => (m[1] ?? m[2] ?? m[3])!)
