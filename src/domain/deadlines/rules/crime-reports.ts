// BLTTHS 2015 Điều 147: time to resolve a crime report, denunciation or
// recommendation to prosecute (giải quyết nguồn tin về tội phạm) [confirmed, DOMAIN.md §4.1].
import { CRIMINAL_COUNTING, days, months } from '../counting.ts'
import type { DeadlineRule } from '../rule-types.ts'
import { BLTTHS, BLTTHS_IN_FORCE, NOT_CHECKED_AGAINST_2025, STRICT_FOR_PROCURACY, fixed, step } from './helpers.ts'

const common = {
  article: 'Điều 147 BLTTHS 2015',
  confirmedBy: 'luatsugioitphcm.vn trích Điều 147 (DOMAIN.md §4.1)',
  effectiveFrom: BLTTHS_IN_FORCE,
  effectiveTo: null,
  startEvent: 'kể từ ngày tiếp nhận tố giác, tin báo về tội phạm, kiến nghị khởi tố',
  // Khoản 2: one extension of at most 2 months by the Viện trưởng of the procuracy,
  // requested in writing at least 5 days before expiry.
  extensions: fixed([step(months(2), 'Viện trưởng VKS cùng cấp hoặc VKS có thẩm quyền')]),
  extensionRequestDaysBeforeExpiry: 5,
  counting: CRIMINAL_COUNTING,
  // Điều 148 (tạm đình chỉ) and Điều 149 (phục hồi): after resumption the report is
  // resolved within at most 1 month from the resumption decision [confirmed, Công báo 617–618/2022].
  suspension: { kind: 'fresh_period', period: months(1), source: 'Điều 148, 149 BLTTHS 2015' },
} as const

export const CRIME_REPORT_RULES: readonly DeadlineRule[] = [
  {
    ...common,
    code: 'BLTTHS_147_NGUON_TIN',
    name: 'Thời hạn giải quyết tố giác, tin báo về tội phạm, kiến nghị khởi tố',
    // Khoản 1: 20 days and the decisions that end it; khoản 2: the extension.
    legalSource: `${BLTTHS}, Điều 147 khoản 1, 2`,
    base: fixed(days(20)),
    // A limit in days: Điều 134 leaves day 1 and the day-off move open, so it is read both ways.
    reading: STRICT_FOR_PROCURACY,
    unconfirmed: [
      NOT_CHECKED_AGAINST_2025,
      {
        field: 'extensions',
        note: 'Gia hạn ngay sau thời hạn 20 ngày (không qua bước kéo dài 02 tháng) là cách đọc khoản 2; thực tiễn thường gia hạn sau thời hạn 02 tháng.',
      },
    ],
  },
  {
    ...common,
    code: 'BLTTHS_147_NGUON_TIN_PHUC_TAP',
    name: 'Thời hạn giải quyết nguồn tin về tội phạm (vụ việc phức tạp, xác minh tại nhiều nơi)',
    legalSource: `${BLTTHS}, Điều 147 khoản 2`,
    // Many complex circumstances, or verification at several places: up to 2 months. A limit
    // in months is read one way: Điều 134 fixes its end (the same-numbered day) and the day-off move.
    base: fixed(months(2)),
    maxTotal: fixed(months(4)),
    unconfirmed: [NOT_CHECKED_AGAINST_2025],
  },
]
