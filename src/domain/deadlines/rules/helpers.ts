// Small constructors that keep the rule tables readable.
import { STRICT_CRIMINAL_COUNTING, type Period } from '../counting.ts'
import type { ExtensionStep, PerCategory, ReadingSetting } from '../rule-types.ts'

export const fixed = <T>(value: T): PerCategory<T> => ({ fixed: value })

/** Values in the order: ít nghiêm trọng, nghiêm trọng, rất nghiêm trọng, đặc biệt nghiêm trọng. */
export const byCategory = <T>(
  itNghiemTrong: T,
  nghiemTrong: T,
  ratNghiemTrong: T,
  dacBietNghiemTrong: T,
): PerCategory<T> => ({
  byCategory: {
    it_nghiem_trong: itNghiemTrong,
    nghiem_trong: nghiemTrong,
    rat_nghiem_trong: ratNghiemTrong,
    dac_biet_nghiem_trong: dacBietNghiemTrong,
  },
})

export const step = (max: Period, grantedBy: string): ExtensionStep => ({ max, grantedBy })

export const BLTTHS = 'Bộ luật Tố tụng hình sự 2015 (101/2015/QH13, sửa đổi, bổ sung 2021, 2025)'
export const BLTTDS = 'Bộ luật Tố tụng dân sự 2015 (92/2015/QH13)'
export const LTTHC = 'Luật Tố tụng hành chính 2015 (93/2015/QH13)'

/** BLTTHS 2015 took effect on 01/01/2018; BLTTDS and LTTHC 2015 on 01/07/2016. */
export const BLTTHS_IN_FORCE = '2018-01-01'
export const BLTTDS_IN_FORCE = '2016-07-01'
export const LTTHC_IN_FORCE = '2016-07-01'

export const NOT_CHECKED_AGAINST_2025 = {
  field: 'effectiveTo',
  note: 'Chưa xác minh thời hạn này có bị sửa đổi bởi Luật 99/2025/QH15 hay không (DOMAIN.md §4).',
}

/**
 * The procuracy's own obligations (issue 9 item 6): where Điều 134 BLTTHS 2015 can be read
 * two ways, warnings and "on time" follow the strict reading — the safe date — and the
 * lenient one is shown beside it.
 */
export const STRICT_FOR_PROCURACY: ReadingSetting = {
  counts: 'strict',
  strict: STRICT_CRIMINAL_COUNTING,
  source:
    'Thiết lập của kiemsat: nghĩa vụ của Viện kiểm sát được cảnh báo và đánh giá đúng hạn theo cách đọc chặt Điều 134 BLTTHS 2015 (hạn an toàn); hạn theo cách đọc rộng được ghi kèm',
}
