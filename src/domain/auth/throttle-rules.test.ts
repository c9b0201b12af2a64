import { describe, expect, it } from 'vitest'
import {
  blockedUntil,
  countedFailures,
  delayAfter,
  DEFAULT_THROTTLE_RULES as rules,
  retryAfterSeconds,
  waitText,
} from './throttle-rules.ts'

const at = (seconds: number) => new Date(Date.UTC(2026, 2, 2, 1, 0, 0) + seconds * 1000)

describe('progressive sign-in delays', () => {
  it('lets the first three failures through, then waits 2^n seconds, capped at 15 minutes', () => {
    expect([0, 1, 2].map((n) => delayAfter(n, rules))).toEqual([0, 0, 0])
    expect([3, 4, 5, 9].map((n) => delayAfter(n, rules))).toEqual([8, 16, 32, 512])
    expect(delayAfter(10, rules)).toBe(900)
    expect(delayAfter(1_000, rules)).toBe(900)
  })

  it('blocks until 2^n seconds after the last failure, and not after', () => {
    const state = { failures: 4, lastFailureAt: at(0) }
    expect(blockedUntil(state, at(1), rules)).toEqual(at(16))
    expect(blockedUntil(state, at(15.5), rules)).toEqual(at(16))
    expect(blockedUntil(state, at(16), rules)).toBeNull()
    expect(blockedUntil({ failures: 2, lastFailureAt: at(0) }, at(0), rules)).toBeNull()
    expect(blockedUntil(null, at(0), rules)).toBeNull()
  })

  it('forgets a pair a day after its last failure', () => {
    const state = { failures: 12, lastFailureAt: at(0) }
    expect(countedFailures(state, at(24 * 3600), rules)).toBe(12)
    expect(countedFailures(state, at(24 * 3600 + 1), rules)).toBe(0)
  })

  it('says how long to wait in whole seconds and in Vietnamese', () => {
    expect(retryAfterSeconds(at(7.2), at(0))).toBe(8)
    expect(retryAfterSeconds(at(0), at(0))).toBe(1)
    expect(waitText(8)).toBe('8 giây')
    expect(waitText(900)).toBe('15 phút')
    expect(waitText(61)).toBe('2 phút')
  })
})
