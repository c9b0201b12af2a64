import { describe, expect, it } from 'vitest'
import { SHARED_BUFFERS, sharedBuffersKb } from './pglite-host.ts'

describe('sharedBuffersKb', () => {
  it('reads PostgreSQL sizes in kB, MB and GB', () => {
    expect(sharedBuffersKb(SHARED_BUFFERS)).toBe(512 * 1024)
    expect(sharedBuffersKb('128kB')).toBe(128)
    expect(sharedBuffersKb('1GB')).toBe(1024 * 1024)
    expect(sharedBuffersKb('1536MB')).toBe(1536 * 1024)
  })

  it('refuses what PGlite cannot start with: beyond 1.5 GB of its 2 GB, below 128 kB, other spellings', () => {
    for (const size of ['2GB', '1537MB', '64kB', '512', '512mb', '0.5GB', ' 512MB', ''])
      expect(sharedBuffersKb(size), size).toBeNull()
  })
})
