// npm runs this after `npm install` and `npm ci` in a checkout (the "prepare" life-cycle script), so
// that the web app is built once, when the project is installed, rather than by the first
// `npm start` (issue 11, item 12; bench/first-start.ts measures both). The server still rebuilds
// it when its sources are newer (src/cli/web-build.ts), e.g. after a `git pull`.
//
// Beside the build, in a second process, it makes the embedded database's data folder template
// (src/server/db/data-folder-template.ts): initdb and the migrations, once, so that a first start
// copies a folder instead of running initdb. A template that fails to be made only costs the
// first start its seconds: the install goes on.
import { spawn } from 'node:child_process'
import { existsSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

const root = fileURLToPath(new URL('..', import.meta.url))
const template = new Promise((resolve) => {
  const child = spawn(process.execPath, [`${root}bin/kiemsat.mjs`, 'data-template'], { cwd: root, stdio: 'inherit' })
  child.on('error', (error) => resolve(error.message))
  child.on('exit', (code) => resolve(code === 0 ? null : `mã thoát ${code}`))
}).then((failure) => {
  if (failure) console.log(`kiemsat: chưa tạo được thư mục dữ liệu mẫu (${failure}); lần chạy đầu sẽ tự khởi tạo.`)
})
let vite
try {
  vite = await import('vite')
} catch {
  // An install without the development packages (`npm install --omit=dev`) has no Vite:
  // nothing to build with here; `npm start` says so if it needs it.
  console.log('kiemsat: không có Vite (cài đặt không kèm gói phát triển), bỏ qua biên dịch giao diện web.')
}
if (vite && existsSync(`${root}vite.config.ts`)) {
  const started = performance.now()
  await vite.build({ configFile: `${root}vite.config.ts`, logLevel: 'warn' })
  console.log(
    `kiemsat: đã biên dịch giao diện web vào dist/web (${((performance.now() - started) / 1000).toFixed(1)} giây).`,
  )
}
await template
