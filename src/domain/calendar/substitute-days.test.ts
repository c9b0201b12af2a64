// Substitute days off (nghỉ bù) on real years, worked by hand from BLLĐ 2019 Điều 111 khoản 3
// ("nghỉ bù ngày nghỉ hằng tuần vào ngày làm việc kế tiếp") and checked against what was announced
// for civil servants that year. Where the announcement placed the days differently (Tết), the test
// says so: the computed day is only a default until the administrator confirms the year.
import { describe, expect, it } from 'vitest'
import { weekday } from './civil-date.ts'
import {
  buildCalendar,
  createWorkingCalendar,
  daysOffForYear,
  type OfficialCalendarEntry,
} from './official-calendar.ts'
import { substituteDaysOfYear } from './substitute-days.ts'

const datesOf = (year: number) => substituteDaysOfYear(year).map((s) => s.date)
const weekdaysOff = (
  year: number,
  from: string,
  to: string,
  entries: OfficialCalendarEntry[] = [],
  confirmedYears: number[] = [],
) =>
  daysOffForYear(year, entries, { confirmedYears })
    .filter((d) => d.date >= from && d.date <= to)
    .map((d) => d.date)

describe('substitute days off (BLLĐ 2019 Điều 111 khoản 3)', () => {
  it('2022: 1/1 on Saturday, Giỗ Tổ on Sunday, 30/4 Saturday + 1/5 Sunday chained to Monday and Tuesday', () => {
    // 01/01/2022 is a Saturday → the next working day, Monday 03/01 (bnews.vn/tet-duong-lich-2022-duoc-nghi-may-ngay/226829.html:
    //   "01 ngày nghỉ bù vào thứ hai tuần kế tiếp (ngày 03/01/2022)").
    // Giỗ Tổ 10/3 âm lịch = Sunday 10/04/2022 → Monday 11/04 (qbtv.vn, 2022-4-5, after vietnamplus.vn: "nghỉ 3 ngày liên tiếp
    //   dịp nghỉ lễ Giỗ Tổ Hùng Vương ... đều trùng vào ngày nghỉ hằng tuần nên người lao động sẽ được nghỉ bù").
    // 30/04 Saturday → Monday 02/05; 01/05 Sunday → 02/05 is taken, so Tuesday 03/05 (same source: "nghỉ 4 ngày liên tiếp dịp 30/4 và 1/5").
    // Tết Nhâm Dần (mùng 1 = Tuesday 01/02): 31/01–04/02 are Monday–Friday; Quốc khánh 01–02/09 Thursday–Friday: no nghỉ bù
    //   (vnfinance.vn/lich-nghi-nhung-ngay-le-tet-trong-nam-2022-31375.html: "không phải nghỉ bù").
    expect(datesOf(2022)).toEqual(['2022-01-03', '2022-04-11', '2022-05-02', '2022-05-03'])
    const may = substituteDaysOfYear(2022).filter((s) => s.date.startsWith('2022-05'))
    expect(may.map((s) => [s.date, s.holidayDate, weekday(s.date)])).toEqual([
      ['2022-05-02', '2022-04-30', 1],
      ['2022-05-03', '2022-05-01', 2],
    ])
    expect(may[0]).toMatchObject({
      holidayName: 'Ngày Chiến thắng (30/4)',
      text: 'Nghỉ bù Ngày Chiến thắng (30/4) trùng thứ Bảy 30/04/2022 (tính theo Điều 111 khoản 3 BLLĐ 2019 — chưa xác nhận)',
      legalSource: 'Bộ luật Lao động 2019 (45/2019/QH14), Điều 111 khoản 3',
    })
    // The announced break: Saturday 30/04 to Tuesday 03/05, four days.
    expect(weekdaysOff(2022, '2022-04-29', '2022-05-04')).toEqual([
      '2022-04-30',
      '2022-05-01',
      '2022-05-02',
      '2022-05-03',
    ])
  })

  it('2023: 2/9 on Saturday → Monday 04/09; Giỗ Tổ, 30/4 and 1/5 chained over the weekend to 02/05 and 03/05', () => {
    // Quốc khánh: 01/09 (Friday, the adjacent day) and 02/09 (Saturday) → nghỉ bù Monday 04/09 (Sunday 03/09 is a rest day).
    //   Announced (vov.vn/…post1017936.vov, Công văn 8056/VPCP-KGVX): "từ thứ sáu ngày 1/9/2023 đến hết thứ hai ngày 4/9/2023 …
    //   1 ngày nghỉ bù ngày nghỉ hàng tuần".
    // Giỗ Tổ = Saturday 29/04, 30/04 Sunday, 01/05 Monday (a holiday) → 29/04 → Tuesday 02/05, 30/04 → Wednesday 03/05
    //   (todaycnews.com/thaonguyen/nghi-le-30-4: "nghỉ bù vào tuần tiếp theo, tức là ngày 2/5 … nghỉ bù tiếp ngày 3/5").
    // 01/01/2023 Sunday → Monday 02/01 (thuvienphapluat Q&A: "thứ hai là ngày nghỉ bù do ngày nghỉ lễ là ngày nghỉ hàng tuần").
    expect(datesOf(2023).filter((d) => d >= '2023-03-01')).toEqual(['2023-05-02', '2023-05-03', '2023-09-04'])
    expect(weekdaysOff(2023, '2023-08-31', '2023-09-05')).toEqual([
      '2023-09-01',
      '2023-09-02',
      '2023-09-03',
      '2023-09-04',
    ])
    expect(datesOf(2023)[0]).toBe('2023-01-02')
  })

  it('Tết on a weekend: the rule adds the days after Tết; the announcements of 2023 and 2020 took one before instead', () => {
    // Tết Quý Mão: mùng 1 = Sunday 22/01/2023; default break 21/01 (Saturday, last day of the year) – 25/01.
    // Saturday 21/01 → 22/01 Sunday, 23–25/01 holidays → Thursday 26/01; Sunday 22/01 → Friday 27/01.
    expect(datesOf(2023).filter((d) => d.startsWith('2023-01-2'))).toEqual(['2023-01-26', '2023-01-27'])
    // Announced: 20/01–26/01/2023 (pld.net.vn/tag/nghi-tet-nguyen-dan.html: "nghỉ Tết Âm lịch từ ngày 20/1/2023 đến hết ngày 26/1/2023").
    // The administrator enters the announced days beyond the statutory ones — Friday 20/01 and Thursday 26/01 — and
    // confirms 2023: the computed 26/01 and 27/01 are dropped, so 27/01 is worked without an entry of its own.
    const announced2023: OfficialCalendarEntry[] = [
      { date: '2023-01-20', kind: 'day_off', reason: 'Nghỉ Tết Quý Mão theo thông báo' },
      { date: '2023-01-26', kind: 'day_off', reason: 'Nghỉ bù Tết Quý Mão theo thông báo' },
    ]
    expect(weekdaysOff(2023, '2023-01-19', '2023-01-28', [], [])).toEqual([
      '2023-01-21',
      '2023-01-22',
      '2023-01-23',
      '2023-01-24',
      '2023-01-25',
      '2023-01-26',
      '2023-01-27',
      '2023-01-28',
    ])
    expect(weekdaysOff(2023, '2023-01-19', '2023-01-28', announced2023, [2023])).toEqual([
      '2023-01-20',
      '2023-01-21',
      '2023-01-22',
      '2023-01-23',
      '2023-01-24',
      '2023-01-25',
      '2023-01-26',
      '2023-01-28',
    ])

    // BLLĐ 2012 (Điều 115 khoản 3), Tết Canh Tý: mùng 1 = Saturday 25/01/2020; default break 24/01–28/01.
    // Saturday 25/01 → Wednesday 29/01; Sunday 26/01 → Thursday 30/01. Announced: "từ thứ Năm ngày 23/1/2020 đến hết
    // thứ Tư ngày 29/1/2020" (socongthuong.daklak.gov.vn) — again one day before instead of the second day after.
    expect(datesOf(2020)).toEqual(['2020-01-29', '2020-01-30'])
    expect(substituteDaysOfYear(2020)[0]!.legalSource).toBe('Bộ luật Lao động 2012 (10/2012/QH13), Điều 115 khoản 3')
  })

  it('Tết on a weekend where the ministry proposed exactly the computed days (2015, 2021)', () => {
    // Tết Ất Mùi: 30 Chạp = Wednesday 18/02/2015, mùng 3 and mùng 4 = Saturday 21/02 and Sunday 22/02 → Monday 23/02 and
    // Tuesday 24/02. Bộ LĐTBXH's option 2 (cand.com.vn/doi-song/du-kien-nghi-Tet-am-lich-tu-7-den-9-ngay-279370/): "nghỉ bù
    // vào thứ hai (23/2/2015), thứ ba (24/2/2015) do ngày nghỉ hằng tuần thứ bảy (21/2/2015) và chủ nhật (22/2/2015) trùng
    // vào ngày mùng 3 và mùng 4 Tết".
    expect(datesOf(2015)).toEqual(['2015-02-23', '2015-02-24'])
    // Tết Tân Sửu: mùng 2 and mùng 3 = Saturday 13/02 and Sunday 14/02/2021, Monday 15/02 is mùng 4 → Tuesday 16/02 and
    // Wednesday 17/02 (sggpnews.org.vn, 2020-09-16: "two extra days off from February 16-17 because January 2nd and 3rd of
    // the lunar calendar (on February 13-14) … fall on Saturday and Sunday"). 01/05/2021 Saturday → Monday 03/05
    // (giadinhcuquang.net: "1/5 rơi vào ngày Thứ bảy vì vậy được nghỉ bù vào ngày thứ hai 3/5").
    expect(datesOf(2021)).toEqual(['2021-02-16', '2021-02-17', '2021-05-03'])
  })

  it('2024: 1/9 on Sunday next to 2/9 Monday → Tuesday 03/09, the same days off as announced', () => {
    // Default adjacent day 01/09 (Sunday) → 02/09 is a holiday → Tuesday 03/09. Announced: "từ thứ Bảy ngày 31/8 đến hết
    // thứ Ba ngày 3/9" (m.btv.org.vn/tin-tuc/le-quoc-khanh-29-nguoi-lao-dong-duoc-nghi-4-ngay-lien-tiep-95086.html).
    expect(datesOf(2024).filter((d) => d >= '2024-08-01')).toEqual(['2024-09-03'])
    expect(weekdaysOff(2024, '2024-08-30', '2024-09-04')).toEqual([
      '2024-08-31',
      '2024-09-01',
      '2024-09-02',
      '2024-09-03',
    ])
  })

  it('no nghỉ bù after Tết 2025: Giỗ Tổ Monday 07/04, 30/4–1/5 Wednesday–Thursday, Quốc khánh Monday–Tuesday', () => {
    expect(datesOf(2025).filter((d) => d >= '2025-03-01')).toEqual([])
  })

  it('drops the computed days in a confirmed year, and only there', () => {
    // 2026: Giỗ Tổ on Sunday 26/04 → Monday 27/04 computed; confirming 2026 without an entry makes 27/04 a working day.
    const reasonsOn = (confirmedYears: number[]) =>
      buildCalendar(2026, [], { confirmedYears }).find((d) => d.date === '2026-04-27')!
    expect(reasonsOn([])).toMatchObject({ isDayOff: true, reasons: [{ kind: 'substitute_day_off' }] })
    expect(reasonsOn([2026])).toMatchObject({ isDayOff: false, reasons: [] })
    expect(reasonsOn([2025])).toMatchObject({ isDayOff: true })
    expect(createWorkingCalendar([], { confirmedYears: [2026] }).nextWorkingDay('2026-04-24')).toBe('2026-04-27')
    expect(createWorkingCalendar().nextWorkingDay('2026-04-24')).toBe('2026-04-28')
    // A single-use iterable of confirmed years is read once, so every year built later still sees it.
    const once = createWorkingCalendar([], { confirmedYears: new Set([2026]).values() })
    expect(once.isDayOff('2025-02-03')).toBe(true)
    expect(once.isDayOff('2026-04-27')).toBe(false)
  })
})
