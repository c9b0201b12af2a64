import { describe, expect, it } from 'vitest'
import { cachedBomb } from '../../../../test/support/bomb-workbook.ts'
import { AppError } from '../../platform/app-error.ts'
import { createWorkbookReader } from './workbook-host.ts'

describe('createWorkbookReader', { timeout: 60_000 }, () => {
  it('refuses what the central directory declares too big before it takes a thread', async () => {
    // A thread that cannot start: only a refusal made before taking one answers IMPORT_TOO_LARGE.
    const reader = createWorkbookReader({
      limits: {
        maxUncompressedBytes: 8 * 1024 * 1024,
        maxSharedStringsBytes: 1024 * 1024,
        maxEntries: 100,
        maxRows: 100,
      },
      heapMb: 64,
      timeoutMs: 10_000,
      entry: new URL('./no-such-thread.mjs', import.meta.url),
    })
    const { bytes } = await cachedBomb({ rows: 10_000 })
    const error = await reader.read(bytes).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(AppError)
    expect((error as AppError).code).toBe('IMPORT_TOO_LARGE')
    await reader.close()
  })
})
