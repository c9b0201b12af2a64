// Flags, timing and printing for the benchmark scripts.
import { execSync } from 'node:child_process'
import { cpus, totalmem } from 'node:os'

/** `--name value`, `--name=value` and bare `--flag` (true). */
export const parseFlags = (argv: readonly string[]): Record<string, string | boolean> => {
  const flags: Record<string, string | boolean> = {}
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!
    if (!arg.startsWith('--')) throw new Error(`unexpected argument ${arg}`)
    const [name, value] = arg.slice(2).split('=', 2) as [string, string | undefined]
    if (value !== undefined) flags[name] = value
    else if (argv[i + 1] !== undefined && !argv[i + 1]!.startsWith('--')) flags[name] = argv[++i]!
    else flags[name] = true
  }
  return flags
}

export const intFlag = (flags: Record<string, string | boolean>, name: string, fallback: number): number => {
  const value = flags[name]
  if (value === undefined) return fallback
  const n = Number(String(value).replace(/_/g, ''))
  if (!Number.isFinite(n)) throw new Error(`--${name} must be a number, got ${String(value)}`)
  return Math.round(n)
}

export const now = () => performance.now()

/** Runs `step`, prints its label and duration, returns its result. */
export const timed = async <T>(label: string, step: () => Promise<T>): Promise<T> => {
  const started = now()
  process.stdout.write(`  ${label} … `)
  const result = await step()
  process.stdout.write(`${seconds(now() - started)}\n`)
  return result
}

export const seconds = (ms: number) => (ms >= 100_000 ? `${(ms / 1000).toFixed(0)} s` : `${(ms / 1000).toFixed(1)} s`)
export const millis = (ms: number) => (ms >= 100 ? ms.toFixed(0) : ms >= 10 ? ms.toFixed(1) : ms.toFixed(2))
export const count = (n: number) => n.toLocaleString('en-US')
export const bytes = (n: number) =>
  n >= 1024 ** 3 ? `${(n / 1024 ** 3).toFixed(2)} GB` : `${(n / 1024 ** 2).toFixed(0)} MB`

/** Nearest-rank percentile of sorted samples. */
export const percentile = (sorted: readonly number[], p: number): number =>
  sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ?? NaN

export const table = (header: readonly string[], rows: readonly (readonly string[])[]): string => {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)))
  const line = (cells: readonly string[]) =>
    `| ${cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join(' | ')} |`
  return [
    line(header),
    `| ${widths.map((w, i) => (i === 0 ? '-'.repeat(w) : `${'-'.repeat(w - 1)}:`)).join(' | ')} |`,
    ...rows.map(line),
  ].join('\n')
}

export const machine = () =>
  `${cpus().length} × ${cpus()[0]?.model.trim() ?? 'cpu'}, ${Math.round(totalmem() / 1024 ** 3)} GiB, Node ${process.version}`

/** The commit measured, and whether the working tree differed from it. */
export const codeVersion = (): string => {
  try {
    const commit = execSync('git rev-parse --short HEAD', { stdio: ['ignore', 'pipe', 'ignore'] })
      .toString()
      .trim()
    const dirty =
      execSync('git status --porcelain --untracked-files=no -- src migrations', { stdio: ['ignore', 'pipe', 'ignore'] })
        .toString()
        .trim() !== ''
    return `code ${commit}${dirty ? ' + uncommitted changes in src/ or migrations/' : ''}`
  } catch {
    return 'code version unknown'
  }
}
