// The vitest configuration Stryker runs (stryker.config.mjs): one flat project with only the test
// files chosen for the mutation scope, one file at a time (the integration tests each start a server).
import { defineConfig } from 'vitest/config'
import { fileURLToPath } from 'node:url'

const alias = { '@': fileURLToPath(new URL('./src', import.meta.url)) }
const include: string[] = process.env.STRYKER_VITEST_INCLUDE
  ? JSON.parse(process.env.STRYKER_VITEST_INCLUDE)
  : ['src/domain/access/**/*.test.ts']

export default defineConfig({
  resolve: { alias },
  test: { include, environment: 'node', testTimeout: 60_000, hookTimeout: 120_000, fileParallelism: false },
})
