// Substitute days off (nghỉ bù), computed from the statutory holidays of a year.
//
// Bộ luật Lao động 2019, Điều 111 khoản 3: "Nếu ngày nghỉ hằng tuần trùng với ngày nghỉ lễ, tết
// quy định tại khoản 1 Điều 112 của Bộ luật này thì người lao động được nghỉ bù ngày nghỉ hằng
// tuần vào ngày làm việc kế tiếp" (quoted in part by th389.vn/quoc-khanh-2-9-nam-nay-nguoi-lao-dong-duoc-nghi-4-ngay-a168543.html,
// paraphrased by tuyetnhunglaw.vn/bat-nguoi-lao-dong-lam-viec-full-tuan-dung-hay-sai/amp).
// Điều 112 khoản 3: "Hằng năm, căn cứ vào điều kiện thực tế, Thủ tướng Chính phủ quyết định cụ thể
// ngày nghỉ quy định tại điểm b và điểm đ khoản 1 Điều này" (sites.google.com/view/luatlaodong2019,
// Điều 112) — the Tết days and the day next to 2/9. Since Nghị định 128/2025/NĐ-CP, Điều 7 khoản 2,
// "Nhiệm vụ thông báo cụ thể ngày nghỉ lễ, tết hằng năm theo quy định tại Khoản 3 Điều 112 của Bộ luật
// Lao động do Bộ trưởng Bộ Nội vụ thực hiện" for civil servants (congdoanvietnam.vn/tu-van-phap-luat/
// nguoi-co-nhiem-vu-thong-bao-cu-the-ngay-nghi-tet-nam-2026-cua-can-bo-cong-chuc-13615.tld), e.g.
// Thông báo số 9441/TB-BNV ngày 16/10/2025 (Tết and Quốc khánh 2026).
//
// So the days computed here are defaults: the year's announcement often places the Tết days
// differently (2023: 20–26/01, where the rule gives 21–27/01). They stay marked "computed" until an
// administrator confirms the year; from then the official calendar entries of that year replace them.
import { addDays, formatViDate, weekday, type IsoDate } from './civil-date.ts'
import { WEEKLY_REST, type HolidayOptions } from './holidays.ts'
import { publicHolidaysOfYear, type PublicHoliday } from './public-holidays.ts'

export type SubstituteDayRule = {
  /** Full citation, shown as the legal source. */
  legalSource: string
  /** Short citation for the day's label, e.g. 'Điều 111 khoản 3 BLLĐ 2019'. */
  shortSource: string
  effectiveFrom: IsoDate
  effectiveTo: IsoDate | null
  unconfirmed?: string
}

export const SUBSTITUTE_DAY_RULES: readonly SubstituteDayRule[] = [
  {
    legalSource: 'Bộ luật Lao động 2019 (45/2019/QH14), Điều 111 khoản 3',
    shortSource: 'Điều 111 khoản 3 BLLĐ 2019',
    effectiveFrom: '2021-01-01',
    effectiveTo: null,
  },
  {
    // Practice under the 2012 code is confirmed (2016: Giỗ Tổ on Saturday 16/04 → Monday 18/04;
    // 30/4 and 1/5 on Saturday and Sunday → 02/5 and 03/5: m-kienthucnet.epicdn.me/doc-30s/
    // cong-bo-lich-nghi-le-gio-to-hung-vuong-va-304-15-643948.html); the article number was not re-read.
    legalSource: 'Bộ luật Lao động 2012 (10/2012/QH13), Điều 115 khoản 3',
    shortSource: 'Điều 115 khoản 3 BLLĐ 2012',
    effectiveFrom: '2013-05-01',
    effectiveTo: '2020-12-31',
    unconfirmed: 'Số điều, khoản của quy định nghỉ bù trong Bộ luật Lao động 2012 chưa đối chiếu văn bản chính thức.',
  },
]

/** A computed substitute day off: always a default until the year's announcement is confirmed. */
export type SubstituteDayOff = {
  date: IsoDate
  /** The holiday that fell on a weekly rest day. */
  holidayDate: IsoDate
  holidayCode: string
  holidayName: string
  /** Vietnamese label, e.g. 'Nghỉ bù Ngày Chiến thắng (30/4) trùng thứ Bảy 30/04/2022 (tính theo Điều 111 khoản 3 BLLĐ 2019 — chưa xác nhận)'. */
  text: string
  legalSource: string
  unconfirmed: string
}

const ruleOn = (date: IsoDate): SubstituteDayRule | undefined =>
  SUBSTITUTE_DAY_RULES.find((r) => r.effectiveFrom <= date && (r.effectiveTo === null || date <= r.effectiveTo))

const isWeeklyRest = (date: IsoDate): boolean => WEEKLY_REST.weekdays.includes(weekday(date))

const restDayName = (date: IsoDate): string => (weekday(date) === 0 ? 'Chủ nhật' : 'thứ Bảy')

export const SUBSTITUTE_UNCONFIRMED =
  'Ngày nghỉ bù tính theo quy định; thông báo hằng năm của Bộ trưởng Bộ Nội vụ (trước đây Thủ tướng Chính phủ) có thể bố trí khác — chờ quản trị viên xác nhận lịch năm.'

/**
 * The substitute days off of `year`: for each holiday on a Saturday or Sunday, in date order, the next
 * day that is neither a weekly rest day, nor a holiday, nor already another holiday's substitute —
 * so 30/4 on Saturday and 1/5 on Sunday give Monday and Tuesday.
 */
export const substituteDaysOfYear = (
  year: number,
  options: HolidayOptions = {},
  holidays: readonly PublicHoliday[] = publicHolidaysOfYear(year, options),
): SubstituteDayOff[] => {
  const taken = new Set(holidays.map((h) => h.date))
  const result: SubstituteDayOff[] = []
  for (const holiday of holidays) {
    const rule = ruleOn(holiday.date)
    if (!rule || !isWeeklyRest(holiday.date)) continue
    let date = addDays(holiday.date, 1)
    while (isWeeklyRest(date) || taken.has(date)) date = addDays(date, 1)
    taken.add(date)
    result.push({
      date,
      holidayDate: holiday.date,
      holidayCode: holiday.code,
      holidayName: holiday.name,
      text: `Nghỉ bù ${holiday.name} trùng ${restDayName(holiday.date)} ${formatViDate(holiday.date)} (tính theo ${rule.shortSource} — chưa xác nhận)`,
      legalSource: rule.legalSource,
      unconfirmed: rule.unconfirmed ? `${SUBSTITUTE_UNCONFIRMED} ${rule.unconfirmed}` : SUBSTITUTE_UNCONFIRMED,
    })
  }
  return result.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0))
}
