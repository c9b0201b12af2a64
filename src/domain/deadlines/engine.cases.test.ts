// Deadlines worked by hand from each article's text. Calendars:
// - default: weekends + statutory holidays computed (Tết 2025 = 29/01, Tết 2026 = 17/02 from the fixture), with the
//   computed substitute days off (nghỉ bù, BLLĐ 2019 Điều 111 khoản 3): Monday 03/02/2025 for mùng 4 Tết on Saturday
//   01/02/2025, Monday 27/04/2026 for Giỗ Tổ on Sunday 26/04/2026;
// - official: the administrator's 2025/2026 calendar below (swapped days, make-up Saturdays, nghỉ bù); 2025 is the
//   whole announced calendar and confirmed, so its computed nghỉ bù is dropped (03/02/2025 was worked);
// - after: Quốc khánh's adjacent day configured as 3/9.
import { describe, expect, it } from 'vitest'
import { createWorkingCalendar, type OfficialCalendarEntry } from '@/domain/calendar/index.ts'
import { computeDeadline, computeReading } from './engine.ts'
import type { ComputeDeadlineInput } from './deadline-types.ts'

const OFFICIAL: OfficialCalendarEntry[] = [
  { date: '2025-01-27', kind: 'day_off', reason: 'Nghỉ Tết Ất Tỵ (hoán đổi ngày làm việc)' },
  { date: '2025-02-08', kind: 'working_day', reason: 'Làm bù cho thứ Hai 27/01/2025' },
  { date: '2025-05-02', kind: 'day_off', reason: 'Nghỉ hoán đổi dịp 30/4 – 1/5' },
  { date: '2025-04-26', kind: 'working_day', reason: 'Làm bù cho thứ Sáu 02/05/2025' },
  { date: '2026-04-27', kind: 'day_off', reason: 'Nghỉ bù Giỗ Tổ Hùng Vương (trùng Chủ nhật 26/04/2026)' },
]
const CALENDARS = {
  default: createWorkingCalendar(),
  official: createWorkingCalendar(OFFICIAL, { confirmedYears: [2025] }),
  after: createWorkingCalendar([], { nationalDayAdjacent: 'after' }),
}

type Case = {
  name: string
  input: Omit<ComputeDeadlineInput, 'calendar'>
  calendar?: keyof typeof CALENDARS
  due: string
  /** The last day before the day-off rule, when different from `due` (or when it is a day off that did not move). */
  unadjusted?: string
  /** Limits in hours end at a time of day. */
  time?: string
  /**
   * For rules with two readings of Điều 134 (the procuracy's own obligations): the due date
   * under the strict reading, which is the one counted — the day of the event is day 1, and
   * a last day off does not move when the final period is in days or years (a final period
   * in months still moves). `due`/`unadjusted` are then the lenient reading.
   */
  strict?: string
}

const D = (ruleCode: string, start: string, extra: Partial<ComputeDeadlineInput> = {}) => ({
  ruleCode,
  start,
  ...extra,
})

const CASES: Case[] = [
  // ── Điều 240: 20 / 20 / 30 / 30 ngày kể từ ngày nhận hồ sơ; gia hạn một lần ≤ 10 / 10 / 15 / 30 ngày
  {
    name: 'Điều 240 ít NT: 20 ngày từ 03/03/2025 hết Chủ nhật 23/03 → thứ Hai 24/03',
    input: D('BLTTHS_240_TRUY_TO', '2025-03-03', { category: 'it_nghiem_trong' }),
    due: '2025-03-24',
    unadjusted: '2025-03-23',
    strict: '2025-03-22',
  }, // strict: 03/03 + 19 = thứ Bảy 22/03, không chuyển
  {
    name: 'Điều 240 NT: 20 ngày từ 05/03/2025 → 25/03',
    input: D('BLTTHS_240_TRUY_TO', '2025-03-05', { category: 'nghiem_trong' }),
    due: '2025-03-25',
    strict: '2025-03-24',
  }, // strict: 05/03 + 19 = 24/03
  {
    name: 'Điều 240 RNT: 30 ngày từ 05/03/2025 → 04/04',
    input: D('BLTTHS_240_TRUY_TO', '2025-03-05', { category: 'rat_nghiem_trong' }),
    due: '2025-04-04',
    strict: '2025-04-03',
  }, // strict: 05/03 + 29 = 03/04
  {
    name: 'Điều 240 ĐBNT: 30 ngày từ 05/03/2025 → 04/04',
    input: D('BLTTHS_240_TRUY_TO', '2025-03-05', { category: 'dac_biet_nghiem_trong' }),
    due: '2025-04-04',
    strict: '2025-04-03',
  }, // strict: 05/03 + 29 = 03/04
  {
    name: 'Điều 240 RNT gia hạn 15 ngày (tối đa): 01/05 + 15 → 16/05/2025',
    input: D('BLTTHS_240_TRUY_TO', '2025-04-01', {
      category: 'rat_nghiem_trong',
      extensionsGranted: [{ lengthDays: 15 }],
    }),
    due: '2025-05-16',
    strict: '2025-05-15',
  }, // strict: 01/04 + 29 = 30/04; + 15 = 15/05
  {
    name: 'Điều 240 RNT gia hạn 10 ngày (dưới mức tối đa) → 11/05 Chủ nhật → 12/05',
    input: D('BLTTHS_240_TRUY_TO', '2025-04-01', {
      category: 'rat_nghiem_trong',
      extensionsGranted: [{ lengthDays: 10 }],
    }),
    due: '2025-05-12',
    unadjusted: '2025-05-11',
    strict: '2025-05-10',
  }, // strict: 30/04 + 10 = thứ Bảy 10/05, không chuyển
  {
    name: 'Điều 240 ĐBNT gia hạn 30 ngày: 04/04 + 30 = Chủ nhật 04/05 → 05/05',
    input: D('BLTTHS_240_TRUY_TO', '2025-03-05', {
      category: 'dac_biet_nghiem_trong',
      extensionsGranted: [{ lengthDays: 30 }],
    }),
    due: '2025-05-05',
    unadjusted: '2025-05-04',
    strict: '2025-05-03',
  }, // strict: 03/04 + 30 = thứ Bảy 03/05, không chuyển
  {
    name: 'Điều 240 ít NT gia hạn 10 ngày tính từ ngày cuối chưa điều chỉnh (Chủ nhật 22/06) → 02/07',
    input: D('BLTTHS_240_TRUY_TO', '2025-06-02', {
      category: 'it_nghiem_trong',
      extensionsGranted: [{ lengthDays: 10 }],
    }),
    due: '2025-07-02',
    strict: '2025-07-01',
  }, // strict: 02/06 + 19 = 21/06; + 10 = 01/07
  {
    name: 'Điều 240 NT hết 30/4 → 1/5 cũng nghỉ → 02/05/2025 (lịch mặc định)',
    input: D('BLTTHS_240_TRUY_TO', '2025-04-10', { category: 'nghiem_trong' }),
    due: '2025-05-02',
    unadjusted: '2025-04-30',
    strict: '2025-04-29',
  }, // strict: 10/04 + 19 = 29/04
  {
    name: 'Điều 240 NT hết 30/4, lịch chính thức nghỉ đến 04/05 → 05/05/2025',
    input: D('BLTTHS_240_TRUY_TO', '2025-04-10', { category: 'nghiem_trong' }),
    calendar: 'official',
    due: '2025-05-05',
    unadjusted: '2025-04-30',
    strict: '2025-04-29',
  }, // strict: 10/04 + 19 = 29/04 (ngày làm việc)
  {
    name: 'Điều 240 RNT hết Quốc khánh 02/09/2025 → 03/09',
    input: D('BLTTHS_240_TRUY_TO', '2025-08-03', { category: 'rat_nghiem_trong' }),
    due: '2025-09-03',
    unadjusted: '2025-09-02',
    strict: '2025-09-01',
  }, // strict: 03/08 + 29 = 01/09 (ngày nghỉ liền kề Quốc khánh), không chuyển
  {
    name: 'Điều 240 NT hết 01/09/2025 (ngày liền kề Quốc khánh, mặc định) → 03/09',
    input: D('BLTTHS_240_TRUY_TO', '2025-08-12', { category: 'nghiem_trong' }),
    due: '2025-09-03',
    unadjusted: '2025-09-01',
    strict: '2025-08-31',
  }, // strict: 12/08 + 19 = Chủ nhật 31/08, không chuyển
  {
    name: 'Điều 240 NT hết 01/09/2025 khi ngày liền kề cấu hình là 3/9 → không chuyển',
    input: D('BLTTHS_240_TRUY_TO', '2025-08-12', { category: 'nghiem_trong' }),
    calendar: 'after',
    due: '2025-09-01',
    strict: '2025-08-31',
  }, // strict: 12/08 + 19 = Chủ nhật 31/08, không chuyển
  {
    name: 'Điều 240 NT hết 01/09/2020 theo BLLĐ 2012 (Quốc khánh 01 ngày) → không chuyển',
    input: D('BLTTHS_240_TRUY_TO', '2020-08-12', { category: 'nghiem_trong' }),
    due: '2020-09-01',
    strict: '2020-08-31',
  }, // strict: 12/08 + 19 = 31/08/2020
  {
    name: 'Điều 240 NT hết 01/09/2021 theo BLLĐ 2019 (mặc định 1/9) → 03/09/2021',
    input: D('BLTTHS_240_TRUY_TO', '2021-08-12', { category: 'nghiem_trong' }),
    due: '2021-09-03',
    unadjusted: '2021-09-01',
    strict: '2021-08-31',
  }, // strict: 12/08 + 19 = 31/08/2021
  // 29/01–01/02 Tết, 02/02 Sunday, 03/02 nghỉ bù computed for mùng 4 on Saturday 01/02 → Tuesday 04/02.
  {
    name: 'Điều 240 RNT hết mùng 1 Tết Ất Tỵ 29/01/2025 → qua nghỉ bù tính 03/02 → thứ Ba 04/02',
    input: D('BLTTHS_240_TRUY_TO', '2024-12-30', { category: 'rat_nghiem_trong' }),
    due: '2025-02-04',
    unadjusted: '2025-01-29',
    strict: '2025-01-28',
  }, // strict: 30/12/2024 + 29 = 28/01/2025 (nghỉ Tết), không chuyển
  {
    name: 'Điều 240 ít NT hết Chủ nhật 26/01/2025 → thứ Hai 27/01 (lịch mặc định)',
    input: D('BLTTHS_240_TRUY_TO', '2025-01-06', { category: 'it_nghiem_trong' }),
    due: '2025-01-27',
    unadjusted: '2025-01-26',
    strict: '2025-01-25',
  }, // strict: 06/01 + 19 = thứ Bảy 25/01, không chuyển
  {
    name: 'Điều 240 ít NT hết 26/01/2025, lịch chính thức nghỉ Tết từ 25/01 → 03/02',
    input: D('BLTTHS_240_TRUY_TO', '2025-01-06', { category: 'it_nghiem_trong' }),
    calendar: 'official',
    due: '2025-02-03',
    unadjusted: '2025-01-26',
    strict: '2025-01-25',
  }, // strict: 06/01 + 19 = thứ Bảy 25/01, không chuyển
  {
    name: 'Điều 240 ít NT hết thứ Bảy 08/02/2025 → thứ Hai 10/02 (lịch mặc định)',
    input: D('BLTTHS_240_TRUY_TO', '2025-01-19', { category: 'it_nghiem_trong' }),
    due: '2025-02-10',
    unadjusted: '2025-02-08',
    strict: '2025-02-07',
  }, // strict: 19/01 + 19 = thứ Sáu 07/02
  {
    name: 'Điều 240 ít NT hết thứ Bảy làm bù 08/02/2025 (lịch chính thức) → không chuyển',
    input: D('BLTTHS_240_TRUY_TO', '2025-01-19', { category: 'it_nghiem_trong' }),
    calendar: 'official',
    due: '2025-02-08',
    strict: '2025-02-07',
  }, // strict: 19/01 + 19 = thứ Sáu 07/02
  {
    name: 'Điều 240 NT hết thứ Bảy 26/04/2025 → 28/04 (lịch mặc định)',
    input: D('BLTTHS_240_TRUY_TO', '2025-04-06', { category: 'nghiem_trong' }),
    due: '2025-04-28',
    unadjusted: '2025-04-26',
    strict: '2025-04-25',
  }, // strict: 06/04 + 19 = thứ Sáu 25/04
  {
    name: 'Điều 240 NT hết thứ Bảy làm bù 26/04/2025 (lịch chính thức) → không chuyển',
    input: D('BLTTHS_240_TRUY_TO', '2025-04-06', { category: 'nghiem_trong' }),
    calendar: 'official',
    due: '2025-04-26',
    strict: '2025-04-25',
  }, // strict: 06/04 + 19 = thứ Sáu 25/04
  {
    name: 'Điều 240 RNT qua năm: 30 ngày từ 15/12/2025 → 14/01/2026',
    input: D('BLTTHS_240_TRUY_TO', '2025-12-15', { category: 'rat_nghiem_trong' }),
    due: '2026-01-14',
    strict: '2026-01-13',
  }, // strict: 15/12/2025 + 29 = 13/01/2026
  {
    name: 'Điều 240 ít NT hết Tết Dương lịch 01/01/2026 → 02/01/2026',
    input: D('BLTTHS_240_TRUY_TO', '2025-12-12', { category: 'it_nghiem_trong' }),
    due: '2026-01-02',
    unadjusted: '2026-01-01',
    strict: '2025-12-31',
  }, // strict: 12/12 + 19 = 31/12/2025

  // ── Điều 147: 20 ngày; phức tạp ≤ 02 tháng; gia hạn một lần ≤ 02 tháng; phục hồi ≤ 01 tháng (Điều 148, 149)
  {
    name: 'Điều 147: 20 ngày từ 01/03/2025 hết 24 giờ 21/03',
    input: D('BLTTHS_147_NGUON_TIN', '2025-03-01'),
    due: '2025-03-21',
    strict: '2025-03-20',
  }, // strict: 01/03 + 19 = 20/03
  {
    name: 'Điều 147: 20 ngày hết 01/05/2025 → lịch chính thức 05/05',
    input: D('BLTTHS_147_NGUON_TIN', '2025-04-11'),
    calendar: 'official',
    due: '2025-05-05',
    unadjusted: '2025-05-01',
    strict: '2025-04-30',
  }, // strict: 11/04 + 19 = 30/04 (lễ), không chuyển
  {
    name: 'Điều 147: 20 ngày hết Quốc khánh 02/09/2025 → 03/09',
    input: D('BLTTHS_147_NGUON_TIN', '2025-08-13'),
    due: '2025-09-03',
    unadjusted: '2025-09-02',
    strict: '2025-09-01',
  }, // strict: 13/08 + 19 = 01/09 (ngày nghỉ), không chuyển
  {
    name: 'Điều 147: 20 ngày gia hạn 02 tháng: 21/03 → 21/05/2025',
    input: D('BLTTHS_147_NGUON_TIN', '2025-03-01', { extensionsGranted: [{ lengthMonths: 2 }] }),
    due: '2025-05-21',
    strict: '2025-05-20',
  }, // strict: 20/03; gia hạn từ 21/03 là ngày thứ nhất → ngày liền trước ngày trùng 21/05 = 20/05
  {
    name: 'Điều 147: 20 ngày từ 01/10/2026 gia hạn 02 tháng: chặt hết Chủ nhật 20/12 → 21/12, trùng cách tính khác',
    input: D('BLTTHS_147_NGUON_TIN', '2026-10-01', { extensionsGranted: [{ lengthMonths: 2 }] }),
    due: '2026-12-21',
    strict: '2026-12-21',
  }, // lenient: 01/10 + 20 = 21/10; + 02 tháng = same-numbered day Monday 21/12. strict: 01/10 + 19 = 20/10; the extension starts 21/10 (day 1) → Sunday 20/12, and a chain ending in months moves (Điều 134) → Monday 21/12: the readings agree, no alternative
  {
    name: 'Điều 147 phức tạp: 02 tháng từ 31/12/2024 → 28/02/2025 (tháng 2 không có ngày 31)',
    input: D('BLTTHS_147_NGUON_TIN_PHUC_TAP', '2024-12-31'),
    due: '2025-02-28',
  }, // one reading (a limit in months, Điều 134): no 31/02 → last day of the month, Friday 28/02/2025, a working day (was strict 27/02)
  {
    name: 'Điều 147 phức tạp: 02 tháng từ 31/12/2023 → 29/02/2024 (năm nhuận)',
    input: D('BLTTHS_147_NGUON_TIN_PHUC_TAP', '2023-12-31'),
    due: '2024-02-29',
  }, // one reading (months, Điều 134): no 31/02 → last day of February 2024 = Thursday 29/02 (leap year), a working day (was strict 28/02)
  {
    name: 'Điều 147 phức tạp gia hạn 02 tháng: thứ Bảy 15/03 (chưa điều chỉnh) → 15/05/2025',
    input: D('BLTTHS_147_NGUON_TIN_PHUC_TAP', '2025-01-15', { extensionsGranted: [{ lengthMonths: 2 }] }),
    due: '2025-05-15',
  }, // one reading (months): 15/01 + 02 tháng = same-numbered day Saturday 15/03 (unadjusted); + 02 tháng = Thursday 15/05, a working day (was strict 14/05)
  {
    name: 'Điều 147 phức tạp gia hạn 30 ngày (tính bằng ngày, trong mức 02 tháng) → 14/04/2025',
    input: D('BLTTHS_147_NGUON_TIN_PHUC_TAP', '2025-01-15', { extensionsGranted: [{ lengthDays: 30 }] }),
    due: '2025-04-14',
  }, // one reading (the rule's limit is in months, no `reading` setting): base ends Saturday 15/03; + 30 ngày, day 1 = 16/03 → 15/03 + 30 = Monday 14/04, a working day (was strict Sunday 13/04)
  {
    name: 'Điều 147 + Điều 148, 149: tạm đình chỉ 11/03, phục hồi 20/04/2025 → 01 tháng → 20/05',
    input: D('BLTTHS_147_NGUON_TIN', '2025-03-01', { suspensions: [{ from: '2025-03-11', to: '2025-04-20' }] }),
    due: '2025-05-20',
    strict: '2025-05-20',
  }, // fresh 01 tháng from resumption 20/04: Điều 134 fixes a months end at the same-numbered day, under both readings → Tuesday 20/05, a working day; readings agree, no alternative (was strict 19/05)
  {
    name: 'Điều 147 + Điều 149: phục hồi 31/03/2025 → 30/04 (ngày cuối tháng) là ngày lễ → 02/05',
    input: D('BLTTHS_147_NGUON_TIN_PHUC_TAP', '2025-01-15', {
      suspensions: [{ from: '2025-02-10', to: '2025-03-31' }],
    }),
    due: '2025-05-02',
    unadjusted: '2025-04-30',
  }, // one reading: resumed 31/03 + 01 tháng, no 31/04 → last day of April 30/04 (holiday), 01/05 holiday → Friday 02/05 (was strict 29/04)

  // ── Điều 172: 2 / 3 / 4 / 4 tháng kể từ khi khởi tố
  {
    name: 'Điều 172 ít NT: 02 tháng từ 15/01/2025 hết thứ Bảy 15/03 → 17/03',
    input: D('BLTTHS_172_DIEU_TRA', '2025-01-15', { category: 'it_nghiem_trong' }),
    due: '2025-03-17',
    unadjusted: '2025-03-15',
  },
  {
    name: 'Điều 172 NT: 03 tháng từ 15/01/2025 → 15/04',
    input: D('BLTTHS_172_DIEU_TRA', '2025-01-15', { category: 'nghiem_trong' }),
    due: '2025-04-15',
  },
  {
    name: 'Điều 172 RNT: 04 tháng từ 15/01/2025 → 15/05',
    input: D('BLTTHS_172_DIEU_TRA', '2025-01-15', { category: 'rat_nghiem_trong' }),
    due: '2025-05-15',
  },
  {
    name: 'Điều 172 ĐBNT: 04 tháng từ 15/01/2025 → 15/05',
    input: D('BLTTHS_172_DIEU_TRA', '2025-01-15', { category: 'dac_biet_nghiem_trong' }),
    due: '2025-05-15',
  },
  {
    name: 'Điều 172 ít NT gia hạn 02 tháng (tối đa) → 15/05/2025',
    input: D('BLTTHS_172_DIEU_TRA', '2025-01-15', {
      category: 'it_nghiem_trong',
      extensionsGranted: [{ lengthMonths: 2 }],
    }),
    due: '2025-05-15',
  },
  {
    name: 'Điều 172 NT gia hạn 03 tháng rồi 02 tháng → 15/09/2025 (tổng 08 tháng)',
    input: D('BLTTHS_172_DIEU_TRA', '2025-01-15', {
      category: 'nghiem_trong',
      extensionsGranted: [{ lengthMonths: 3 }, { lengthMonths: 2 }],
    }),
    due: '2025-09-15',
  },
  {
    name: 'Điều 172 NT gia hạn 01 tháng (dưới mức) → 15/05/2025',
    input: D('BLTTHS_172_DIEU_TRA', '2025-01-15', {
      category: 'nghiem_trong',
      extensionsGranted: [{ lengthMonths: 1 }],
    }),
    due: '2025-05-15',
  },
  {
    name: 'Điều 172 RNT gia hạn hai lần 04 tháng qua năm → 15/01/2026',
    input: D('BLTTHS_172_DIEU_TRA', '2025-01-15', {
      category: 'rat_nghiem_trong',
      extensionsGranted: [{ lengthMonths: 4 }, { lengthMonths: 4 }],
    }),
    due: '2026-01-15',
  },
  {
    name: 'Điều 172 ĐBNT gia hạn bốn lần 04 tháng → 15/09/2026 (tổng 20 tháng)',
    input: D('BLTTHS_172_DIEU_TRA', '2025-01-15', {
      category: 'dac_biet_nghiem_trong',
      extensionsGranted: [{ lengthMonths: 4 }, { lengthMonths: 4 }, { lengthMonths: 4 }, { lengthMonths: 4 }],
    }),
    due: '2026-09-15',
  },
  {
    name: 'Điều 172 ĐBNT xâm phạm an ninh quốc gia: lần gia hạn thứ năm 04 tháng → 15/01/2027 (tổng 24 tháng)',
    input: D('BLTTHS_172_DIEU_TRA', '2025-01-15', {
      category: 'dac_biet_nghiem_trong',
      nationalSecurity: true,
      extensionsGranted: [
        { lengthMonths: 4 },
        { lengthMonths: 4 },
        { lengthMonths: 4 },
        { lengthMonths: 4 },
        { lengthMonths: 4 },
      ],
    }),
    due: '2027-01-15',
  },
  {
    name: 'Điều 172 ít NT: 31/10/2024 + 02 tháng → 31/12/2024',
    input: D('BLTTHS_172_DIEU_TRA', '2024-10-31', { category: 'it_nghiem_trong' }),
    due: '2024-12-31',
  },
  {
    name: 'Điều 172 ít NT: 31/12/2024 + 02 tháng → 28/02/2025',
    input: D('BLTTHS_172_DIEU_TRA', '2024-12-31', { category: 'it_nghiem_trong' }),
    due: '2025-02-28',
  },
  {
    name: 'Điều 172 ít NT: 31/12/2023 + 02 tháng → 29/02/2024 (năm nhuận)',
    input: D('BLTTHS_172_DIEU_TRA', '2023-12-31', { category: 'it_nghiem_trong' }),
    due: '2024-02-29',
  },
  {
    name: 'Điều 172 ít NT qua năm: 30/11/2025 + 02 tháng → 30/01/2026',
    input: D('BLTTHS_172_DIEU_TRA', '2025-11-30', { category: 'it_nghiem_trong' }),
    due: '2026-01-30',
  },
  {
    name: 'Điều 172 NT: 29/11/2025 + 03 tháng → 28/02/2026 (thứ Bảy) → 02/03/2026',
    input: D('BLTTHS_172_DIEU_TRA', '2025-11-29', { category: 'nghiem_trong' }),
    due: '2026-03-02',
    unadjusted: '2026-02-28',
  },
  // ── Điều 174 khoản 1: phục hồi điều tra — 02 / 02 / 03 / 03 tháng kể từ quyết định phục hồi (không tính thời gian đã điều tra);
  //    gia hạn một lần ≤ 01 / 02 / 02 / 03 tháng
  {
    name: 'Điều 174 ít NT: phục hồi 10/06/2025 + 02 tháng = Chủ nhật 10/08 → 11/08',
    input: D('BLTTHS_174_PHUC_HOI_DIEU_TRA', '2025-06-10', { category: 'it_nghiem_trong' }),
    due: '2025-08-11',
    unadjusted: '2025-08-10',
  },
  {
    name: 'Điều 174 NT: phục hồi 15/01/2026 + 02 tháng = Chủ nhật 15/03/2026 → 16/03',
    input: D('BLTTHS_174_PHUC_HOI_DIEU_TRA', '2026-01-15', { category: 'nghiem_trong' }),
    due: '2026-03-16',
    unadjusted: '2026-03-15',
  },
  {
    name: 'Điều 174 RNT: phục hồi 10/06/2025 + 03 tháng → 10/09/2025',
    input: D('BLTTHS_174_PHUC_HOI_DIEU_TRA', '2025-06-10', { category: 'rat_nghiem_trong' }),
    due: '2025-09-10',
  },
  {
    name: 'Điều 174 ĐBNT: phục hồi 30/11/2025 + 03 tháng → 28/02/2026 (thứ Bảy, không có ngày 30) → 02/03',
    input: D('BLTTHS_174_PHUC_HOI_DIEU_TRA', '2025-11-30', { category: 'dac_biet_nghiem_trong' }),
    due: '2026-03-02',
    unadjusted: '2026-02-28',
  },
  {
    name: 'Điều 174 ít NT gia hạn 01 tháng: 10/08 (chưa điều chỉnh) + 01 tháng → 10/09/2025',
    input: D('BLTTHS_174_PHUC_HOI_DIEU_TRA', '2025-06-10', {
      category: 'it_nghiem_trong',
      extensionsGranted: [{ lengthMonths: 1 }],
    }),
    due: '2025-09-10',
  },
  {
    name: 'Điều 174 ĐBNT gia hạn 03 tháng: 10/09 + 03 tháng → 10/12/2025',
    input: D('BLTTHS_174_PHUC_HOI_DIEU_TRA', '2025-06-10', {
      category: 'dac_biet_nghiem_trong',
      extensionsGranted: [{ lengthMonths: 3 }],
    }),
    due: '2025-12-10',
  },
  // ── Điều 174 khoản 2: điều tra bổ sung — Viện kiểm sát trả ≤ 02 tháng, Tòa án trả ≤ 01 tháng; không gia hạn
  {
    name: 'Điều 174 VKS trả hồ sơ 05/03/2026 + 02 tháng → 05/05/2026',
    input: D('BLTTHS_174_DIEU_TRA_BO_SUNG_VKS', '2026-03-05'),
    due: '2026-05-05',
  },
  {
    name: 'Điều 174 VKS trả hồ sơ 17/12/2025 + 02 tháng = mùng 1 Tết Bính Ngọ 17/02/2026 → 23/02',
    input: D('BLTTHS_174_DIEU_TRA_BO_SUNG_VKS', '2025-12-17'),
    due: '2026-02-23',
    unadjusted: '2026-02-17',
  },
  {
    name: 'Điều 174 Tòa án trả hồ sơ 31/01/2026 + 01 tháng → 28/02 (thứ Bảy, không có ngày 31) → 02/03/2026',
    input: D('BLTTHS_174_DIEU_TRA_BO_SUNG_TOA', '2026-01-31'),
    due: '2026-03-02',
    unadjusted: '2026-02-28',
  },
  {
    name: 'Điều 174 Tòa án trả hồ sơ 01/08/2025 + 01 tháng = 01/09 (nghỉ Quốc khánh) → 03/09',
    input: D('BLTTHS_174_DIEU_TRA_BO_SUNG_TOA', '2025-08-01'),
    due: '2025-09-03',
    unadjusted: '2025-09-01',
  },

  // ── Điều 173: tạm giam 2 / 3 / 4 / 4 tháng. Điều 134 khoản 1 đoạn cuối: "Nếu thời hạn được tính bằng
  // tháng thì 01 tháng được tính là 30 ngày"; TTLT 04/2018 Điều 17: the first day counts (last day =
  // start + days − 1), days off included, never moved. So 02 tháng = 60 ngày, 03 = 90, 04 = 120.
  // 24/01/2020 + 59 (2020 is a leap year): 31/01 is +7, 29/02 is +36, 23/03 is +59.
  {
    name: 'Điều 173 ít NT: 60 ngày từ 24/01/2020 (năm nhuận) → 23/03/2020',
    input: D('BLTTHS_173_TAM_GIAM', '2020-01-24', { category: 'it_nghiem_trong' }),
    due: '2020-03-23',
  },
  // 24/01/2025 + 89: 31/01 +7, 28/02 +35, 31/03 +66, 23/04 +89.
  {
    name: 'Điều 173 NT: 90 ngày từ 24/01/2025 → 23/04/2025',
    input: D('BLTTHS_173_TAM_GIAM', '2025-01-24', { category: 'nghiem_trong' }),
    due: '2025-04-23',
  },
  // 23/04 is +89, and April has 30 days: 23/05 is +119.
  {
    name: 'Điều 173 RNT: 120 ngày từ 24/01/2025 → 23/05/2025',
    input: D('BLTTHS_173_TAM_GIAM', '2025-01-24', { category: 'rat_nghiem_trong' }),
    due: '2025-05-23',
  },
  {
    name: 'Điều 173 ĐBNT: 120 ngày từ 24/01/2025 → 23/05/2025',
    input: D('BLTTHS_173_TAM_GIAM', '2025-01-24', { category: 'dac_biet_nghiem_trong' }),
    due: '2025-05-23',
  },
  // Was "24/01 → Sunday 23/03" (day before the same-numbered day): 24/01 + 59 is Monday 24/03 (31/01 +7, 28/02 +35).
  {
    name: 'Điều 173 ít NT: 60 ngày từ 24/01/2025 → thứ Hai 24/03/2025 (không phải 23/03)',
    input: D('BLTTHS_173_TAM_GIAM', '2025-01-24', { category: 'it_nghiem_trong' }),
    due: '2025-03-24',
  },
  // One day earlier: 23/01 + 59 = Sunday 23/03/2025, which stays the last day.
  {
    name: 'Điều 173 ít NT: 60 ngày từ 23/01/2025 hết Chủ nhật 23/03 → không chuyển',
    input: D('BLTTHS_173_TAM_GIAM', '2025-01-23', { category: 'it_nghiem_trong' }),
    due: '2025-03-23',
    unadjusted: '2025-03-23',
  },
  // 01/12/2024 + 59: 31/12 is +30, 29/01/2025 (mùng 1 Tết Ất Tỵ) is +59.
  {
    name: 'Điều 173 ít NT: 60 ngày từ 01/12/2024 hết mùng 1 Tết 29/01/2025 → không chuyển',
    input: D('BLTTHS_173_TAM_GIAM', '2024-12-01', { category: 'it_nghiem_trong' }),
    due: '2025-01-29',
    unadjusted: '2025-01-29',
  },
  // Was 30/11/2024 → 29/01: 30/11 + 59 is 28/01/2025 (30/11 +1 = 01/12; 31/12 +31; 28/01 +59), the eve of Tết.
  {
    name: 'Điều 173 ít NT: 60 ngày từ 30/11/2024 → 28/01/2025 (29 tháng Chạp), không chuyển',
    input: D('BLTTHS_173_TAM_GIAM', '2024-11-30', { category: 'it_nghiem_trong' }),
    due: '2025-01-28',
    unadjusted: '2025-01-28',
  },
  // 02/03 + 59: 31/03 is +29, 30/04 is +59 — a holiday, and detention does not move.
  {
    name: 'Điều 173 ít NT: 60 ngày từ 02/03/2025 hết 30/4/2025 (lịch chính thức) → không chuyển',
    input: D('BLTTHS_173_TAM_GIAM', '2025-03-02', { category: 'it_nghiem_trong' }),
    calendar: 'official',
    due: '2025-04-30',
    unadjusted: '2025-04-30',
  },
  // Base 24/01 + 59 = 24/03; the extension runs from 25/03: 30 ngày → 25/03 + 29 = 23/04 (= 24/01 + 89).
  {
    name: 'Điều 173 ít NT gia hạn 01 tháng (30 ngày): 25/03 → 23/04/2025',
    input: D('BLTTHS_173_TAM_GIAM', '2025-01-24', {
      category: 'it_nghiem_trong',
      extensionsGranted: [{ lengthMonths: 1 }],
    }),
    due: '2025-04-23',
  },
  // 150 ngày: 24/01 + 149. 23/04 is +89; +7 → 30/04, +31 → 31/05 (+38), +22 → 22/06 (+60). Was 23/06.
  {
    name: 'Điều 173 NT gia hạn 02 tháng → 22/06/2025 (tổng 150 ngày)',
    input: D('BLTTHS_173_TAM_GIAM', '2025-01-24', {
      category: 'nghiem_trong',
      extensionsGranted: [{ lengthMonths: 2 }],
    }),
    due: '2025-06-22',
  },
  // 210 ngày from 26/01/2025: 26/01 + 209. 31/01 +5, 28/02 +33, 31/03 +64, 30/04 +94, 31/05 +125,
  // 30/06 +155, 31/07 +186, 23/08 +209 — a Saturday, not moved. (From 24/01 it would be Thursday 21/08.)
  {
    name: 'Điều 173 RNT gia hạn 03 tháng: 210 ngày từ 26/01/2025 → thứ Bảy 23/08/2025, không chuyển',
    input: D('BLTTHS_173_TAM_GIAM', '2025-01-26', {
      category: 'rat_nghiem_trong',
      extensionsGranted: [{ lengthMonths: 3 }],
    }),
    due: '2025-08-23',
    unadjusted: '2025-08-23',
  },
  // 480 ngày: 24/01/2025 + 365 = 24/01/2026; +114 more: 31/01 +7, 28/02 +35, 31/03 +66, 30/04 +96, 18/05 +114.
  // Was Saturday 23/05/2026 (calendar months): five days longer than the law allows.
  {
    name: 'Điều 173 ĐBNT gia hạn hai lần và gia hạn đặc biệt → 18/05/2026 (tổng 16 tháng = 480 ngày)',
    input: D('BLTTHS_173_TAM_GIAM', '2025-01-24', {
      category: 'dac_biet_nghiem_trong',
      extensionsGranted: [{ lengthMonths: 4 }, { lengthMonths: 4 }, { lengthMonths: 4 }],
    }),
    due: '2026-05-18',
  },
  // Across February (28 days): 31/12/2024 + 59: 31/01 is +31, 28/02/2025 is +59. Was 27/02.
  {
    name: 'Điều 173 ít NT: 60 ngày từ 31/12/2024 qua tháng 2 → 28/02/2025',
    input: D('BLTTHS_173_TAM_GIAM', '2024-12-31', { category: 'it_nghiem_trong' }),
    due: '2025-02-28',
  },
  // Leap year: 31/12/2023 + 59: 31/01 is +31, 28/02/2024 is +59 (29/02 would be +60).
  {
    name: 'Điều 173 ít NT: 60 ngày từ 31/12/2023 (năm nhuận) → 28/02/2024',
    input: D('BLTTHS_173_TAM_GIAM', '2023-12-31', { category: 'it_nghiem_trong' }),
    due: '2024-02-28',
  },
  // Leap year, across 29/02: 15/02/2024 + 59: 29/02 is +14, 31/03 is +45, 14/04/2024 is +59.
  {
    name: 'Điều 173 ít NT: 60 ngày từ 15/02/2024 qua 29/02 → 14/04/2024',
    input: D('BLTTHS_173_TAM_GIAM', '2024-02-15', { category: 'it_nghiem_trong' }),
    due: '2024-04-14',
  },
  // Two 31-day months: 01/07/2025 + 59: 31/07 is +30, 29/08/2025 is +59 (calendar months gave 31/08).
  {
    name: 'Điều 173 ít NT: 60 ngày từ 01/07/2025 qua tháng 7, 8 (31 ngày) → 29/08/2025',
    input: D('BLTTHS_173_TAM_GIAM', '2025-07-01', { category: 'it_nghiem_trong' }),
    due: '2025-08-29',
  },
  // The example: 01/03/2025 + 59: 31/03 is +30, 29/04/2025 is +59. Was 30/04.
  {
    name: 'Điều 173 ít NT: 60 ngày từ 01/03/2025 → 29/04/2025 (không phải 30/04)',
    input: D('BLTTHS_173_TAM_GIAM', '2025-03-01', { category: 'it_nghiem_trong' }),
    due: '2025-04-29',
    unadjusted: '2025-04-29',
  },
  // TTLT 04/2018 Điều 17 khoản 1: custody from 10:00 01/03 to 10:00 04/03/2025, then a 02-month order.
  // Detention runs on from 04/03 (the day custody ends) and the 3 custody days (01, 02, 03/03) are
  // deducted: 60 − 3 = 57 days from 04/03 → 04/03 + 56 = 29/04/2025 — the same day as 60 days
  // counted from the arrest on 01/03 (01/03 + 59 = 29/04).
  {
    name: 'Điều 173 + TTLT 04/2018 Điều 17: trừ 03 ngày tạm giữ, lệnh 02 tháng từ 04/03/2025 → 29/04/2025',
    input: D('BLTTHS_173_TAM_GIAM', '2025-03-04', { category: 'it_nghiem_trong', deductedDays: 3 }),
    due: '2025-04-29',
  },

  // ── Điều 241: tạm giam để truy tố ≤ thời hạn Điều 240 khoản 1: 20 / 20 / 30 / 30 ngày, gia hạn ≤ 10 / 10 / 15 / 30
  // 10/03/2025 + 19 = 29/03 (Saturday), not moved.
  {
    name: 'Điều 241 NT: 20 ngày từ 10/03/2025 → thứ Bảy 29/03, không chuyển',
    input: D('BLTTHS_241_TAM_GIAM_TRUY_TO', '2025-03-10', { category: 'nghiem_trong' }),
    due: '2025-03-29',
    unadjusted: '2025-03-29',
  },
  // 30 ngày + 30 ngày: 10/03 + 59: 31/03 is +21, 30/04 is +51, 08/05/2025 is +59.
  {
    name: 'Điều 241 ĐBNT: 30 ngày gia hạn 30 ngày → 08/05/2025',
    input: D('BLTTHS_241_TAM_GIAM_TRUY_TO', '2025-03-10', {
      category: 'dac_biet_nghiem_trong',
      extensionsGranted: [{ lengthDays: 30 }],
    }),
    due: '2025-05-08',
  },
  // ── Điều 278: tạm giam để chuẩn bị xét xử ≤ Điều 277 khoản 1: 30 ngày / 45 ngày / 02 tháng (60) / 03 tháng (90)
  // 03/03/2025 + 59: 31/03 is +28, 30/04 is +58, 01/05 is +59 — a holiday, not moved. (Điều 277 itself: 03/05 → 05/05.)
  {
    name: 'Điều 278 RNT: 60 ngày từ 03/03/2025 → 01/05/2025, không chuyển',
    input: D('BLTTHS_278_TAM_GIAM_XET_XU', '2025-03-03', { category: 'rat_nghiem_trong' }),
    due: '2025-05-01',
    unadjusted: '2025-05-01',
  },
  // 90 + 30 = 120 ngày: 03/03 + 119: 01/05 is +59, 31/05 +89, 30/06/2025 +119.
  {
    name: 'Điều 278 ĐBNT: 90 ngày gia hạn 30 ngày → 30/06/2025',
    input: D('BLTTHS_278_TAM_GIAM_XET_XU', '2025-03-03', {
      category: 'dac_biet_nghiem_trong',
      extensionsGranted: [{ lengthDays: 30 }],
    }),
    due: '2025-06-30',
  },
  // ── Điều 329 khoản 3: 45 ngày kể từ ngày tuyên án. 20/01/2026 + 44: 31/01 is +11, 28/02 is +39, 05/03/2026 is +44.
  // Tết Bính Ngọ (17/02/2026) falls inside and changes nothing.
  {
    name: 'Điều 329: 45 ngày từ tuyên án 20/01/2026 qua Tết → 05/03/2026',
    input: D('BLTTHS_329_TAM_GIAM_SAU_XET_XU', '2026-01-20'),
    due: '2026-03-05',
  },

  // ── Điều 118: tạm giữ 03 ngày (72 giờ) kể từ khi nhận người bị giữ; gia hạn hai lần ≤ 03 ngày
  {
    name: 'Điều 118: tạm giữ từ 10:30 01/03/2025 → 10:30 04/03/2025',
    input: D('BLTTHS_118_TAM_GIU', '2025-03-01', { startTime: '10:30' }),
    due: '2025-03-04',
    time: '10:30',
  },
  {
    name: 'Điều 118: gia hạn tạm giữ 03 ngày → 10:30 07/03/2025',
    input: D('BLTTHS_118_TAM_GIU', '2025-03-01', { startTime: '10:30', extensionsGranted: [{ lengthDays: 3 }] }),
    due: '2025-03-07',
  },
  {
    name: 'Điều 118: gia hạn hai lần (48 giờ, 72 giờ) → 10:30 09/03/2025',
    input: D('BLTTHS_118_TAM_GIU', '2025-03-01', {
      startTime: '10:30',
      extensionsGranted: [{ lengthHours: 48 }, { lengthHours: 72 }],
    }),
    due: '2025-03-09',
    time: '10:30',
  },
  {
    name: 'Điều 118: tạm giữ hết mùng 1 Tết 29/01/2025 lúc 08:00 → không chuyển',
    input: D('BLTTHS_118_TAM_GIU', '2025-01-26', { startTime: '08:00' }),
    due: '2025-01-29',
    unadjusted: '2025-01-29',
  },
  {
    name: 'Điều 118: qua nửa đêm 23:30 31/12/2025 → 23:30 03/01/2026',
    input: D('BLTTHS_118_TAM_GIU', '2025-12-31', { startTime: '23:30' }),
    due: '2026-01-03',
    unadjusted: '2026-01-03',
    time: '23:30',
  },

  // ── Điều 277: 30 ngày / 45 ngày / 02 tháng / 03 tháng kể từ ngày thụ lý; gia hạn ≤ 15 / 15 / 30 / 30 ngày
  {
    name: 'Điều 277 ít NT: 30 ngày từ 03/03/2025 → 02/04',
    input: D('BLTTHS_277_CHUAN_BI_XET_XU', '2025-03-03', { category: 'it_nghiem_trong' }),
    due: '2025-04-02',
  },
  {
    name: 'Điều 277 NT: 45 ngày từ 03/03/2025 → 17/04',
    input: D('BLTTHS_277_CHUAN_BI_XET_XU', '2025-03-03', { category: 'nghiem_trong' }),
    due: '2025-04-17',
  },
  {
    name: 'Điều 277 RNT: 02 tháng từ 03/03/2025 → thứ Bảy 03/05 → 05/05',
    input: D('BLTTHS_277_CHUAN_BI_XET_XU', '2025-03-03', { category: 'rat_nghiem_trong' }),
    due: '2025-05-05',
    unadjusted: '2025-05-03',
  },
  {
    name: 'Điều 277 ĐBNT: 03 tháng từ 03/03/2025 → 03/06',
    input: D('BLTTHS_277_CHUAN_BI_XET_XU', '2025-03-03', { category: 'dac_biet_nghiem_trong' }),
    due: '2025-06-03',
  },
  {
    name: 'Điều 277 ĐBNT gia hạn 30 ngày → 03/07/2025',
    input: D('BLTTHS_277_CHUAN_BI_XET_XU', '2025-03-03', {
      category: 'dac_biet_nghiem_trong',
      extensionsGranted: [{ lengthDays: 30 }],
    }),
    due: '2025-07-03',
  },
  {
    name: 'Điều 277 NT gia hạn 15 ngày → 02/05/2025 (lịch mặc định)',
    input: D('BLTTHS_277_CHUAN_BI_XET_XU', '2025-03-03', {
      category: 'nghiem_trong',
      extensionsGranted: [{ lengthDays: 15 }],
    }),
    due: '2025-05-02',
  },
  {
    name: 'Điều 277 NT gia hạn 15 ngày → 02/05/2025 là ngày nghỉ hoán đổi (lịch chính thức) → 05/05',
    input: D('BLTTHS_277_CHUAN_BI_XET_XU', '2025-03-03', {
      category: 'nghiem_trong',
      extensionsGranted: [{ lengthDays: 15 }],
    }),
    calendar: 'official',
    due: '2025-05-05',
    unadjusted: '2025-05-02',
  },
  {
    name: 'Điều 277 RNT gia hạn 30 ngày: 03/05 (chưa điều chỉnh) + 30 → 02/06/2025',
    input: D('BLTTHS_277_CHUAN_BI_XET_XU', '2025-03-03', {
      category: 'rat_nghiem_trong',
      extensionsGranted: [{ lengthDays: 30 }],
    }),
    due: '2025-06-02',
  },
  {
    name: 'Điều 277 khoản 2: mở phiên tòa trong 15 ngày từ 18/08/2025 → 02/09 → 03/09',
    input: D('BLTTHS_277_MO_PHIEN_TOA', '2025-08-18'),
    due: '2025-09-03',
    unadjusted: '2025-09-02',
  },
  {
    name: 'Điều 277 khoản 2: bất khả kháng, kéo dài đến 30 ngày → 17/09/2025',
    input: D('BLTTHS_277_MO_PHIEN_TOA', '2025-08-18', { extensionsGranted: [{ lengthDays: 15 }] }),
    due: '2025-09-17',
  },
  {
    name: 'Điều 277: sau điều tra bổ sung 15 ngày từ 06/06/2025 → thứ Bảy 21/06 → 23/06',
    input: D('BLTTHS_277_SAU_DIEU_TRA_BO_SUNG', '2025-06-06'),
    due: '2025-06-23',
    unadjusted: '2025-06-21',
  },

  // ── Điều 337: kháng nghị bản án 15 / 30 ngày từ ngày tuyên án; quyết định 7 / 15 ngày
  {
    name: 'Điều 337 bản án, VKS cùng cấp: tuyên án 15/04/2025 → 30/04 → 02/05',
    input: D('BLTTHS_337_BAN_AN_CUNG_CAP', '2025-04-15'),
    due: '2025-05-02',
    unadjusted: '2025-04-30',
    strict: '2025-04-29',
  }, // strict: 15/04 + 14 = 29/04
  {
    name: 'Điều 337 bản án, VKS cùng cấp: tuyên án 16/04/2025 → 01/05 → lịch chính thức 05/05',
    input: D('BLTTHS_337_BAN_AN_CUNG_CAP', '2025-04-16'),
    calendar: 'official',
    due: '2025-05-05',
    unadjusted: '2025-05-01',
    strict: '2025-04-30',
  }, // strict: 16/04 + 14 = 30/04 (lễ), không chuyển
  {
    name: 'Điều 337 bản án, VKS cấp trên: 30 ngày từ 15/04/2025 → 15/05',
    input: D('BLTTHS_337_BAN_AN_CAP_TREN', '2025-04-15'),
    due: '2025-05-15',
    strict: '2025-05-14',
  }, // strict: 15/04 + 29 = 14/05
  {
    name: 'Điều 337 quyết định, VKS cùng cấp: 07 ngày từ 26/08/2025 → 02/09 → 03/09',
    input: D('BLTTHS_337_QUYET_DINH_CUNG_CAP', '2025-08-26'),
    due: '2025-09-03',
    unadjusted: '2025-09-02',
    strict: '2025-09-01',
  }, // strict: 26/08 + 6 = 01/09 (ngày nghỉ), không chuyển
  {
    name: 'Điều 337 quyết định, VKS cấp trên: 15 ngày từ 14/01/2025 → Tết 29/01 → nghỉ bù tính 03/02 → 04/02',
    input: D('BLTTHS_337_QUYET_DINH_CAP_TREN', '2025-01-14'),
    due: '2025-02-04',
    unadjusted: '2025-01-29',
    strict: '2025-01-28',
  }, // strict: 14/01 + 14 = 28/01 (nghỉ Tết), không chuyển

  // ── Điều 379: giám đốc thẩm theo hướng không có lợi cho người bị kết án: 01 năm từ ngày có hiệu lực
  {
    name: 'Điều 379: 01 năm từ 29/02/2024 → 28/02/2025',
    input: D('BLTTHS_379_GIAM_DOC_THAM', '2024-02-29'),
    due: '2025-02-28',
    strict: '2025-02-27',
  }, // strict: ngày trùng 28/02/2025 (cuối tháng) → ngày liền trước 27/02
  {
    name: 'Điều 379: 01 năm từ 15/03/2024 → thứ Bảy 15/03/2025 → 17/03',
    input: D('BLTTHS_379_GIAM_DOC_THAM', '2024-03-15'),
    due: '2025-03-17',
    unadjusted: '2025-03-15',
    strict: '2025-03-14',
  }, // strict: ngày liền trước ngày trùng: thứ Sáu 14/03/2025
  {
    name: 'Điều 379: 01 năm từ 17/02/2025 → mùng 1 Tết Bính Ngọ 17/02/2026 → 23/02/2026',
    input: D('BLTTHS_379_GIAM_DOC_THAM', '2025-02-17'),
    due: '2026-02-23',
    unadjusted: '2026-02-17',
    strict: '2026-02-16',
  }, // strict: ngày liền trước ngày trùng: 16/02/2026 (nghỉ Tết), không chuyển

  // ── BLTTDS Điều 280, Điều 372 và LTTHC Điều 213
  {
    name: 'BLTTDS Điều 280 bản án, VKS cùng cấp: 15 ngày từ 15/04/2025 → 30/04 → 02/05',
    input: D('BLTTDS_280_BAN_AN_CUNG_CAP', '2025-04-15'),
    due: '2025-05-02',
    unadjusted: '2025-04-30',
  },
  {
    name: 'BLTTDS Điều 280 bản án, VKS cấp trên: 01 tháng từ 31/01/2025 → 28/02',
    input: D('BLTTDS_280_BAN_AN_CAP_TREN', '2025-01-31'),
    due: '2025-02-28',
  },
  {
    name: 'BLTTDS Điều 280 bản án, VKS cấp trên: 01 tháng từ 31/01/2024 → 29/02/2024',
    input: D('BLTTDS_280_BAN_AN_CAP_TREN', '2024-01-31'),
    due: '2024-02-29',
  },
  {
    name: 'BLTTDS Điều 280 quyết định, VKS cùng cấp: 07 ngày từ 22/01/2025 → Tết → nghỉ bù tính 03/02 → 04/02',
    input: D('BLTTDS_280_QUYET_DINH_CUNG_CAP', '2025-01-22'),
    due: '2025-02-04',
    unadjusted: '2025-01-29',
  },
  {
    name: 'BLTTDS Điều 280 quyết định, VKS cấp trên: 10 ngày từ 23/08/2025 → 02/09 → 03/09',
    input: D('BLTTDS_280_QUYET_DINH_CAP_TREN', '2025-08-23'),
    due: '2025-09-03',
    unadjusted: '2025-09-02',
  },
  {
    name: 'BLTTDS Điều 372 cùng cấp: 10 ngày từ 10/06/2025 → 20/06',
    input: D('BLTTDS_372_CUNG_CAP', '2025-06-10'),
    due: '2025-06-20',
  },
  {
    name: 'BLTTDS Điều 372 cấp trên: 15 ngày từ 17/12/2025 → 01/01/2026 → 02/01/2026',
    input: D('BLTTDS_372_CAP_TREN', '2025-12-17'),
    due: '2026-01-02',
    unadjusted: '2026-01-01',
  },
  {
    name: 'LTTHC Điều 213 bản án, VKS cùng cấp: 15 ngày từ 20/03/2025 → 04/04',
    input: D('LTTHC_213_BAN_AN_CUNG_CAP', '2025-03-20'),
    due: '2025-04-04',
  },
  {
    name: 'LTTHC Điều 213 bản án, VKS cấp trên: 01 tháng từ 31/03/2025 → 30/04 → 02/05',
    input: D('LTTHC_213_BAN_AN_CAP_TREN', '2025-03-31'),
    due: '2025-05-02',
    unadjusted: '2025-04-30',
  },
  {
    name: 'LTTHC Điều 213 quyết định, VKS cùng cấp: 07 ngày từ 24/02/2025 → 03/03',
    input: D('LTTHC_213_QUYET_DINH_CUNG_CAP', '2025-02-24'),
    due: '2025-03-03',
  },
  {
    name: 'LTTHC Điều 213 quyết định, VKS cấp trên: hết Giỗ Tổ trùng Chủ nhật 26/04/2026 → nghỉ bù tính 27/04 → 28/04 (lịch mặc định)',
    input: D('LTTHC_213_QUYET_DINH_CAP_TREN', '2026-04-16'),
    due: '2026-04-28',
    unadjusted: '2026-04-26',
  },
  {
    name: 'LTTHC Điều 213 quyết định, VKS cấp trên: 26/04/2026, nghỉ bù 27/04 theo lịch chính thức → 28/04',
    input: D('LTTHC_213_QUYET_DINH_CAP_TREN', '2026-04-16'),
    calendar: 'official',
    due: '2026-04-28',
    unadjusted: '2026-04-26',
  },
]

describe('statutory deadlines worked by hand', () => {
  it('has at least 80 cases', () => expect(CASES.length).toBeGreaterThanOrEqual(80))

  it.each(CASES)('$name', ({ input, calendar = 'default', due, unadjusted, time, strict }) => {
    const lenient = computeReading({ ...input, calendar: CALENDARS[calendar] }, 'lenient')
    expect(lenient.dueDate).toBe(due)
    expect(lenient.unadjustedDueDate).toBe(unadjusted ?? due)
    expect(lenient.movedBecauseOfDayOff).toBe(lenient.dueDate !== lenient.unadjustedDueDate)
    expect(lenient.basis).toMatch(/^Điều \d+ (BLTTHS|BLTTDS|LTTHC) 2015: /)
    if (time) expect(lenient.dueTime).toBe(time)
    const result = computeDeadline({ ...input, calendar: CALENDARS[calendar] })
    if (result.countedReading === undefined) {
      expect(strict, 'a rule with one reading has no strict value').toBeUndefined()
      expect(result).toEqual(lenient)
      return
    }
    expect(strict, 'a rule with two readings needs its strict value worked by hand').toBeDefined()
    expect(result.countedReading).toBe('strict')
    expect(result.dueDate).toBe(strict)
    expect(result.alternativeDueDate).toBe(strict === due ? null : due)
  })
})
