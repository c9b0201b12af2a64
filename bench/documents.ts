// Official documents (issue 13, figures): rendering the plan-sized KẾ HOẠCH (ten tasks, the
// landscape Phụ lục table of the ten, a chart) to .docx, its PDF preview through LibreOffice
// headless, and a chart to PNG. Each step --runs times, one after the other; the first PDF is
// the cold one (LibreOffice builds its fresh profile each time anyway, see pdf-preview.ts).
// Peak RSS is this Node process's (getrusage maxRSS); LibreOffice runs in its own process.
//
//   npx tsx bench/documents.ts [--runs 5]
import { chartPng, docxToPdf, renderDocx, type ChartSpec } from '../src/server/platform/documents/index.ts'
import { samplePlan } from '../src/server/platform/documents/sample-plan.ts'
import { bytes, codeVersion, intFlag, machine, millis, now, parseFlags, percentile, table } from './lib/report.ts'

const flags = parseFlags(process.argv.slice(2))
const RUNS = intFlag(flags, 'runs', 5)

const chart: ChartSpec = {
  width: 640,
  height: 320,
  option: {
    title: { text: 'Tỷ lệ giải quyết tin báo, tố giác tội phạm (%)', left: 'center' },
    xAxis: { type: 'category', data: ['T12', 'T1', 'T2', 'T3', 'T4', 'T5', 'T6', 'T7', 'T8', 'T9', 'T10', 'T11'] },
    yAxis: { type: 'value', max: 100 },
    series: [
      {
        type: 'bar',
        data: [62, 70, 74, 78, 80, 83, 85, 86, 88, 90, 91, 93],
        label: { show: true, position: 'top', formatter: '{v|{c}}', rich: { v: { fontWeight: 'bold' } } },
      },
    ],
  },
}

const peakRss = () => process.resourceUsage().maxRSS * 1024

const measure = async <T>(step: () => Promise<T> | T): Promise<{ times: number[]; last: T }> => {
  const times: number[] = []
  let last: T | undefined
  for (let i = 0; i < RUNS; i++) {
    const started = now()
    last = await step()
    times.push(now() - started)
  }
  return { times, last: last as T }
}

const row = (label: string, times: number[], note: string) => {
  const sorted = [...times].sort((a, b) => a - b)
  return [label, millis(times[0]!), millis(percentile(sorted, 50)), millis(sorted.at(-1)!), note]
}

const png = await measure(() => chartPng(chart))
const afterChart = peakRss()
const document = samplePlan([{ kind: 'image', png: png.last, widthMm: 160, heightMm: 80, caption: 'Biểu đồ 1' }])
const docx = await measure(() => renderDocx(document))
const afterDocx = peakRss()
const pdf = await measure(() => docxToPdf(docx.last))

console.log(`Official documents, ${RUNS} runs each. ${machine()}; ${codeVersion()}`)
console.log(
  table(
    ['step', 'first ms', 'p50 ms', 'max ms', 'output'],
    [
      row('chart → PNG (640 × 320, ×2)', png.times, `${(png.last.length / 1024).toFixed(0)} kB`),
      row('KẾ HOẠCH → .docx', docx.times, `${(docx.last.length / 1024).toFixed(0)} kB`),
      row('.docx → PDF (LibreOffice)', pdf.times, `${(pdf.last.length / 1024).toFixed(0)} kB`),
    ],
  ),
)
console.log(
  `peak RSS of this process: after the charts ${bytes(afterChart)}, after the .docx ${bytes(afterDocx)}, at the end ${bytes(peakRss())}`,
)
