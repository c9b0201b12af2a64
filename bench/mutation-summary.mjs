// Prints the mutation score of a Stryker JSON report and its surviving (and uncovered) mutants.
import { readFileSync } from 'node:fs'

const report = JSON.parse(readFileSync(process.argv[2] ?? 'reports/mutation/all.json', 'utf8'))
const counts = {}
const survivors = []
for (const [file, { mutants }] of Object.entries(report.files)) {
  for (const m of mutants) {
    counts[m.status] = (counts[m.status] ?? 0) + 1
    if (m.status === 'Survived' || m.status === 'NoCoverage')
      survivors.push(
        `${m.status === 'Survived' ? 'survived' : 'no test '} ${file}:${m.location.start.line} ${m.mutatorName} → ${JSON.stringify(m.replacement ?? '').slice(0, 80)}`,
      )
  }
}
const perFile = Object.entries(report.files).map(([file, { mutants }]) => {
  const killed = mutants.filter((m) => m.status === 'Killed' || m.status === 'Timeout').length
  const valid = mutants.filter((m) => ['Killed', 'Timeout', 'Survived', 'NoCoverage'].includes(m.status)).length
  return `  ${file}: ${((100 * killed) / Math.max(valid, 1)).toFixed(2)} % (${killed} of ${valid})`
})
const detected = (counts.Killed ?? 0) + (counts.Timeout ?? 0)
const valid = detected + (counts.Survived ?? 0) + (counts.NoCoverage ?? 0)
console.log(`Mutants: ${JSON.stringify(counts)}`)
console.log(
  `Mutation score: ${((100 * detected) / Math.max(valid, 1)).toFixed(2)} % (${detected} of ${valid} detected)`,
)
console.log(perFile.join('\n'))
console.log(`Surviving mutants (${survivors.length}):`)
for (const line of survivors) console.log(`  ${line}`)
