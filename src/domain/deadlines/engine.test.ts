// Behaviour of the engine beyond the due date: basis text, reasons, extension
// requests, refusals with stable codes, suspension, category changes.
import { describe, expect, it } from 'vitest'
import { createWorkingCalendar } from '@/domain/calendar/index.ts'
import { computeDeadline, computeReading, mergeReadings } from './engine.ts'
import type { ComputeDeadlineInput } from './deadline-types.ts'
import { DeadlineError } from './errors.ts'

const calendar = createWorkingCalendar([
  { date: '2025-05-02', kind: 'day_off', reason: 'Nghỉ hoán đổi dịp 30/4 – 1/5' },
  { date: '2025-04-26', kind: 'working_day', reason: 'Làm bù cho thứ Sáu 02/05/2025' },
])
const compute = (input: Omit<ComputeDeadlineInput, 'calendar'>) => computeDeadline({ ...input, calendar })
/** The lenient reading of Điều 134 alone (the day after the event is day 1; a last day off moves). */
const lenient = (input: Omit<ComputeDeadlineInput, 'calendar'>) => computeReading({ ...input, calendar }, 'lenient')
const codeOf = (fn: () => unknown): string | undefined => {
  try {
    fn()
  } catch (error) {
    expect(error).toBeInstanceOf(DeadlineError)
    expect((error as DeadlineError).message).toMatch(/[àáảãạăâđêôơưếềểễệốồổỗộớờởỡợứừửữựíìỉĩịúùủũụýỳỷỹỵ]/)
    return (error as DeadlineError).code
  }
  return undefined
}

describe('basis and applied rules', () => {
  it('Điều 240: writes the basis as DESIGN.md shows it', () => {
    const result = lenient({
      ruleCode: 'BLTTHS_240_TRUY_TO',
      category: 'rat_nghiem_trong',
      start: '2025-04-01',
      extensionsGranted: [{ lengthDays: 15 }],
    })
    expect(result.basis).toBe(
      'Điều 240 BLTTHS 2015: 30 ngày kể từ ngày nhận hồ sơ, tội rất nghiêm trọng; gia hạn 15 ngày',
    )
    expect(result.appliedRules.map((r) => r.code)).toEqual([
      'BLTTHS_240_TRUY_TO',
      'COUNT_START_DAY_EXCLUDED',
      'COUNT_DAYS_END_24H',
      'EXTENSION',
    ])
    expect(result.extensionsRemaining).toBe(0)
    expect(result.latestExtensionRequestDate).toBeUndefined()
  })

  it('Điều 240: counts the strict reading and names both dates in the basis (Điều 134, issue 9 item 6)', () => {
    // Strict: 01/04 is day 1 → 30/04; + 15 days → 15/05. Lenient: 01/04 + 30 = 01/05, + 15 → 16/05.
    const result = compute({
      ruleCode: 'BLTTHS_240_TRUY_TO',
      category: 'rat_nghiem_trong',
      start: '2025-04-01',
      extensionsGranted: [{ lengthDays: 15 }],
    })
    expect(result).toMatchObject({ dueDate: '2025-05-15', alternativeDueDate: '2025-05-16', countedReading: 'strict' })
    expect(result.basis).toBe(
      'Điều 240 BLTTHS 2015: 30 ngày kể từ ngày nhận hồ sơ, tội rất nghiêm trọng; gia hạn 15 ngày; hạn an toàn 15/05/2025; hạn cuối theo cách tính khác 16/05/2025',
    )
    expect(result.appliedRules.map((r) => r.code)).toEqual([
      'BLTTHS_240_TRUY_TO',
      'COUNT_START_DAY_INCLUDED',
      'COUNT_DAYS_END_24H',
      'EXTENSION',
      'READING_STRICT',
    ])
    expect(result.appliedRules.at(-1)?.source).toContain('Điều 134')
  })

  it('a rule set to count the lenient reading keeps the strict date as the safe one beside it', () => {
    // Same matter as above: strict 15/05/2025, lenient 16/05/2025.
    const input = {
      ruleCode: 'BLTTHS_240_TRUY_TO',
      category: 'rat_nghiem_trong',
      start: '2025-04-01',
      extensionsGranted: [{ lengthDays: 15 }],
    } as const
    const merged = mergeReadings(
      { counts: 'lenient', source: 'thiết lập thử nghiệm' },
      computeReading({ ...input, calendar }, 'strict'),
      lenient(input),
    )
    expect(merged).toMatchObject({ dueDate: '2025-05-16', alternativeDueDate: '2025-05-15', countedReading: 'lenient' })
    expect(merged.basis).toMatch(
      /; hạn theo cách tính được áp dụng 16\/05\/2025; hạn an toàn theo cách tính khác 15\/05\/2025$/,
    )
    expect(merged.appliedRules.at(-1)).toMatchObject({ code: 'READING_LENIENT', source: 'thiết lập thử nghiệm' })
  })

  it('Điều 240: a strict last day off does not move; the lenient one does', () => {
    // Strict: 10/04 + 19 = 29/04 (Tuesday, working). Lenient: 10/04 + 20 = 30/04 → 05/05 (below).
    const result = compute({ ruleCode: 'BLTTHS_240_TRUY_TO', category: 'nghiem_trong', start: '2025-04-10' })
    expect(result).toMatchObject({
      dueDate: '2025-04-29',
      alternativeDueDate: '2025-05-05',
      movedBecauseOfDayOff: false,
    })
    // Strict from 12/08/2025: 12/08 + 19 = Sunday 31/08 — stays there. Lenient: 01/09 → 03/09.
    const sunday = compute({ ruleCode: 'BLTTHS_240_TRUY_TO', category: 'nghiem_trong', start: '2025-08-12' })
    expect(sunday).toMatchObject({
      dueDate: '2025-08-31',
      unadjustedDueDate: '2025-08-31',
      movedBecauseOfDayOff: false,
      alternativeDueDate: '2025-09-03',
    })
    expect(sunday.appliedRules.find((r) => r.code === 'DAY_OFF_NO_ROLL_OVER')?.text).toContain('theo cách đọc chặt')
  })

  it('Điều 147 khoản 2: a limit in months has one reading — the same-numbered day, moved off a day off', () => {
    // Điều 134: "thời hạn hết vào ngày trùng của tháng sau … nếu thời hạn hết vào ngày nghỉ thì ngày làm việc
    // đầu tiên tiếp theo được tính là ngày cuối cùng". Complex report received 19/03/2025, 02 tháng →
    // the same-numbered day Monday 19/05/2025, a working day: no move, no strict value, no alternative
    // (was: strict 18/05 moved to 19/05).
    const result = compute({ ruleCode: 'BLTTHS_147_NGUON_TIN_PHUC_TAP', start: '2025-03-19' })
    expect(result).toMatchObject({
      dueDate: '2025-05-19',
      unadjustedDueDate: '2025-05-19',
      movedBecauseOfDayOff: false,
    })
    // One reading: the engine gives neither a counted reading nor an alternative date.
    expect(result.countedReading).toBeUndefined()
    expect(result.alternativeDueDate).toBeUndefined()
    expect(result.basis).not.toContain('hạn an toàn')
    // Tết Bính Ngọ: received 18/12/2025 → same-numbered day 18/02/2026 (mùng 2 Tết; Tết days off 16–20/02,
    // then the weekend 21–22/02) → Monday 23/02 (was: unadjusted strict 17/02).
    const tet = compute({ ruleCode: 'BLTTHS_147_NGUON_TIN_PHUC_TAP', start: '2025-12-18' })
    expect(tet).toMatchObject({ dueDate: '2026-02-23', unadjustedDueDate: '2026-02-18', movedBecauseOfDayOff: true })
    expect(tet.countedReading).toBeUndefined()
    expect(tet.alternativeDueDate).toBeUndefined()
  })

  it('Điều 240: explains a move across 30/4, 1/5 and the official day off 02/05', () => {
    const result = lenient({ ruleCode: 'BLTTHS_240_TRUY_TO', category: 'nghiem_trong', start: '2025-04-10' })
    expect(result.dueDate).toBe('2025-05-05')
    expect(result.dayOffReasons).toEqual([
      { date: '2025-04-30', reasons: ['Ngày Chiến thắng (30/4)'] },
      { date: '2025-05-01', reasons: ['Ngày Quốc tế Lao động (1/5)'] },
      { date: '2025-05-02', reasons: ['Nghỉ hoán đổi dịp 30/4 – 1/5'] },
      { date: '2025-05-03', reasons: ['Thứ Bảy'] },
      { date: '2025-05-04', reasons: ['Chủ nhật'] },
    ])
    expect(result.appliedRules.at(-1)).toMatchObject({ code: 'DAY_OFF_ROLL_OVER' })
    expect(result.appliedRules.at(-1)?.text).toContain('ngày làm việc tiếp theo 05/05/2025')
    expect(result.basis).toContain('hết hạn vào ngày nghỉ 30/04/2025, chuyển sang 05/05/2025')
  })

  it('Điều 173: records that detention does not move on a day off', () => {
    // 60 days (Điều 134 khoản 1: 01 tháng = 30 ngày) from 23/01/2025: 23/01 + 59 = Sunday 23/03.
    const result = compute({ ruleCode: 'BLTTHS_173_TAM_GIAM', category: 'it_nghiem_trong', start: '2025-01-23' })
    expect(result).toMatchObject({ dueDate: '2025-03-23', movedBecauseOfDayOff: false })
    expect(result.dayOffReasons).toEqual([{ date: '2025-03-23', reasons: ['Chủ nhật'] }])
    expect(result.appliedRules.map((r) => r.code)).toContain('DAY_OFF_NO_ROLL_OVER')
    expect(result.appliedRules.map((r) => r.code)).toContain('COUNT_START_DAY_INCLUDED')
    expect(result.appliedRules.map((r) => r.code)).toContain('COUNT_MONTHS_30_DAYS')
    expect(result.appliedRules.find((r) => r.code === 'COUNT_MONTHS_30_DAYS')?.source).toContain('Điều 134')
  })

  it('TTLT 04/2018 Điều 17: records the custody days deducted, and refuses a negative count', () => {
    const result = compute({
      ruleCode: 'BLTTHS_173_TAM_GIAM',
      category: 'it_nghiem_trong',
      start: '2025-03-04',
      deductedDays: 3,
    })
    expect(result.appliedRules.map((r) => r.code)).toContain('CUSTODY_DAYS_DEDUCTED')
    // The 16-month-style ceiling moves with it: ít NT at most 90 days from 04/03 minus 3 → 04/03 + 86 = 29/05/2025.
    expect(result.maxDueDate).toBe('2025-05-29')
    expect(() =>
      compute({ ruleCode: 'BLTTHS_173_TAM_GIAM', category: 'it_nghiem_trong', start: '2025-03-04', deductedDays: -1 }),
    ).toThrow(/tạm giữ được trừ/)
  })

  it('Điều 172: records the month-end rule when the later month is shorter', () => {
    const result = compute({ ruleCode: 'BLTTHS_172_DIEU_TRA', category: 'it_nghiem_trong', start: '2024-12-31' })
    expect(result.appliedRules.map((r) => r.code)).toContain('COUNT_MONTHS_LAST_DAY_OF_MONTH')
  })

  it('Điều 118: gives the end time of custody in hours', () => {
    const result = compute({ ruleCode: 'BLTTHS_118_TAM_GIU', start: '2025-03-01', startTime: '10:30' })
    expect(result).toMatchObject({
      dueDate: '2025-03-04',
      dueTime: '10:30',
      maxDueDate: '2025-03-10',
      maxDueTime: '10:30',
      extensionsRemaining: 2,
    })
    expect(result.basis).toContain('từ 10:30 ngày 01/03/2025 đến 10:30 ngày 04/03/2025')
  })

  it('carries the unconfirmed notes of the rule and of the counting rule', () => {
    const result = compute({ ruleCode: 'LTTHC_213_BAN_AN_CUNG_CAP', start: '2025-03-20' })
    expect(result.unconfirmed.map((n) => n.field)).toEqual(expect.arrayContaining(['base', 'article', 'counting']))
    const counting = compute({ ruleCode: 'BLTTHS_147_NGUON_TIN', start: '2025-03-01' }).unconfirmed.find(
      (n) => n.field === 'counting',
    )
    expect(counting?.note).toContain('Điều 134')
    expect(
      compute({ ruleCode: 'BLTTHS_147_NGUON_TIN', start: '2025-03-01' }).appliedRules.every(
        (r) => !r.source?.includes('Điều 137'),
      ),
    ).toBe(true)
  })
})

describe('extensions: remaining, latest request day, maximum', () => {
  it('Điều 147: request ≥ 05 days before expiry; max with the one extension', () => {
    // Lenient: 15/03 (Saturday) → 17/03; request by 15/03 − 5 = 10/03; with the extension 15/05.
    expect(lenient({ ruleCode: 'BLTTHS_147_NGUON_TIN_PHUC_TAP', start: '2025-01-15' })).toMatchObject({
      dueDate: '2025-03-17',
      latestExtensionRequestDate: '2025-03-10',
      extensionsRemaining: 1,
      maxDueDate: '2025-05-15',
    })
    // A limit in months has one reading (Điều 134 fixes its end), so the counted result is the same: due Monday
    // 17/03, request by 10/03, maximum Thursday 15/05 (was: strict 14/03, 09/03, 14/05).
    const result = compute({ ruleCode: 'BLTTHS_147_NGUON_TIN_PHUC_TAP', start: '2025-01-15' })
    expect(result).toMatchObject({
      dueDate: '2025-03-17',
      latestExtensionRequestDate: '2025-03-10',
      extensionsRemaining: 1,
      maxDueDate: '2025-05-15',
    })
    expect(result).toEqual(lenient({ ruleCode: 'BLTTHS_147_NGUON_TIN_PHUC_TAP', start: '2025-01-15' }))
    expect(result.countedReading).toBeUndefined()
  })

  it('Điều 172: request ≥ 10 days before expiry; ĐBNT may reach 20 months', () => {
    const result = compute({ ruleCode: 'BLTTHS_172_DIEU_TRA', category: 'dac_biet_nghiem_trong', start: '2025-01-15' })
    expect(result).toMatchObject({
      latestExtensionRequestDate: '2025-05-05',
      extensionsRemaining: 4,
      maxDueDate: '2026-09-15',
    })
    const security = compute({
      ruleCode: 'BLTTHS_172_DIEU_TRA',
      category: 'dac_biet_nghiem_trong',
      nationalSecurity: true,
      start: '2025-01-15',
    })
    expect(security.extensionsRemaining).toBe(5)
    expect(security.maxDueDate).toBe('2027-01-15')
    expect(security.basis).toContain('xâm phạm an ninh quốc gia')
  })

  // 90 / 150 / 210 / 480 days from 24/01/2025 (Điều 134 khoản 1: 01 tháng = 30 ngày):
  // +89 = 23/04; +149 = 22/06; +209 = 21/08; +479 = 18/05/2026 (see engine.cases.test.ts).
  it('Điều 173: maximum 03 / 05 / 07 / 16 months of detention', () => {
    const max = (category: 'it_nghiem_trong' | 'nghiem_trong' | 'rat_nghiem_trong' | 'dac_biet_nghiem_trong') =>
      compute({ ruleCode: 'BLTTHS_173_TAM_GIAM', category, start: '2025-01-24' }).maxDueDate
    expect([
      max('it_nghiem_trong'),
      max('nghiem_trong'),
      max('rat_nghiem_trong'),
      max('dac_biet_nghiem_trong'),
    ]).toEqual(['2025-04-23', '2025-06-22', '2025-08-21', '2026-05-18'])
  })

  it('Điều 240: maximum 30 / 30 / 45 / 60 days', () => {
    const max = (category: 'it_nghiem_trong' | 'nghiem_trong' | 'rat_nghiem_trong' | 'dac_biet_nghiem_trong') =>
      compute({ ruleCode: 'BLTTHS_240_TRUY_TO', category, start: '2025-06-02' }).maxDueDate
    // Strict (counted): 02/06 is day 1 → 02/06 + 29 = 01/07 (Tue), 01/07, + 44 = 16/07 (Wed), + 59 = 31/07 (Thu).
    expect([
      max('it_nghiem_trong'),
      max('nghiem_trong'),
      max('rat_nghiem_trong'),
      max('dac_biet_nghiem_trong'),
    ]).toEqual(['2025-07-01', '2025-07-01', '2025-07-16', '2025-07-31'])
  })
})

describe('category changes recompute the deadline (BLHS Điều 9)', () => {
  it.each([
    // Strict reading (counted): 05/03 + 19 = 24/03; 05/03 + 29 = 03/04.
    ['BLTTHS_240_TRUY_TO', '2025-03-05', ['2025-03-24', '2025-03-24', '2025-04-03', '2025-04-03']],
    ['BLTTHS_172_DIEU_TRA', '2025-01-15', ['2025-03-17', '2025-04-15', '2025-05-15', '2025-05-15']],
    // 60 / 90 / 120 / 120 days from 24/01/2025: 24/03, 23/04, 23/05, 23/05 (Điều 134 khoản 1).
    ['BLTTHS_173_TAM_GIAM', '2025-01-24', ['2025-03-24', '2025-04-23', '2025-05-23', '2025-05-23']],
    ['BLTTHS_277_CHUAN_BI_XET_XU', '2025-03-03', ['2025-04-02', '2025-04-17', '2025-05-05', '2025-06-03']],
  ] as const)('%s from %s by category', (ruleCode, start, expected) => {
    const categories = ['it_nghiem_trong', 'nghiem_trong', 'rat_nghiem_trong', 'dac_biet_nghiem_trong'] as const
    expect(categories.map((category) => compute({ ruleCode, category, start }).dueDate)).toEqual(expected)
  })

  it('ignores the category where the rule does not depend on it (Điều 337)', () => {
    const a = compute({ ruleCode: 'BLTTHS_337_BAN_AN_CUNG_CAP', start: '2025-03-03', category: 'it_nghiem_trong' })
    const b = compute({ ruleCode: 'BLTTHS_337_BAN_AN_CUNG_CAP', start: '2025-03-03' })
    expect(a.dueDate).toBe(b.dueDate)
    // Strict: 03/03 + 14 = 17/03 (Monday); lenient: 03/03 + 15 = 18/03.
    expect(a.basis).toBe(
      'Điều 337 BLTTHS 2015: 15 ngày kể từ ngày tuyên án; hạn an toàn 17/03/2025; hạn cuối theo cách tính khác 18/03/2025',
    )
  })
})

describe('suspension and resumption', () => {
  it('Điều 147: while suspended there is no due date', () => {
    const result = compute({
      ruleCode: 'BLTTHS_147_NGUON_TIN',
      start: '2025-03-01',
      suspensions: [{ from: '2025-03-11', to: null }],
    })
    expect(result).toMatchObject({
      dueDate: null,
      unadjustedDueDate: null,
      maxDueDate: null,
      suspendedSince: '2025-03-11',
      alternativeDueDate: null,
    })
    expect(result.appliedRules.find((r) => r.code === 'SUSPENDED')).toBeDefined()
    expect(result.basis).toContain('tạm đình chỉ từ 11/03/2025, chưa phục hồi')
  })

  it('Điều 172: tạm đình chỉ điều tra does not pause the period (Điều 174 khoản 1 opens a new one on resumption)', () => {
    const input = {
      ruleCode: 'BLTTHS_172_DIEU_TRA',
      category: 'it_nghiem_trong',
      start: '2025-01-15',
      suspensions: [{ from: '2025-02-05', to: '2025-06-10' }],
    } as const
    expect(codeOf(() => compute(input))).toBe('DEADLINE_SUSPENSION_NOT_ALLOWED')
  })

  it('Điều 147: resumption opens ≤ 01 month with no further extension (Điều 148, 149)', () => {
    // Resumed 20/04/2025: a fresh 01 tháng ends on the same-numbered day (Điều 134 fixes a months end) under both
    // readings → Tuesday 20/05, a working day; the readings agree, so no alternative (was: strict 19/05, alternative 20/05).
    const result = compute({
      ruleCode: 'BLTTHS_147_NGUON_TIN',
      start: '2025-03-01',
      suspensions: [{ from: '2025-03-11', to: '2025-04-20' }],
    })
    expect(result).toMatchObject({
      dueDate: '2025-05-20',
      countedReading: 'strict',
      alternativeDueDate: null,
      extensionsRemaining: 0,
      maxDueDate: '2025-05-20',
    })
    expect(result.latestExtensionRequestDate).toBeUndefined()
    expect(result.basis).toContain('phục hồi ngày 20/04/2025: 01 tháng kể từ ngày phục hồi')
  })

  it('Điều 147: a suspension on the rolled-over last day stands under the lenient reading only', () => {
    // 20 days from 02/03/2025: lenient 22/03 (Saturday) → Monday 24/03, so a suspension on 24/03 is in time;
    // strict 02/03 + 19 = Friday 21/03, already past. Resumed 01/04 → lenient 01 month: 01/05 (holiday),
    // 02/05 (official day off), 03–04/05 weekend → 05/05.
    const result = compute({
      ruleCode: 'BLTTHS_147_NGUON_TIN',
      start: '2025-03-02',
      suspensions: [{ from: '2025-03-24', to: '2025-04-01' }],
    })
    expect(result).toMatchObject({ dueDate: '2025-05-05', countedReading: 'lenient', alternativeDueDate: null })
    expect(result.appliedRules.at(-1)?.code).toBe('READING_STRICT_NOT_COMPUTED')
  })
})

describe('refusals carry a stable code and a Vietnamese message', () => {
  it.each([
    [
      'Điều 240 ít NT: gia hạn 11 ngày > 10',
      {
        ruleCode: 'BLTTHS_240_TRUY_TO',
        category: 'it_nghiem_trong',
        start: '2025-03-03',
        extensionsGranted: [{ lengthDays: 11 }],
      },
      'DEADLINE_EXTENSION_TOO_LONG',
    ],
    [
      'Điều 240 RNT: gia hạn 16 ngày > 15',
      {
        ruleCode: 'BLTTHS_240_TRUY_TO',
        category: 'rat_nghiem_trong',
        start: '2025-03-03',
        extensionsGranted: [{ lengthDays: 16 }],
      },
      'DEADLINE_EXTENSION_TOO_LONG',
    ],
    [
      'Điều 240 RNT: gia hạn lần thứ hai',
      {
        ruleCode: 'BLTTHS_240_TRUY_TO',
        category: 'rat_nghiem_trong',
        start: '2025-03-03',
        extensionsGranted: [{ lengthDays: 5 }, { lengthDays: 5 }],
      },
      'DEADLINE_EXTENSION_LIMIT',
    ],
    [
      'Điều 240: thiếu loại tội phạm',
      { ruleCode: 'BLTTHS_240_TRUY_TO', start: '2025-03-03' },
      'DEADLINE_CATEGORY_REQUIRED',
    ],
    [
      'Điều 240: không áp dụng tạm đình chỉ',
      {
        ruleCode: 'BLTTHS_240_TRUY_TO',
        category: 'nghiem_trong',
        start: '2025-03-03',
        suspensions: [{ from: '2025-03-05', to: '2025-03-10' }],
      },
      'DEADLINE_SUSPENSION_NOT_ALLOWED',
    ],
    [
      'Điều 240: chưa có hiệu lực trước 01/01/2018',
      { ruleCode: 'BLTTHS_240_TRUY_TO', category: 'nghiem_trong', start: '2017-12-31' },
      'DEADLINE_RULE_NOT_IN_FORCE',
    ],
    [
      'BLTTDS Điều 280: chưa có hiệu lực trước 01/07/2016',
      { ruleCode: 'BLTTDS_280_BAN_AN_CUNG_CAP', start: '2016-06-30' },
      'DEADLINE_RULE_NOT_IN_FORCE',
    ],
    ['mã quy định không tồn tại', { ruleCode: 'KHONG_CO', start: '2025-03-03' }, 'DEADLINE_UNKNOWN_RULE'],
    ['ngày bắt đầu sai', { ruleCode: 'BLTTHS_337_BAN_AN_CUNG_CAP', start: '2025-02-30' }, 'DEADLINE_INVALID_INPUT'],
    [
      'Điều 147: gia hạn 03 tháng > 02 tháng',
      { ruleCode: 'BLTTHS_147_NGUON_TIN', start: '2025-03-01', extensionsGranted: [{ lengthMonths: 3 }] },
      'DEADLINE_EXTENSION_TOO_LONG',
    ],
    [
      'Điều 147: gia hạn 62 ngày > 02 tháng tính từ 21/03',
      { ruleCode: 'BLTTHS_147_NGUON_TIN', start: '2025-03-01', extensionsGranted: [{ lengthDays: 62 }] },
      'DEADLINE_EXTENSION_TOO_LONG',
    ],
    [
      'Điều 147: gia hạn lần thứ hai',
      {
        ruleCode: 'BLTTHS_147_NGUON_TIN',
        start: '2025-03-01',
        extensionsGranted: [{ lengthMonths: 1 }, { lengthMonths: 1 }],
      },
      'DEADLINE_EXTENSION_LIMIT',
    ],
    [
      'Điều 172 NT: lần hai 03 tháng > 02 tháng',
      {
        ruleCode: 'BLTTHS_172_DIEU_TRA',
        category: 'nghiem_trong',
        start: '2025-01-15',
        extensionsGranted: [{ lengthMonths: 2 }, { lengthMonths: 3 }],
      },
      'DEADLINE_EXTENSION_TOO_LONG',
    ],
    [
      'Điều 172 ít NT: gia hạn lần thứ hai',
      {
        ruleCode: 'BLTTHS_172_DIEU_TRA',
        category: 'it_nghiem_trong',
        start: '2025-01-15',
        extensionsGranted: [{ lengthMonths: 1 }, { lengthMonths: 1 }],
      },
      'DEADLINE_EXTENSION_LIMIT',
    ],
    [
      'Điều 172 ĐBNT: lần thứ năm khi không phải an ninh quốc gia',
      {
        ruleCode: 'BLTTHS_172_DIEU_TRA',
        category: 'dac_biet_nghiem_trong',
        start: '2025-01-15',
        extensionsGranted: [1, 2, 3, 4, 5].map(() => ({ lengthMonths: 4 })),
      },
      'DEADLINE_EXTENSION_LIMIT',
    ],
    [
      'Điều 173 ít NT: gia hạn 02 tháng > 01 tháng',
      {
        ruleCode: 'BLTTHS_173_TAM_GIAM',
        category: 'it_nghiem_trong',
        start: '2025-01-24',
        extensionsGranted: [{ lengthMonths: 2 }],
      },
      'DEADLINE_EXTENSION_TOO_LONG',
    ],
    [
      'Điều 173 ĐBNT: gia hạn lần thứ tư',
      {
        ruleCode: 'BLTTHS_173_TAM_GIAM',
        category: 'dac_biet_nghiem_trong',
        start: '2025-01-24',
        extensionsGranted: [1, 2, 3, 4].map(() => ({ lengthMonths: 1 })),
      },
      'DEADLINE_EXTENSION_LIMIT',
    ],
    [
      'Điều 173: an ninh quốc gia chưa mã hoá',
      { ruleCode: 'BLTTHS_173_TAM_GIAM', category: 'nghiem_trong', nationalSecurity: true, start: '2025-01-24' },
      'DEADLINE_NOT_ENCODED',
    ],
    [
      'Điều 173: tạm giam không tạm đình chỉ',
      {
        ruleCode: 'BLTTHS_173_TAM_GIAM',
        category: 'nghiem_trong',
        start: '2025-01-24',
        suspensions: [{ from: '2025-02-01', to: '2025-02-02' }],
      },
      'DEADLINE_SUSPENSION_NOT_ALLOWED',
    ],
    [
      'Điều 118: gia hạn 04 ngày > 03 ngày',
      {
        ruleCode: 'BLTTHS_118_TAM_GIU',
        start: '2025-03-01',
        startTime: '10:00',
        extensionsGranted: [{ lengthDays: 4 }],
      },
      'DEADLINE_EXTENSION_TOO_LONG',
    ],
    [
      'Điều 118: gia hạn lần thứ ba',
      {
        ruleCode: 'BLTTHS_118_TAM_GIU',
        start: '2025-03-01',
        startTime: '10:00',
        extensionsGranted: [1, 2, 3].map(() => ({ lengthHours: 24 })),
      },
      'DEADLINE_EXTENSION_LIMIT',
    ],
    ['Điều 118: thiếu giờ bắt đầu', { ruleCode: 'BLTTHS_118_TAM_GIU', start: '2025-03-01' }, 'DEADLINE_INVALID_INPUT'],
    [
      'Điều 277 NT: gia hạn 16 ngày > 15',
      {
        ruleCode: 'BLTTHS_277_CHUAN_BI_XET_XU',
        category: 'nghiem_trong',
        start: '2025-03-03',
        extensionsGranted: [{ lengthDays: 16 }],
      },
      'DEADLINE_EXTENSION_TOO_LONG',
    ],
    [
      'Điều 337: không được gia hạn',
      { ruleCode: 'BLTTHS_337_BAN_AN_CUNG_CAP', start: '2025-03-03', extensionsGranted: [{ lengthDays: 1 }] },
      'DEADLINE_EXTENSION_LIMIT',
    ],
    [
      'Điều 240: độ dài gia hạn không nguyên dương',
      {
        ruleCode: 'BLTTHS_240_TRUY_TO',
        category: 'nghiem_trong',
        start: '2025-03-03',
        extensionsGranted: [{ lengthDays: 0 }],
      },
      'DEADLINE_INVALID_INPUT',
    ],
    // Điều 147 from 01/03/2025: 20 days, lenient last day 21/03 (Friday).
    [
      'Điều 147: tạm đình chỉ trước ngày tiếp nhận',
      {
        ruleCode: 'BLTTHS_147_NGUON_TIN',
        start: '2025-03-01',
        suspensions: [{ from: '2025-02-25', to: '2025-03-05' }],
      },
      'DEADLINE_INVALID_SUSPENSION',
    ],
    [
      'Điều 147: tạm đình chỉ sau khi hết hạn',
      {
        ruleCode: 'BLTTHS_147_NGUON_TIN',
        start: '2025-03-01',
        suspensions: [{ from: '2025-03-24', to: '2025-04-01' }],
      },
      'DEADLINE_INVALID_SUSPENSION',
    ],
    [
      'Điều 147: phục hồi trước ngày tạm đình chỉ',
      {
        ruleCode: 'BLTTHS_147_NGUON_TIN',
        start: '2025-03-01',
        suspensions: [{ from: '2025-03-10', to: '2025-03-05' }],
      },
      'DEADLINE_INVALID_SUSPENSION',
    ],
    [
      'Điều 147: các lần tạm đình chỉ chồng nhau',
      {
        ruleCode: 'BLTTHS_147_NGUON_TIN',
        start: '2025-03-01',
        suspensions: [
          { from: '2025-03-05', to: '2025-03-15' },
          { from: '2025-03-10', to: '2025-03-20' },
        ],
      },
      'DEADLINE_INVALID_SUSPENSION',
    ],
    [
      'Điều 147: lần tạm đình chỉ chưa phục hồi không phải lần cuối',
      {
        ruleCode: 'BLTTHS_147_NGUON_TIN',
        start: '2025-03-01',
        suspensions: [
          { from: '2025-03-05', to: null },
          { from: '2025-03-10', to: '2025-03-20' },
        ],
      },
      'DEADLINE_INVALID_SUSPENSION',
    ],
    // Điều 174 khoản 1: after resumption one extension only, ≤ 01 / 02 / 02 / 03 months.
    [
      'Điều 174 ít NT: gia hạn sau phục hồi 02 tháng > 01 tháng',
      {
        ruleCode: 'BLTTHS_174_PHUC_HOI_DIEU_TRA',
        category: 'it_nghiem_trong',
        start: '2025-06-10',
        extensionsGranted: [{ lengthMonths: 2 }],
      },
      'DEADLINE_EXTENSION_TOO_LONG',
    ],
    [
      'Điều 174 ĐBNT: gia hạn sau phục hồi lần thứ hai',
      {
        ruleCode: 'BLTTHS_174_PHUC_HOI_DIEU_TRA',
        category: 'dac_biet_nghiem_trong',
        start: '2025-06-10',
        extensionsGranted: [{ lengthMonths: 1 }, { lengthMonths: 1 }],
      },
      'DEADLINE_EXTENSION_LIMIT',
    ],
    // Điều 174 khoản 2: no extension of supplementary investigation.
    [
      'Điều 174: điều tra bổ sung không được gia hạn',
      { ruleCode: 'BLTTHS_174_DIEU_TRA_BO_SUNG_VKS', start: '2025-06-10', extensionsGranted: [{ lengthMonths: 1 }] },
      'DEADLINE_EXTENSION_LIMIT',
    ],
  ] as const)('%s', (_name, input, code) => {
    expect(codeOf(() => compute(input as Omit<ComputeDeadlineInput, 'calendar'>))).toBe(code)
  })

  it('reports what was allowed in the error details', () => {
    try {
      compute({
        ruleCode: 'BLTTHS_240_TRUY_TO',
        category: 'rat_nghiem_trong',
        start: '2025-03-03',
        extensionsGranted: [{ lengthDays: 16 }],
      })
      expect.unreachable()
    } catch (error) {
      expect(error).toMatchObject({
        code: 'DEADLINE_EXTENSION_TOO_LONG',
        details: { max: { unit: 'days', amount: 15 } },
      })
      expect((error as Error).message).toBe(
        'Điều 240 BLTTHS 2015: gia hạn lần 1 không được quá 15 ngày (đề nghị 16 ngày)',
      )
    }
  })
})
