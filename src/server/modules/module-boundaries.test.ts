// Each server module has a public surface, its index.ts (docs/ARCHITECTURE.md): code outside a
// module reaches it only through that file, never its services, repositories or helpers, and the
// modules depend on each other in one direction, without a circle. The one exception is a table
// schema: a foreign key needs the other module's table object (drizzle reads every *.schema.ts);
// and the error registry (src/server/errors.ts) reads every module's *.errors.ts. Inside a
// module, SQL is its repositories' (router → service → repository).
import { readFileSync } from 'node:fs'
import { dirname, relative, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { sourceFiles, specifiersOf } from '@/test-support/source-imports.ts'

const SRC = resolve(new URL('.', import.meta.url).pathname, '../..')
const MODULES = resolve(SRC, 'server/modules')

type Edge = { from: string; to: string }

/** The file an import names, or null for a package. */
const resolveImport = (file: string, specifier: string): string | null =>
  specifier.startsWith('@/')
    ? resolve(SRC, specifier.slice(2))
    : specifier.startsWith('.')
      ? resolve(dirname(file), specifier)
      : null

/** "register" for src/server/modules/register/x.ts, null outside the modules. */
const moduleOf = (path: string): string | null => {
  const inside = relative(MODULES, path)
  return inside.startsWith('..') || !inside.includes('/') ? null : inside.split('/')[0]!
}

const isSchema = (path: string) => path.endsWith('.schema.ts') || path === resolve(SRC, 'server/db/schema.ts')
const ERROR_REGISTRY = resolve(SRC, 'server/errors.ts')

/** An import into another module that goes around its index (a schema's table excepted). */
export const bypassesIndex = (importer: string, target: string): boolean => {
  const targetModule = moduleOf(target)
  if (targetModule === null || targetModule === moduleOf(importer)) return false
  if (target === resolve(MODULES, targetModule, 'index.ts')) return false
  // The error registry reads each module's catalogue of codes, a file of data only.
  if (importer === ERROR_REGISTRY && target.endsWith('.errors.ts')) return false
  return !(isSchema(importer) && target.endsWith('.schema.ts'))
}

/** The modules' dependencies through their indexes: module → the modules it imports. */
const moduleGraph = (edges: Edge[]): Map<string, Set<string>> => {
  const graph = new Map<string, Set<string>>()
  for (const { from, to } of edges) {
    const a = moduleOf(from)
    const b = moduleOf(to)
    if (a === null || b === null || a === b || (isSchema(from) && isSchema(to))) continue
    graph.set(a, (graph.get(a) ?? new Set()).add(b))
  }
  return graph
}

/** Every circle of the graph, each as the path that closes it. */
export const circlesOf = (graph: Map<string, Set<string>>): string[][] => {
  const circles: string[][] = []
  const visit = (node: string, path: string[]) => {
    for (const next of graph.get(node) ?? []) {
      const at = path.indexOf(next)
      if (at !== -1) circles.push([...path.slice(at), next])
      else visit(next, [...path, next])
    }
  }
  for (const node of graph.keys()) visit(node, [node])
  return circles.filter((c) => c[0] === [...c.slice(0, -1)].sort()[0])
}

const edges: Edge[] = sourceFiles(SRC).flatMap((file) =>
  specifiersOf(readFileSync(file, 'utf8')).flatMap((specifier) => {
    const to = resolveImport(file, specifier)
    return to === null ? [] : [{ from: file, to }]
  }),
)

describe('server modules', () => {
  it('tells an import around an index from one through it', () => {
    const m = (path: string) => resolve(MODULES, path)
    expect(bypassesIndex(m('indicators/records.service.ts'), m('register/register.service.ts'))).toBe(true)
    expect(bypassesIndex(resolve(SRC, 'server/app.ts'), m('auth/sessions.repository.ts'))).toBe(true)
    expect(bypassesIndex(m('indicators/records.service.ts'), m('register/index.ts'))).toBe(false)
    expect(bypassesIndex(m('register/register.service.ts'), m('register/recompute.ts'))).toBe(false)
    expect(bypassesIndex(m('register/register.schema.ts'), m('people/people.schema.ts'))).toBe(false)
    expect(bypassesIndex(m('register/register.service.ts'), m('people/people.schema.ts'))).toBe(true)
  })

  it('are reached from outside only through their index.ts', () => {
    const bypassing = edges
      .filter(({ from, to }) => bypassesIndex(from, to))
      .map(({ from, to }) => `${relative(SRC, from)} → ${relative(SRC, to)}`)
    expect(bypassing).toEqual([])
  })

  it('finds a circle', () => {
    const graph = new Map([
      ['calendar', new Set(['register'])],
      ['register', new Set(['calendar', 'people'])],
    ])
    expect(circlesOf(graph)).toEqual([['calendar', 'register', 'calendar']])
  })

  it('keep SQL in repositories: a service imports neither drizzle-orm nor the tables', () => {
    const schema = resolve(SRC, 'server/db/schema.ts')
    const writingSql = sourceFiles(MODULES)
      .filter((file) => file.endsWith('.service.ts'))
      .flatMap((file) =>
        specifiersOf(readFileSync(file, 'utf8'))
          .filter((s) => s.startsWith('drizzle-orm') || resolveImport(file, s) === schema)
          .map((s) => `${relative(SRC, file)} → ${s}`),
      )
    expect(writingSql).toEqual([])
  })

  it('depend on each other in one direction: no circle', () => {
    expect(circlesOf(moduleGraph(edges))).toEqual([])
  })
})
