// How fast the register imports a large workbook: 10,000 generated rows (half criminal
// cases with two suspects each, half crime reports) through the real HTTP route, on PGlite
// and, when TEST_DATABASE_URL is set, on the PostgreSQL server; then exports them again.
//   npx tsx bench/import-10k.ts [rows]
import ExcelJS from 'exceljs'
import { DEMO_PASSWORD } from '@/demo/types.ts'
import { XLSX_MIME } from '@/shared/api/register-excel.ts'
import { buildTemplate } from '@/server/modules/register-excel/template.ts'
import { ENGINES } from '../test/support/test-database.ts'
import { startTestApp } from '../test/support/test-app.ts'

const ROWS = Number(process.argv[2] ?? 10_000)

const generate = async (rows: number): Promise<Buffer> => {
  const workbook = new ExcelJS.Workbook()
  await workbook.xlsx.load((await buildTemplate()) as never)
  const sheet = workbook.getWorksheet('Sổ thụ lý')!
  for (let i = 0; i < rows; i++) {
    const criminal = i % 2 === 0
    sheet.getRow(3 + i).values = [
      `${i + 1}/2026/${criminal ? 'HS' : 'TB'}-KV6`,
      criminal ? 'Vụ án hình sự' : 'Tin báo',
      `Vụ việc nhập thử số ${i + 1}`,
      // Half real Excel dates, half typed text, across the year.
      i % 4 < 2
        ? new Date(Date.UTC(2026, i % 10, 1 + (i % 28)))
        : `${String(1 + (i % 28)).padStart(2, '0')}/${String(1 + (i % 10)).padStart(2, '0')}/2026`,
      'CT.KV6',
      'ksv',
      criminal ? null : 'Tin báo',
      criminal ? 'Cơ quan CSĐT Công an TP Cần Thơ' : 'Công an phường Vị Tân',
      criminal ? 173 : null,
      criminal ? 1 + (i % 4) : null,
      null,
      criminal ? `Bị can thứ nhất ${i}; Bị can thứ hai ${i}` : null,
    ]
  }
  return Buffer.from(await workbook.xlsx.writeBuffer())
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`

const run = async () => {
  let started = performance.now()
  const file = await generate(ROWS)
  console.log(
    `generated ${ROWS} rows (${(file.length / 1024 / 1024).toFixed(1)} MB) in ${seconds(performance.now() - started)}`,
  )

  for (const engine of ENGINES) {
    const t = await startTestApp(engine)
    try {
      const login = await t.app.inject({
        method: 'POST',
        url: '/api/auth/login',
        payload: { username: 'ksv', password: DEMO_PASSWORD },
      })
      const headers = {
        cookie: `ks_session=${login.cookies.find((c) => c.name === 'ks_session')!.value}`,
        'x-csrf-token': login.json().csrfToken as string,
        'content-type': XLSX_MIME,
      }
      for (const dryRun of [true, false]) {
        started = performance.now()
        const res = await t.app.inject({
          method: 'POST',
          url: `/api/register/import?dryRun=${dryRun}`,
          headers,
          payload: file,
        })
        const ms = performance.now() - started
        if (res.statusCode !== 200) throw new Error(`${engine}: ${res.statusCode} ${res.body.slice(0, 500)}`)
        console.log(
          `${engine.padEnd(8)} ${dryRun ? 'dry run' : 'import '} ${ROWS} rows: ${seconds(ms)} (${Math.round((ROWS / ms) * 1000)} rows/s)`,
        )
      }
      // And back out: the unit's whole register as one workbook.
      started = performance.now()
      const exported = await t.app.inject({
        method: 'GET',
        url: `/api/matters/export.xlsx?unitId=${await t.unitId('CT.KV6')}`,
        headers: { cookie: headers.cookie },
      })
      if (exported.statusCode !== 200)
        throw new Error(`${engine}: export ${exported.statusCode} ${exported.body.slice(0, 500)}`)
      console.log(
        `${engine.padEnd(8)} export  ${ROWS} rows: ${seconds(performance.now() - started)} (${(exported.rawPayload.length / 1024 / 1024).toFixed(1)} MB)`,
      )
    } finally {
      await t.close()
    }
  }
}

await run()
