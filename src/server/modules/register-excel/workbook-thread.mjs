// Entry of an import's worker thread. A worker thread does not inherit the TypeScript loader its
// parent registered, so it registers its own before loading the thread's code (as pglite-thread.mjs).
import { register } from 'tsx/esm/api'

register()
await import('./workbook-thread.ts')
