// The rule tables themselves: complete, consistent with their stated maxima, and
// carrying the "unconfirmed" notes DOMAIN.md asks for.
import { describe, expect, it } from 'vitest'
import { CRIME_CATEGORIES } from '../crime-category.ts'
import { resolveRule } from '../resolve-rule.ts'
import { DEADLINE_RULES, findRule } from './index.ts'

const total = (amounts: number[]) => amounts.reduce((a, b) => a + b, 0)

describe('deadline rule data', () => {
  it('encodes every article of the brief', () => {
    const articles = new Set(DEADLINE_RULES.map((r) => r.article))
    for (const article of [
      'Điều 147',
      'Điều 172',
      'Điều 173',
      'Điều 174',
      'Điều 240',
      'Điều 241',
      'Điều 277',
      'Điều 278',
      'Điều 329',
      'Điều 337',
      'Điều 379',
    ]) {
      expect(articles).toContain(`${article} BLTTHS 2015`)
    }
    expect(articles).toContain('Điều 280 BLTTDS 2015')
    expect(articles).toContain('Điều 213 LTTHC 2015')
  })

  it('has one version of each code in force on any day', () => {
    for (const rule of DEADLINE_RULES) {
      const overlapping = DEADLINE_RULES.filter(
        (r) =>
          r.code === rule.code &&
          r !== rule &&
          r.effectiveFrom <= (rule.effectiveTo ?? '9999') &&
          rule.effectiveFrom <= (r.effectiveTo ?? '9999'),
      )
      expect(overlapping).toEqual([])
      expect(findRule(rule.code, rule.effectiveFrom)).toBe(rule)
    }
  })

  it('keeps base + every extension equal to the stated maximum', () => {
    for (const rule of DEADLINE_RULES.filter((r) => r.maxTotal)) {
      for (const category of CRIME_CATEGORIES) {
        for (const security of [false, true]) {
          if (security && (!rule.nationalSecurity || 'notEncoded' in rule.nationalSecurity)) continue
          const { base, steps, maxTotal } = resolveRule(rule, category, security)
          const units = new Set([base.unit, ...steps.map((s) => s.max.unit), maxTotal?.unit])
          expect(units.size, rule.code).toBe(1)
          expect(total([base.amount, ...steps.map((s) => s.max.amount)]), `${rule.code} ${category}`).toBe(
            maxTotal?.amount,
          )
        }
      }
    }
  })

  it('marks the values DOMAIN.md flags as unconfirmed', () => {
    const notes = (code: string) => DEADLINE_RULES.find((r) => r.code === code)?.unconfirmed.map((n) => n.field) ?? []
    expect(notes('BLTTHS_173_TAM_GIAM')).toEqual(
      expect.arrayContaining(['extensions', 'extensionRequestDaysBeforeExpiry', 'extensions.grantedBy']),
    )
    expect(notes('BLTTHS_172_DIEU_TRA')).toEqual(expect.arrayContaining(['extensions.grantedBy']))
    // Điều 174 khoản 2 counts from the investigation body's receipt of the file; the register dates the return.
    expect(notes('BLTTHS_174_DIEU_TRA_BO_SUNG_VKS')).toContain('startEvent')
    expect(notes('BLTTHS_174_DIEU_TRA_BO_SUNG_TOA')).toContain('startEvent')
    expect(notes('LTTHC_213_BAN_AN_CUNG_CAP')).toEqual(expect.arrayContaining(['base', 'article']))
    expect(notes('BLTTHS_277_CHUAN_BI_XET_XU')).toContain('counting.countsStartDay')
    expect(notes('BLTTHS_337_BAN_AN_CAP_TREN')).toContain('name')
    // Every rule notes that 2025 amendments were not checked.
    for (const rule of DEADLINE_RULES) expect(rule.unconfirmed.length, rule.code).toBeGreaterThan(0)
  })

  it('never lets custody or detention roll over, and counts their first day', () => {
    const custodyDetention = [
      'BLTTHS_118_TAM_GIU',
      'BLTTHS_173_TAM_GIAM',
      'BLTTHS_241_TAM_GIAM_TRUY_TO',
      'BLTTHS_278_TAM_GIAM_XET_XU',
      'BLTTHS_329_TAM_GIAM_SAU_XET_XU',
      'TAM_GIAM_KHONG_CO_LENH',
    ]
    for (const code of custodyDetention) {
      const rule = DEADLINE_RULES.find((r) => r.code === code)
      expect(rule?.counting, code).toMatchObject({ rollsOverDaysOff: false, countsStartDay: true })
    }
    // Điều 134 khoản 1 đoạn cuối: every detention limit counts a month as 30 days.
    for (const code of custodyDetention.slice(1))
      expect(DEADLINE_RULES.find((r) => r.code === code)?.counting.monthDays, code).toBe(30)
    for (const rule of DEADLINE_RULES.filter((r) => !custodyDetention.includes(r.code))) {
      expect(rule.counting, rule.code).toMatchObject({ rollsOverDaysOff: true, countsStartDay: false })
    }
  })

  it("computes both readings of Điều 134 exactly for the procuracy's own obligations, counting the strict one", () => {
    const dual = DEADLINE_RULES.filter((r) => r.reading)
      .map((r) => r.code)
      .sort()
    // Only limits in days and years are read two ways: Điều 134 fixes the end of a limit in months
    // (the same-numbered day) and its day-off move, so Điều 147 khoản 2 (02 tháng) has one reading.
    expect(DEADLINE_RULES.find((r) => r.code === 'BLTTHS_147_NGUON_TIN_PHUC_TAP')?.reading).toBeUndefined()
    expect(dual).toEqual(
      [
        'BLTTHS_147_NGUON_TIN',
        'BLTTHS_240_TRUY_TO',
        'BLTTHS_337_BAN_AN_CAP_TREN',
        'BLTTHS_337_BAN_AN_CUNG_CAP',
        'BLTTHS_337_QUYET_DINH_CAP_TREN',
        'BLTTHS_337_QUYET_DINH_CUNG_CAP',
        'BLTTHS_379_GIAM_DOC_THAM',
      ].sort(),
    )
    for (const rule of DEADLINE_RULES.filter((r) => r.reading)) {
      expect(rule.reading).toMatchObject({
        counts: 'strict',
        strict: { countsStartDay: true, rollsOverDaysOff: false },
      })
      expect(rule.reading?.source).toContain('Điều 134')
    }
  })

  it('cites the counting article as Điều 134, never 137', () => {
    for (const rule of DEADLINE_RULES) {
      for (const policy of [rule.counting, rule.reading?.strict]) {
        if (!policy) continue
        expect(policy.source, rule.code).not.toContain('Điều 137')
        if (rule.code.startsWith('BLTTHS_')) expect(policy.source, rule.code).toContain('Điều 134')
      }
    }
  })
})
