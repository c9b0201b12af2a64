// `npm start` must work on a fresh clone: build the web app when it is missing or older
// than its sources, so the two README commands are all a new machine needs.
import { existsSync, readdirSync, statSync } from 'node:fs'
import { join, resolve } from 'node:path'

const newestMtime = (dir: string): number => {
  let newest = 0
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name)
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(path) : statSync(path).mtimeMs)
  }
  return newest
}

export const ensureWebBuilt = async (webRoot: string): Promise<void> => {
  // Tests and benchmarks start the API alone.
  if (process.env.KIEMSAT_SKIP_WEB_BUILD === '1') return
  const index = join(webRoot, 'index.html')
  const sources = ['src/web', 'src/shared'].map((d) => resolve(d)).filter(existsSync)
  const built = existsSync(index) ? statSync(index).mtimeMs : 0
  if (built > 0 && (sources.length === 0 || sources.every((dir) => newestMtime(dir) <= built))) return
  console.log('Đang biên dịch giao diện web (chỉ lần đầu hoặc khi mã nguồn thay đổi)…')
  const { build } = await import('vite')
  await build({ configFile: resolve('vite.config.ts'), logLevel: 'warn' })
}
