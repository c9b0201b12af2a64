// npm runs this after `npm install` and `npm ci` in a checkout (the "prepare" life-cycle script), so
// that the web app is built once, when the project is installed, rather than by the first
// `npm start` (issue 11, item 12; bench/first-start.ts measures both). The server still rebuilds
// it when its sources are newer (src/cli/web-build.ts), e.g. after a `git pull`.
import { existsSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

const root = fileURLToPath(new URL('..', import.meta.url))
let vite
try {
  vite = await import('vite')
} catch {
  // An install without the development packages (`npm install --omit=dev`) has no Vite:
  // nothing to build with here; `npm start` says so if it needs it.
  console.log('kiemsat: không có Vite (cài đặt không kèm gói phát triển), bỏ qua biên dịch giao diện web.')
  process.exit(0)
}
if (!existsSync(`${root}vite.config.ts`)) process.exit(0)
const started = performance.now()
await vite.build({ configFile: `${root}vite.config.ts`, logLevel: 'warn' })
console.log(
  `kiemsat: đã biên dịch giao diện web vào dist/web (${((performance.now() - started) / 1000).toFixed(1)} giây).`,
)
