// Mutation testing of the guards (issue 10): the access rules, the authentication hook, the
// services' authorisation and audit calls, and the deadline counting. Not run in CI (slow);
// bench/mutation.sh runs it and prints the score and the surviving mutants.
//
// Only the guard statements of the services are mutated, not whole services: every line with an
// access decision or an audit write (and the statement it opens), found by scanning the files,
// so a guard added later is mutated without editing this list. MUTATION_SCOPE picks a part:
//   rules    — the access rules and the deadline counting (pure; their unit tests; minutes)
//   hook     — the actor checks and the authentication hook (integration tests: hours on 2 cores)
//   services — the guard statements of the services (integration tests: hours on 2 cores)
//   all      — everything (default)
// MUTATION_TESTS (comma-separated paths) replaces the test files chosen for the scope, and
// MUTATION_MUTATE (comma-separated files or file:from-to ranges) the files mutated.
import { readFileSync } from 'node:fs'

const SERVICES = [
  'src/server/modules/register/register.service.ts',
  'src/server/modules/register/register.queries.ts',
  'src/server/modules/people/people.service.ts',
  'src/server/modules/units/units.service.ts',
  'src/server/modules/indicators/indicators.service.ts',
  'src/server/modules/indicators/records.service.ts',
  'src/server/modules/digest/digest.service.ts',
  'src/server/modules/audit/audit.service.ts',
  'src/server/modules/calendar/calendar.service.ts',
  'src/server/modules/calendar/calendar-year.service.ts',
  'src/server/modules/calendar/national-managers.service.ts',
  'src/server/modules/register-excel/export.service.ts',
  'src/server/modules/register-excel/import.service.ts',
]

const GUARD =
  /\b(authorize|authorizeAnywhere|authorizeCalendarAdmin|authorizeNationalCalendar|can|permittedUnits|unitsPermitted|isPermitted|roleAllows|canGrant|writeAudit|audit)\(|seesUnowned|scope === 'mine'|ACCOUNT_FIELDS|readable\.has\(|watched\.has\(/

/** Lines from a guard to the end of its statement (brackets balanced), as Stryker "file:from-to" ranges. */
export const guardRanges = (file) => {
  let lines
  try {
    lines = readFileSync(file, 'utf8').split('\n')
  } catch {
    return []
  }
  const ranges = []
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]
    if (!GUARD.test(line) || /^\s*(\/\/|\*|import )/.test(line) || /^\s*(export )?const \w+ = \(/.test(line)) continue
    let depth = 0
    let end = i
    for (let j = i; j < lines.length; j++) {
      for (const ch of lines[j].replace(/'[^']*'|`[^`]*`/g, ''))
        depth += '([{'.includes(ch) ? 1 : ')]}'.includes(ch) ? -1 : 0
      end = j
      if (depth <= 0) break
    }
    ranges.push(`${file}:${i + 1}-${end + 1}`)
    i = end
  }
  return ranges
}

const RULES = ['src/domain/access/access-rules.ts', 'src/domain/deadlines/counting.ts']
const RULE_TESTS = ['src/domain/access/access-rules.test.ts', 'src/domain/deadlines/**/*.test.ts']
const HOOK = ['src/server/platform/actor.ts', 'src/server/http/authenticate.ts']
const HOOK_TESTS = ['test/integration/auth.int.test.ts', 'test/integration/access-matrix.int.test.ts']
const SERVICE_TESTS = [
  'test/integration/access-matrix.int.test.ts',
  'test/integration/audit-trail.int.test.ts',
  'test/integration/register.int.test.ts',
  'test/integration/people.int.test.ts',
  'test/integration/units.int.test.ts',
  'test/integration/audit.int.test.ts',
  'test/integration/indicators.int.test.ts',
  'test/integration/deadlines.int.test.ts',
  'test/integration/calendar.int.test.ts',
]

const scope = process.env.MUTATION_SCOPE ?? 'all'
const parts = {
  rules: [RULES, RULE_TESTS],
  hook: [HOOK, HOOK_TESTS],
  services: [SERVICES.flatMap(guardRanges), SERVICE_TESTS],
}
const chosen = scope === 'all' ? Object.values(parts) : [parts[scope]]
if (!chosen[0]) throw new Error(`MUTATION_SCOPE must be rules, hook, services or all, not ${scope}`)
const mutate = process.env.MUTATION_MUTATE ? process.env.MUTATION_MUTATE.split(',') : chosen.flatMap(([files]) => files)
const tests = process.env.MUTATION_TESTS
  ? process.env.MUTATION_TESTS.split(',')
  : [...new Set(chosen.flatMap(([, files]) => files))]
process.env.STRYKER_VITEST_INCLUDE = JSON.stringify(tests)

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  vitest: { configFile: 'stryker.vitest.config.ts', related: false },
  mutate,
  coverageAnalysis: 'perTest',
  concurrency: Number(process.env.MUTATION_CONCURRENCY ?? 1),
  timeoutMS: 120_000,
  timeoutFactor: 2,
  ignorePatterns: ['data', 'data.lock', 'dist', 'bench/out', 'reports', 'e2e', 'test-results', 'scratch'],
  tempDirName: '.stryker-tmp',
  cleanTempDir: true,
  reporters: ['clear-text', 'json', 'progress'],
  jsonReporter: { fileName: `reports/mutation/${process.env.MUTATION_REPORT ?? scope}.json` },
  clearTextReporter: { allowColor: false, logTests: false, reportScoreTable: true },
}
