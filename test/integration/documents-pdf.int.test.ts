// The PDF preview of an official document: the sample KẾ HOẠCH (a portrait body and a landscape
// annex) converted by LibreOffice headless, as CI does (issue 13 item 8). And the conversion's
// guards: a timeout that kills the process, an error when no PDF is written, and no temporary
// folder left behind.
import { chmod, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { docxToPdf, renderDocx } from '@/server/platform/documents/index.ts'
import { samplePlan } from '@/server/platform/documents/sample-plan.ts'

/** The number of pages of a PDF written by LibreOffice (its page tree's /Count). */
const pageCount = (pdf: Buffer): number => {
  const counts = [
    ...pdf
      .toString('latin1')
      .matchAll(/\/Type\s*\/Pages\b[^>]*?\/Count\s+(\d+)|\/Count\s+(\d+)[^>]*?\/Type\s*\/Pages\b/g),
  ]
  return Math.max(...counts.map((m) => Number(m[1] ?? m[2])))
}

const ourTemporaryFolders = async () => (await readdir(tmpdir())).filter((name) => name.startsWith('kiemsat-pdf-'))

describe('the PDF preview through LibreOffice', () => {
  let before: string[]
  beforeAll(async () => {
    before = await ourTemporaryFolders()
  })

  it('converts the plan into a PDF of at least two pages (the body, then the landscape annex)', async () => {
    const pdf = await docxToPdf(await renderDocx(samplePlan()))
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-')
    expect(pageCount(pdf)).toBeGreaterThanOrEqual(2)
    // A landscape A4 page: 842 × 595 points.
    expect(pdf.toString('latin1')).toMatch(/\/MediaBox\s*\[\s*0 0 841\.\d+ 595\.\d+\s*\]/)
    // Times New Roman, or Liberation Serif (its metric twin) where LibreOffice substitutes it: upright, bold, italic, bold italic.
    const fonts = new Set(
      [...pdf.toString('latin1').matchAll(/\/BaseFont\s*\/[A-Z]{6}\+([A-Za-z-]+)/g)].map((m) => m[1]),
    )
    expect([...fonts].every((f) => /^(LiberationSerif|TimesNewRoman)/.test(f!))).toBe(true)
    expect(fonts.size).toBe(4)
    expect(await ourTemporaryFolders()).toEqual(before)
  }, 120_000)

  describe('with a stand-in for soffice', () => {
    let bin: string
    beforeAll(async () => {
      bin = await mkdtemp(join(tmpdir(), 'fake-soffice-'))
      await writeFile(join(bin, 'slow'), '#!/bin/sh\nsleep 30\n')
      await writeFile(join(bin, 'silent'), '#!/bin/sh\necho "Error: source file could not be loaded" >&2\nexit 0\n')
      await writeFile(
        join(bin, 'liar'),
        '#!/bin/sh\nfor a; do last="$a"; done\necho "not a pdf" > "$(dirname "$last")/van-ban.pdf"\n',
      )
      await writeFile(
        join(bin, 'counting'),
        `#!/bin/sh\nmkdir -p ${bin}/running\ntouch ${bin}/running/$$\nls ${bin}/running | wc -l >> ${bin}/seen\nsleep 0.4\nrm ${bin}/running/$$\nfor a; do last="$a"; done\nprintf '%%PDF-1.4' > "$(dirname "$last")/van-ban.pdf"\n`,
      )
      for (const name of ['slow', 'silent', 'liar', 'counting']) await chmod(join(bin, name), 0o755)
    })
    afterEach(() => {
      delete process.env.KIEMSAT_SOFFICE
    })
    afterAll(async () => {
      await rm(bin, { recursive: true, force: true })
    })

    it('kills a conversion that outlasts its timeout and says so', async () => {
      process.env.KIEMSAT_SOFFICE = join(bin, 'slow')
      const started = Date.now()
      await expect(docxToPdf(Buffer.from('x'), { timeoutMs: 300 })).rejects.toThrow(
        /không chuyển xong văn bản sang PDF/,
      )
      expect(Date.now() - started).toBeLessThan(5000)
      expect(await ourTemporaryFolders()).toEqual(before)
    })

    it('fails when no PDF is written, and when what is written is not a PDF', async () => {
      process.env.KIEMSAT_SOFFICE = join(bin, 'silent')
      await expect(docxToPdf(Buffer.from('x'))).rejects.toThrow(
        /không tạo được tệp PDF.*source file could not be loaded/,
      )
      process.env.KIEMSAT_SOFFICE = join(bin, 'liar')
      await expect(docxToPdf(Buffer.from('x'))).rejects.toThrow('Tệp LibreOffice tạo ra không phải PDF')
      expect(await ourTemporaryFolders()).toEqual(before)
    })

    it('runs at most two conversions at once; the others wait their turn', async () => {
      process.env.KIEMSAT_SOFFICE = join(bin, 'counting')
      const pdfs = await Promise.all(Array.from({ length: 5 }, () => docxToPdf(Buffer.from('x'))))
      expect(pdfs.map((pdf) => pdf.toString('latin1'))).toEqual(Array(5).fill('%PDF-1.4'))
      const seen = (await readFile(join(bin, 'seen'), 'utf8')).trim().split('\n').map(Number)
      expect(seen).toHaveLength(5)
      expect(Math.max(...seen)).toBe(2)
    })
  })
})
