import { describe, expect, it } from 'vitest'
import { digestPreparedLabel } from '../digestLabel.ts'

describe('the digest label', () => {
  it('says when the digest was prepared, in Vietnam time, hours first', () => {
    // 00:05 UTC is 07:05 in Vietnam (UTC+7).
    expect(digestPreparedLabel('2026-12-03T00:05:00.000Z')).toBe('Bản tin lập lúc 07:05 03/12/2026')
    // 20:00 UTC on 02/12 is 03:00 on 03/12 in Vietnam.
    expect(digestPreparedLabel('2026-12-02T20:00:00.000Z')).toBe('Bản tin lập lúc 03:00 03/12/2026')
    expect(digestPreparedLabel(null)).toBeNull()
  })
})
