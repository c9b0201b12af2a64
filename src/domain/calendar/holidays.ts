// Statutory public holidays (ngày nghỉ lễ, tết) and the weekly rest days, as data.
// Each row carries its legal source and the dates it is in force, so that an
// amendment is a new row, not a code change (DESIGN.md principle 2).
//
// Nghỉ bù: when a holiday falls on a weekly rest day, workers get the next working
// day off instead (BLLĐ 2019 Điều 111 khoản 3). Those substitute days are computed
// from these rows in substitute-days.ts, as defaults. The exact Tết days and the day
// next to 2/9 fixed each year (Điều 112 khoản 3; announced by the Minister of Home
// Affairs since Nghị định 128/2025/NĐ-CP Điều 7 khoản 2) and the make-up working
// Saturdays that come with swapped days come from the administrator's official
// calendar (official-calendar.ts), which overrides these defaults.
import type { IsoDate } from './civil-date.ts'

/** Where a holiday falls each year. */
export type HolidayAnchor =
  | { kind: 'solar'; month: number; day: number }
  /** Counted from a lunar date: offset −1 from 1/1 âm lịch is the last day of the old year. */
  | { kind: 'lunar'; month: number; day: number; offsetDays: number }
  /** Quốc khánh's second day: the day before or after 2/9, chosen by configuration. */
  | { kind: 'national_day_adjacent' }

export type HolidayRule = {
  code: string
  /** Vietnamese name shown to users. */
  name: string
  anchor: HolidayAnchor
  legalSource: string
  effectiveFrom: IsoDate
  /** Inclusive; null while in force. */
  effectiveTo: IsoDate | null
  /** Present when the value is a default the Government may change, or was not re-read in the official text. */
  unconfirmed?: string
}

const BLLD_2019 = 'Bộ luật Lao động 2019 (45/2019/QH14), Điều 112 khoản 1'
const BLLD_2012 = 'Bộ luật Lao động 2012 (10/2012/QH13), Điều 115 khoản 1'
const TET_DAYS_NOTE =
  'Ngày nghỉ Tết cụ thể do Thủ tướng Chính phủ quyết định hằng năm; mặc định là ngày cuối năm cũ và 04 ngày đầu năm mới — đối chiếu lịch chính thức.'
const TET_DAYS_NOTE_2012 =
  'Ngày nghỉ Tết cụ thể do Thủ tướng Chính phủ quyết định hằng năm; mặc định là ngày cuối năm cũ và 04 ngày đầu năm mới — chưa đối chiếu văn bản.'

const tetDays = (from: IsoDate, to: IsoDate | null, source: string, note: string): HolidayRule[] =>
  [-1, 0, 1, 2, 3].map((offsetDays) => ({
    code: `tet_am_lich_${offsetDays + 2}`,
    name: offsetDays === -1 ? 'Tết Âm lịch (ngày cuối năm)' : `Tết Âm lịch (mùng ${offsetDays + 1})`,
    anchor: { kind: 'lunar', month: 1, day: 1, offsetDays },
    legalSource: source,
    effectiveFrom: from,
    effectiveTo: to,
    unconfirmed: note,
  }))

const solar = (month: number, day: number) => ({ kind: 'solar', month, day }) as const

// Holiday data starts with BLLĐ 2012 (in force 01/05/2013): every deadline rule in
// this system belongs to codes in force from 2016 on, so older holiday law is not needed.
export const HOLIDAY_RULES: readonly HolidayRule[] = [
  // Bộ luật Lao động 2019, in force 01/01/2021.
  {
    code: 'tet_duong_lich',
    name: 'Tết Dương lịch',
    anchor: solar(1, 1),
    legalSource: `${BLLD_2019} điểm a`,
    effectiveFrom: '2021-01-01',
    effectiveTo: null,
  },
  ...tetDays('2021-01-01', null, `${BLLD_2019} điểm b`, TET_DAYS_NOTE),
  {
    code: 'chien_thang',
    name: 'Ngày Chiến thắng (30/4)',
    anchor: solar(4, 30),
    legalSource: `${BLLD_2019} điểm c`,
    effectiveFrom: '2021-01-01',
    effectiveTo: null,
  },
  {
    code: 'quoc_te_lao_dong',
    name: 'Ngày Quốc tế Lao động (1/5)',
    anchor: solar(5, 1),
    legalSource: `${BLLD_2019} điểm d`,
    effectiveFrom: '2021-01-01',
    effectiveTo: null,
  },
  {
    code: 'quoc_khanh',
    name: 'Quốc khánh (2/9)',
    anchor: solar(9, 2),
    legalSource: `${BLLD_2019} điểm đ`,
    effectiveFrom: '2021-01-01',
    effectiveTo: null,
  },
  {
    code: 'quoc_khanh_lien_ke',
    name: 'Quốc khánh (ngày liền kề)',
    anchor: { kind: 'national_day_adjacent' },
    legalSource: `${BLLD_2019} điểm đ`,
    effectiveFrom: '2021-01-01',
    effectiveTo: null,
    unconfirmed:
      '01 ngày liền kề trước hoặc sau 2/9 do Thủ tướng Chính phủ quyết định; mặc định 1/9, có thể cấu hình là 3/9.',
  },
  {
    code: 'gio_to_hung_vuong',
    name: 'Giỗ Tổ Hùng Vương (10/3 âm lịch)',
    anchor: { kind: 'lunar', month: 3, day: 10, offsetDays: 0 },
    legalSource: `${BLLD_2019} điểm e`,
    effectiveFrom: '2021-01-01',
    effectiveTo: null,
  },

  // Bộ luật Lao động 2012, in force 01/05/2013 to 31/12/2020: Quốc khánh was one day.
  {
    code: 'tet_duong_lich',
    name: 'Tết Dương lịch',
    anchor: solar(1, 1),
    legalSource: BLLD_2012,
    effectiveFrom: '2013-05-01',
    effectiveTo: '2020-12-31',
  },
  ...tetDays('2013-05-01', '2020-12-31', BLLD_2012, TET_DAYS_NOTE_2012),
  {
    code: 'chien_thang',
    name: 'Ngày Chiến thắng (30/4)',
    anchor: solar(4, 30),
    legalSource: BLLD_2012,
    effectiveFrom: '2013-05-01',
    effectiveTo: '2020-12-31',
  },
  {
    code: 'quoc_te_lao_dong',
    name: 'Ngày Quốc tế Lao động (1/5)',
    anchor: solar(5, 1),
    legalSource: BLLD_2012,
    effectiveFrom: '2013-05-01',
    effectiveTo: '2020-12-31',
  },
  {
    code: 'quoc_khanh',
    name: 'Quốc khánh (2/9)',
    anchor: solar(9, 2),
    legalSource: BLLD_2012,
    effectiveFrom: '2013-05-01',
    effectiveTo: '2020-12-31',
  },
  {
    code: 'gio_to_hung_vuong',
    name: 'Giỗ Tổ Hùng Vương (10/3 âm lịch)',
    anchor: { kind: 'lunar', month: 3, day: 10, offsetDays: 0 },
    legalSource: BLLD_2012,
    effectiveFrom: '2013-05-01',
    effectiveTo: '2020-12-31',
  },
]

/** Saturday and Sunday are the weekly rest days of State agencies. */
export const WEEKLY_REST = {
  /** 0 = Sunday, 6 = Saturday. */
  weekdays: [6, 0] as readonly number[],
  legalSource: 'Quyết định 188/1999/QĐ-TTg (tuần làm việc 40 giờ); Bộ luật Lao động 2019, Điều 111',
  unconfirmed: 'Số hiệu văn bản về chế độ tuần làm việc 40 giờ chưa đối chiếu văn bản chính thức.',
} as const

/** Quốc khánh's adjacent day: 1/9 by default (configurable, the Government decides each year). */
export type NationalDayAdjacent = 'before' | 'after'

export type HolidayOptions = { nationalDayAdjacent?: NationalDayAdjacent }
