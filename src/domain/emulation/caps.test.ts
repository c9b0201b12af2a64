import { describe, expect, it } from 'vitest'
import { checkCap, excellentCollectiveCap } from './caps.ts'
import { EmulationError } from './errors.ts'

describe('excellentCollectiveCap: ≤ 20 % of Tập thể lao động tiên tiến, at least 1 (TT 02/2024/TT-VKSTC Điều 18)', () => {
  it('20 % of 14 = 2.8 → 2 (at most)', () => expect(excellentCollectiveCap(14)).toBe(2))
  it('20 % of 15 = 3', () => expect(excellentCollectiveCap(15)).toBe(3))
  it('20 % of 5 = 1', () => expect(excellentCollectiveCap(5)).toBe(1))
  it('20 % of 4 = 0.8 → 1 (ít nhất 01)', () => expect(excellentCollectiveCap(4)).toBe(1))
  it('no advanced collective → 0', () => expect(excellentCollectiveCap(0)).toBe(0))
  it('reads an overridden percent: 25 % of 14 = 3.5 → 3', () => expect(excellentCollectiveCap(14, 25)).toBe(3))
  it('refuses a count that is not a whole number ≥ 0', () => {
    expect(() => excellentCollectiveCap(-1)).toThrow(EmulationError)
    expect(() => excellentCollectiveCap(2.5)).toThrow(EmulationError)
  })
})

describe('checkCap (TT 02/2024/TT-VKSTC Điều 18)', () => {
  it('3 proposed of 14 advanced: not met, 1 over', () => {
    const outcome = checkCap(3, 14)
    expect(outcome.status).toBe('not_met')
    expect(outcome.allowed).toBe(2)
    expect(outcome.facts).toContain('Vượt 1 so với tỷ lệ cho phép')
    expect(outcome.source).toBe('Thông tư 02/2024/TT-VKSTC, Điều 18')
  })
  it('3 proposed of 15 advanced: met', () => {
    expect(checkCap(3, 15).status).toBe('met')
    expect(checkCap(2, 14).status).toBe('met')
  })
  it('1 proposed of 4 advanced: met (at least one)', () => expect(checkCap(1, 4).status).toBe('met'))
  it('1 proposed of 0 advanced: not met', () => expect(checkCap(1, 0).status).toBe('not_met'))
})
