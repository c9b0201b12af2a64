import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { fromDayNumber, toDayNumber } from './civil-date.ts'
import { hungKingsDay, leapMonthOf, lunarMonthLength, lunarToSolar, solarToLunar, tetDate } from './lunar.ts'

// Test vectors computed from a precise ephemeris (see the file's header); some years are left out on purpose.
const rows = readFileSync(new URL('./fixtures/vn-lunar-dates.tsv', import.meta.url), 'utf8')
  .split('\n')
  .filter((line) => /^\d{4}\t/.test(line))
  .map((line) => {
    const [year, tet, hungKings] = line.split('\t')
    return { year: Number(year), tet: tet ?? '', hungKings: (hungKings ?? '').trim() }
  })
const fixture = new Map(rows.map((r) => [r.year, r]))

describe('Vietnamese lunar calendar against the ephemeris fixture (1900–2100)', () => {
  it('has the expected fixture rows', () => {
    expect(rows.length).toBe(198)
    expect(rows[0]?.year).toBe(1900)
    expect(rows.at(-1)?.year).toBe(2100)
  })

  it.each(rows)('Tết and Giỗ Tổ Hùng Vương $year', ({ year, tet, hungKings }) => {
    expect(tetDate(year)).toBe(tet)
    expect(hungKingsDay(year)).toBe(hungKings)
  })
})

describe('where Viet Nam (UTC+7) and China (UTC+8) differ', () => {
  it('Tết 1985 is 21/01/1985 in Viet Nam (China: 20/02/1985); the year is left out of the fixture', () => {
    expect(fixture.has(1985)).toBe(false)
    expect(tetDate(1985)).toBe('1985-01-21')
    expect(tetDate(1985)).not.toBe('1985-02-20')
  })

  it('Tết 2007 is 17/02/2007 in Viet Nam (China: 18/02/2007), as in the fixture', () => {
    expect(fixture.get(2007)?.tet).toBe('2007-02-17')
    expect(tetDate(2007)).toBe('2007-02-17')
  })

  it('computes the years the fixture leaves out', () => {
    expect([1968, 2030].every((y) => !fixture.has(y))).toBe(true)
    // Tết Mậu Thân 1968 in the North (UTC+7): 29/01/1968; Tết 2030: 02/02/2030 (China 03/02).
    expect(tetDate(1968)).toBe('1968-01-29')
    expect(tetDate(2030)).toBe('2030-02-02')
  })
})

describe('solar ↔ lunar conversion', () => {
  it('knows well-known leap months', () => {
    expect(leapMonthOf(2020)).toBe(4)
    expect(leapMonthOf(2023)).toBe(2)
    expect(leapMonthOf(2025)).toBe(6)
    expect(leapMonthOf(2024)).toBeUndefined()
  })

  it('converts days around Tết 2025', () => {
    expect(solarToLunar('2025-01-28')).toEqual({ year: 2024, month: 12, day: 29, leap: false })
    expect(solarToLunar('2025-01-29')).toEqual({ year: 2025, month: 1, day: 1, leap: false })
    expect(lunarToSolar({ year: 2025, month: 6, day: 1, leap: true })).toBe('2025-07-25')
  })

  it('refuses lunar dates that do not exist', () => {
    expect(() => lunarToSolar({ year: 2024, month: 6, day: 1, leap: true })).toThrow(RangeError)
    const short = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12].find((m) => lunarMonthLength(2025, m) === 29) ?? 1
    expect(() => lunarToSolar({ year: 2025, month: short, day: 30, leap: false })).toThrow(RangeError)
  })

  it('round-trips every day and advances one lunar day at a time (property, 1900–2100)', () => {
    const first = toDayNumber('1900-01-01')
    const last = toDayNumber('2100-12-30')
    fc.assert(
      fc.property(fc.integer({ min: first, max: last }), (day) => {
        const today = solarToLunar(fromDayNumber(day))
        const tomorrow = solarToLunar(fromDayNumber(day + 1))
        expect(lunarToSolar(today)).toBe(fromDayNumber(day))
        expect(today.day).toBeGreaterThanOrEqual(1)
        expect(today.day).toBeLessThanOrEqual(30)
        if (tomorrow.day !== 1) expect(tomorrow).toEqual({ ...today, day: today.day + 1 })
        else expect([29, 30]).toContain(today.day)
      }),
      { numRuns: 2000 },
    )
  })
})
