// The domain is the bottom layer (DESIGN.md; docs/ARCHITECTURE.md): pure rules that import
// nothing but each other and zod. It never reaches up into the shared contracts, the server or
// the web app, and never does I/O; the vocabulary it needs (roles, unit levels, text folding,
// number writing) is its own, in src/domain/vocabulary, and src/shared re-exports it.
import { readFileSync } from 'node:fs'
import { relative } from 'node:path'
import { describe, expect, it } from 'vitest'
import { sourceFiles, specifiersOf } from '@/test-support/source-imports.ts'

const DOMAIN = new URL('.', import.meta.url).pathname
const ALLOWED_PACKAGES = new Set(['zod'])

const isAllowed = (specifier: string) =>
  specifier.startsWith('.') || specifier.startsWith('@/domain/') || ALLOWED_PACKAGES.has(specifier)

describe('the domain layer', () => {
  it('finds the imports it checks', () => {
    expect(
      specifiersOf(
        `import { a } from '../x.ts'\nexport { b } from '@/shared/y.ts'\nimport type { C } from "node:fs"\nconst d = await import('pg')`,
      ),
    ).toEqual(['../x.ts', '@/shared/y.ts', 'node:fs', 'pg'])
  })

  it('imports only itself and zod: not src/shared, the server, the web app or any I/O', () => {
    const offending = sourceFiles(DOMAIN, (name) => name === 'testing.ts').flatMap((file) =>
      specifiersOf(readFileSync(file, 'utf8'))
        .filter((s) => !isAllowed(s))
        .map((s) => `${relative(DOMAIN, file)} → ${s}`),
    )
    expect(offending).toEqual([])
  })
})
