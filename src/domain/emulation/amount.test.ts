import { describe, expect, it } from 'vitest'
import { cashAmount, roundUpAmount } from './amount.ts'
import { BASE_SALARY_TABLE, baseSalaryOn } from './base-salary.ts'
import { EmulationError } from './errors.ts'

describe('baseSalaryOn (ND 38/2019, ND 24/2023, ND 73/2024)', () => {
  it('uses the period in force on the date, switching on its first day', () => {
    expect(baseSalaryOn('2019-07-01')).toBe(1_490_000)
    expect(baseSalaryOn('2023-06-30')).toBe(1_490_000)
    expect(baseSalaryOn('2023-07-01')).toBe(1_800_000)
    expect(baseSalaryOn('2024-06-30')).toBe(1_800_000)
    expect(baseSalaryOn('2024-07-01')).toBe(2_340_000)
    expect(baseSalaryOn('2026-01-15')).toBe(2_340_000)
  })

  it('refuses a date before the table starts', () => {
    expect(() => baseSalaryOn('2019-06-30')).toThrow(EmulationError)
  })

  it('reads a table given as data (a later decree added without code)', () => {
    const table = [...BASE_SALARY_TABLE, { ...BASE_SALARY_TABLE[2]!, validFrom: '2026-07-01', amount: 2_530_000 }]
    expect(baseSalaryOn('2026-07-01', table)).toBe(2_530_000)
    expect(baseSalaryOn('2026-06-30', table)).toBe(2_340_000)
  })
})

describe('cashAmount: base salary on the decision date × multiple, rounded up to 10,000 đồng (DOMAIN.md §7.1)', () => {
  it('0.8 × 2,340,000 = 1,872,000 → 1,880,000 (Tập thể lao động tiên tiến)', () => {
    expect(cashAmount(0.8, '2025-01-10')).toBe(1_880_000)
  })
  it('0.3 × 2,340,000 = 702,000 → 710,000 (Lao động tiên tiến)', () => {
    expect(cashAmount(0.3, '2025-01-10')).toBe(710_000)
  })
  it('exact multiples stay: 1.0 → 2,340,000; 1.5 → 3,510,000; 12 → 28,080,000', () => {
    expect(cashAmount(1, '2025-01-10')).toBe(2_340_000)
    expect(cashAmount(1.5, '2025-01-10')).toBe(3_510_000)
    expect(cashAmount(12, '2025-01-10')).toBe(28_080_000)
  })
  it('3.5 × 2,340,000 = 8,190,000 stays; 4.5 × 2,340,000 = 10,530,000 stays', () => {
    expect(cashAmount(3.5, '2025-01-10')).toBe(8_190_000)
    expect(cashAmount(4.5, '2025-01-10')).toBe(10_530_000)
  })
  it('uses the base of the decision date: 0.3 × 1,800,000 = 540,000 on 30/06/2024', () => {
    expect(cashAmount(0.3, '2024-06-30')).toBe(540_000)
    expect(cashAmount(0.3, '2024-07-01')).toBe(710_000)
  })
  it('0.3 × 1,490,000 = 447,000 → 450,000', () => {
    expect(cashAmount(0.3, '2020-01-01')).toBe(450_000)
  })
  it('refuses a negative multiple or one finer than a hundredth', () => {
    expect(() => cashAmount(-1, '2025-01-10')).toThrow(EmulationError)
    expect(() => cashAmount(0.305, '2025-01-10')).toThrow(EmulationError)
  })
  it('roundUpAmount: 1 → 10,000; 10,000 → 10,000; 0 → 0', () => {
    expect(roundUpAmount(1)).toBe(10_000)
    expect(roundUpAmount(10_000)).toBe(10_000)
    expect(roundUpAmount(0)).toBe(0)
  })
})
