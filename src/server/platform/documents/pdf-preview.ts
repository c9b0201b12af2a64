// A PDF preview of a .docx, made by LibreOffice headless (issue 13 item 8). Each conversion runs
// with its own user profile folder (two soffice processes sharing a profile block each other or
// fail), under a timeout after which its whole process group is killed, and at most
// MAX_CONCURRENT at a time in this process (each soffice takes a core and ~200 MB). The output
// must exist and start with "%PDF" or the conversion is an error. Temporary folders are removed
// whatever happens.
import { spawn } from 'node:child_process'
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'

const MAX_CONCURRENT = 2
const DEFAULT_TIMEOUT_MS = 60_000

let running = 0
const waiting: (() => void)[] = []

const acquire = async (): Promise<void> => {
  if (running < MAX_CONCURRENT) {
    running++
    return
  }
  await new Promise<void>((resolve) => waiting.push(resolve))
}

const release = (): void => {
  const next = waiting.shift()
  // The slot passes straight to the next waiter: `running` stays as it is.
  if (next) next()
  else running--
}

/** The LibreOffice program: $KIEMSAT_SOFFICE, or soffice on the PATH. */
const sofficeCommand = (): string => process.env.KIEMSAT_SOFFICE ?? 'soffice'

const run = (command: string, args: string[], timeoutMs: number): Promise<{ code: number | null; output: string }> =>
  new Promise((resolve, reject) => {
    // detached: the child leads its own process group, so the timeout kills soffice.bin with it.
    const child = spawn(command, args, { detached: true, stdio: ['ignore', 'pipe', 'pipe'] })
    let output = ''
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString()
    })
    child.stderr.on('data', (chunk: Buffer) => {
      output += chunk.toString()
    })
    const timer = setTimeout(() => {
      try {
        if (child.pid !== undefined) process.kill(-child.pid, 'SIGKILL')
      } catch {
        // Already gone.
      }
      reject(new Error(`LibreOffice không chuyển xong văn bản sang PDF trong ${Math.round(timeoutMs / 1000)} giây`))
    }, timeoutMs)
    child.on('error', (error) => {
      clearTimeout(timer)
      reject(error)
    })
    child.on('close', (code) => {
      clearTimeout(timer)
      resolve({ code, output })
    })
  })

/** The .docx converted to PDF by LibreOffice headless. Throws when LibreOffice fails, times out or writes no PDF. */
export const docxToPdf = async (docx: Buffer, options: { timeoutMs?: number } = {}): Promise<Buffer> => {
  await acquire()
  const work = await mkdtemp(join(tmpdir(), 'kiemsat-pdf-'))
  try {
    const input = join(work, 'van-ban.docx')
    await writeFile(input, docx)
    const profile = pathToFileURL(join(work, 'profile')).href
    const { code, output } = await run(
      sofficeCommand(),
      [
        `-env:UserInstallation=${profile}`,
        '--headless',
        '--norestore',
        '--nolockcheck',
        '--convert-to',
        'pdf',
        '--outdir',
        work,
        input,
      ],
      options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
    )
    let pdf: Buffer
    try {
      pdf = await readFile(join(work, 'van-ban.pdf'))
    } catch {
      throw new Error(`LibreOffice không tạo được tệp PDF (mã thoát ${code}): ${output.trim().slice(0, 500)}`)
    }
    if (pdf.subarray(0, 5).toString('latin1') !== '%PDF-') throw new Error('Tệp LibreOffice tạo ra không phải PDF')
    return pdf
  } finally {
    await rm(work, { recursive: true, force: true })
    release()
  }
}
