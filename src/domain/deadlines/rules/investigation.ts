// BLTTHS 2015 Điều 172: investigation time limit, from opening the case to the end
// of the investigation [confirmed, DOMAIN.md §4.2].
import { CRIMINAL_COUNTING, months } from '../counting.ts'
import type { DeadlineRule } from '../rule-types.ts'
import { BLTTHS, BLTTHS_IN_FORCE, NOT_CHECKED_AGAINST_2025, byCategory, step } from './helpers.ts'

const VKS = 'Viện kiểm sát có thẩm quyền'
const VKSNDTC = 'Viện trưởng VKSND tối cao'

export const INVESTIGATION_RULES: readonly DeadlineRule[] = [
  {
    code: 'BLTTHS_172_DIEU_TRA',
    name: 'Thời hạn điều tra vụ án hình sự',
    article: 'Điều 172 BLTTHS 2015',
    legalSource: `${BLTTHS}, Điều 172`,
    confirmedBy: 'luatlvn.com, slclawfirm.vn, thuvienphapluat, bảng lvngroup (DOMAIN.md §4.2)',
    effectiveFrom: BLTTHS_IN_FORCE,
    effectiveTo: null,
    startEvent: 'kể từ khi khởi tố vụ án',
    // Khoản 1: 2 / 3 / 4 / 4 months.
    base: byCategory(months(2), months(3), months(4), months(4)),
    // Khoản 2–3: ít NT once ≤ 2m; NT twice ≤ 3m then ≤ 2m; RNT twice ≤ 4m each;
    // ĐBNT three times ≤ 4m each, then once more ≤ 4m by the Viện trưởng VKSNDTC.
    extensions: byCategory(
      [step(months(2), VKS)],
      [step(months(3), VKS), step(months(2), VKS)],
      [step(months(4), VKS), step(months(4), VKS)],
      [step(months(4), VKS), step(months(4), VKS), step(months(4), VKS), step(months(4), VKSNDTC)],
    ),
    // National security: the Viện trưởng VKSNDTC may add a further ≤ 4 months (24 months for ĐBNT).
    nationalSecurity: {
      extraExtensions: { dac_biet_nghiem_trong: [step(months(4), VKSNDTC)] },
      maxTotal: { dac_biet_nghiem_trong: months(24) },
    },
    extensionRequestDaysBeforeExpiry: 10,
    maxTotal: byCategory(months(4), months(8), months(12), months(20)),
    counting: CRIMINAL_COUNTING,
    // Tạm đình chỉ điều tra (Điều 229) stops the clock; this engine resumes the remaining time.
    suspension: { kind: 'remaining_time', source: 'Điều 229 BLTTHS 2015 (tạm đình chỉ điều tra)' },
    unconfirmed: [
      NOT_CHECKED_AGAINST_2025,
      { field: 'extensions.grantedBy', note: 'Cấp Viện kiểm sát có thẩm quyền gia hạn từng lần chưa đối chiếu văn bản (DOMAIN.md §4.2).' },
      {
        field: 'nationalSecurity',
        note: 'Lần gia hạn thêm ≤ 04 tháng cho tội xâm phạm an ninh quốc gia chỉ được mã hoá cho tội đặc biệt nghiêm trọng (tối đa 24 tháng theo bảng lvngroup); phạm vi áp dụng cho các loại tội khác chưa xác minh.',
      },
      {
        field: 'suspension',
        note: 'Thời hạn điều tra khi phục hồi điều tra, điều tra bổ sung, điều tra lại (Điều 174) chưa đối chiếu văn bản và chưa mã hoá; ở đây tính tiếp thời hạn còn lại. Số hiệu Điều 229 (tạm đình chỉ điều tra) chưa đối chiếu.',
      },
    ],
  },
]
