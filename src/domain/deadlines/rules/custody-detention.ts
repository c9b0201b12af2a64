// Custody (tạm giữ, BLTTHS 2015 Điều 118) and temporary detention for investigation
// (tạm giam, Điều 173). Both are clocks per person, separate from the investigation
// clock, and neither moves when its last day is a day off (DOMAIN.md §4.3, §4.8).
import { CUSTODY_COUNTING, DETENTION_COUNTING, hours, months } from '../counting.ts'
import type { DeadlineRule } from '../rule-types.ts'
import { BLTTHS, BLTTHS_IN_FORCE, NOT_CHECKED_AGAINST_2025, byCategory, fixed, step } from './helpers.ts'

const VKS = 'Viện kiểm sát có thẩm quyền'

export const CUSTODY_DETENTION_RULES: readonly DeadlineRule[] = [
  {
    code: 'BLTTHS_118_TAM_GIU',
    name: 'Thời hạn tạm giữ',
    article: 'Điều 118 BLTTHS 2015',
    legalSource: `${BLTTHS}, Điều 118`,
    effectiveFrom: BLTTHS_IN_FORCE,
    effectiveTo: null,
    startEvent: 'kể từ khi Cơ quan điều tra nhận người bị giữ',
    // 03 days, run by the clock from the moment the person is received; extended at most
    // twice by ≤ 03 days, each approved by the procuracy (which decides within 12 hours).
    base: fixed(hours(72)),
    extensions: fixed([
      step(hours(72), 'Người ra quyết định tạm giữ, Viện kiểm sát phê chuẩn'),
      step(hours(72), 'Người ra quyết định tạm giữ (trường hợp đặc biệt), Viện kiểm sát phê chuẩn'),
    ]),
    maxTotal: fixed(hours(216)),
    counting: CUSTODY_COUNTING,
    suspension: { kind: 'not_applicable' },
    unconfirmed: [
      { field: 'base', note: 'Điều 118 thuộc loại "law-text, not re-read": 03 ngày, gia hạn hai lần, mỗi lần ≤ 03 ngày — chưa đối chiếu văn bản chính thức.' },
      NOT_CHECKED_AGAINST_2025,
    ],
  },
  {
    code: 'BLTTHS_173_TAM_GIAM',
    name: 'Thời hạn tạm giam để điều tra (theo từng bị can)',
    article: 'Điều 173 BLTTHS 2015',
    legalSource: `${BLTTHS}, Điều 173`,
    confirmedBy: 'bảng tổng hợp của lvngroup.vn (DOMAIN.md §4.3); chưa đọc lại văn bản luật',
    effectiveFrom: BLTTHS_IN_FORCE,
    effectiveTo: null,
    startEvent: 'kể từ ngày bắt đầu tạm giam',
    // Khoản 2: 2 / 3 / 4 / 4 months.
    base: byCategory(months(2), months(3), months(4), months(4)),
    // Khoản 3: ít NT once ≤ 1m; NT once ≤ 2m; RNT once ≤ 3m; ĐBNT twice ≤ 4m each,
    // then the special extension by the Viện trưởng VKSNDTC (≤ 4m, giving the 16-month maximum).
    extensions: byCategory(
      [step(months(1), VKS)],
      [step(months(2), VKS)],
      [step(months(3), VKS)],
      [step(months(4), VKS), step(months(4), VKS), step(months(4), 'Viện trưởng VKSND tối cao (gia hạn đặc biệt)')],
    ),
    nationalSecurity: {
      notEncoded:
        'Tạm giam đối với tội xâm phạm an ninh quốc gia: bảng lvngroup cho tối đa 10 / 13 / 20 tháng (nghiêm trọng / rất nghiêm trọng / đặc biệt nghiêm trọng) nhưng chưa rõ số lần và độ dài từng lần gia hạn — chưa mã hoá.',
    },
    extensionRequestDaysBeforeExpiry: 10,
    maxTotal: byCategory(months(3), months(5), months(7), months(16)),
    counting: DETENTION_COUNTING,
    suspension: { kind: 'not_applicable' },
    unconfirmed: [
      { field: 'extensions', note: 'Giá trị lấy từ bảng tổng hợp thứ cấp (lvngroup.vn); văn bản Điều 173 chưa được đọc lại (DOMAIN.md §4.3).' },
      {
        field: 'extensions.dac_biet_nghiem_trong',
        note: 'Độ dài lần gia hạn đặc biệt (≤ 04 tháng) được suy ra từ mức tối đa 16 tháng; điều kiện áp dụng chưa xác minh.',
      },
      { field: 'extensionRequestDaysBeforeExpiry', note: 'Thời hạn đề nghị gia hạn ≥ 10 ngày trước khi hết hạn: law-text, chưa đọc lại.' },
      { field: 'extensions.grantedBy', note: 'Phân cấp thẩm quyền gia hạn giữa các cấp Viện kiểm sát chưa đọc lại.' },
      { field: 'start', note: 'Thời gian tạm giữ được trừ vào thời hạn tạm giam — chưa mã hoá; nhập ngày bắt đầu tạm giam đã trừ.' },
      NOT_CHECKED_AGAINST_2025,
    ],
  },
]
