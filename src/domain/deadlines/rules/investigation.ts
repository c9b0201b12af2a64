// BLTTHS 2015 Điều 172: investigation time limit, from opening the case to the end
// of the investigation [confirmed, DOMAIN.md §4.2]; Điều 174: the periods after the
// investigation is resumed (phục hồi điều tra) and of supplementary investigation
// (điều tra bổ sung) after a return by the procuracy or by the court.
import { CRIMINAL_COUNTING, months } from '../counting.ts'
import type { DeadlineRule } from '../rule-types.ts'
import { BLTTHS, BLTTHS_IN_FORCE, NOT_CHECKED_AGAINST_2025, byCategory, fixed, step } from './helpers.ts'

// Điều 174, as quoted by luatdaikim.com
// (http://luatdaikim.com/vi-VN/kien-thuc-hinh-su/quy-dinh-ve-thoi-han-phuc-hoi-dieu-tra-dieu-tra-bo-sung-dieu-tra-lai-19.html)
// and thuvienphapluat.vn (https://thuvienphapluat.vn/hoi-dap-phap-luat/5082A-hd-vks-tra-lai-ho-so-thi-thoi-han-dieu-tra-bo-sung-la-bao-lau.html):
// k1 "Trường hợp phục hồi điều tra quy định tại Điều 235 … thời hạn điều tra tiếp không quá
//    02 tháng đối với tội phạm ít nghiêm trọng, tội phạm nghiêm trọng và không quá 03 tháng
//    đối với tội phạm rất nghiêm trọng, tội phạm đặc biệt nghiêm trọng kể từ khi có quyết
//    định phục hồi điều tra …"; request "chậm nhất là 10 ngày trước khi hết thời hạn";
//    "a) ít nghiêm trọng … gia hạn điều tra một lần không quá 01 tháng; b) nghiêm trọng và
//    rất nghiêm trọng … một lần không quá 02 tháng; c) đặc biệt nghiêm trọng … một lần
//    không quá 03 tháng".
// k2 "Trường hợp vụ án do Viện kiểm sát trả lại để yêu cầu điều tra bổ sung thì thời hạn
//    điều tra bổ sung không quá 02 tháng; nếu do Tòa án trả lại … không quá 01 tháng. Viện
//    kiểm sát chỉ được trả lại hồ sơ để điều tra bổ sung hai lần. Thẩm phán chủ tọa phiên
//    tòa chỉ được trả hồ sơ để điều tra bổ sung một lần và Hội đồng xét xử chỉ được trả hồ
//    sơ để điều tra bổ sung một lần. Thời hạn điều tra bổ sung tính từ ngày Cơ quan điều tra
//    nhận lại hồ sơ vụ án và yêu cầu điều tra bổ sung." (The count limits are checked in
//    src/domain/register/prerequisites.ts.)
// k3 (điều tra lại, after a judgment is annulled) is not encoded: its text was not seen in
//    the stored sources and the register has no act for it yet.
// k4 "thời hạn tạm giam để phục hồi điều tra, điều tra bổ sung không được quá thời hạn phục
//    hồi điều tra, điều tra bổ sung quy định tại khoản 1 và khoản 2" (hinhsu.luatviet.co) —
//    detention in these periods belongs to the detention clocks (src/domain/register/clocks.ts).
const CONFIRMED_174 = 'luatdaikim.com, thuvienphapluat.vn trích Điều 174 BLTTHS 2015'
const START_174_2: { field: string; note: string } = {
  field: 'startEvent',
  note: 'Điều 174 khoản 2: thời hạn tính từ ngày Cơ quan điều tra nhận lại hồ sơ; sổ thụ lý tính từ ngày của quyết định trả hồ sơ (không muộn hơn ngày nhận), nên hạn tính ra không muộn hơn hạn luật định.',
}

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
    // Tạm đình chỉ điều tra (Điều 229) ends this period; phục hồi điều tra (Điều 235) does
    // not resume the time left but opens the period of Điều 174 khoản 1
    // (BLTTHS_174_PHUC_HOI_DIEU_TRA), a clock of its own (src/domain/register/clocks.ts).
    suspension: { kind: 'not_applicable' },
    unconfirmed: [
      NOT_CHECKED_AGAINST_2025,
      {
        field: 'extensions.grantedBy',
        note: 'Cấp Viện kiểm sát có thẩm quyền gia hạn từng lần chưa đối chiếu văn bản (DOMAIN.md §4.2).',
      },
      {
        field: 'nationalSecurity',
        note: 'Lần gia hạn thêm ≤ 04 tháng cho tội xâm phạm an ninh quốc gia chỉ được mã hoá cho tội đặc biệt nghiêm trọng (tối đa 24 tháng theo bảng lvngroup); phạm vi áp dụng cho các loại tội khác chưa xác minh.',
      },
    ],
  },
  {
    code: 'BLTTHS_174_PHUC_HOI_DIEU_TRA',
    name: 'Thời hạn điều tra tiếp sau khi phục hồi điều tra',
    article: 'Điều 174 BLTTHS 2015',
    legalSource: `${BLTTHS}, Điều 174 khoản 1`,
    confirmedBy: CONFIRMED_174,
    effectiveFrom: BLTTHS_IN_FORCE,
    effectiveTo: null,
    startEvent: 'kể từ khi có quyết định phục hồi điều tra',
    base: byCategory(months(2), months(2), months(3), months(3)),
    extensions: byCategory(
      [step(months(1), VKS)],
      [step(months(2), VKS)],
      [step(months(2), VKS)],
      [step(months(3), VKS)],
    ),
    extensionRequestDaysBeforeExpiry: 10,
    maxTotal: byCategory(months(3), months(4), months(5), months(6)),
    counting: CRIMINAL_COUNTING,
    // A new suspension ends this period too; a later resumption opens another one.
    suspension: { kind: 'not_applicable' },
    unconfirmed: [
      NOT_CHECKED_AGAINST_2025,
      {
        field: 'extensions.grantedBy',
        note: 'Thẩm quyền gia hạn theo khoản 5 Điều 172 (dẫn chiếu của Điều 174 khoản 1) chưa mã hoá theo từng cấp.',
      },
    ],
  },
  {
    code: 'BLTTHS_174_DIEU_TRA_BO_SUNG_VKS',
    name: 'Thời hạn điều tra bổ sung do Viện kiểm sát trả hồ sơ',
    article: 'Điều 174 BLTTHS 2015',
    legalSource: `${BLTTHS}, Điều 174 khoản 2`,
    confirmedBy: CONFIRMED_174,
    effectiveFrom: BLTTHS_IN_FORCE,
    effectiveTo: null,
    startEvent: 'kể từ ngày Viện kiểm sát trả hồ sơ để điều tra bổ sung (Điều 245)',
    base: fixed(months(2)),
    extensions: fixed([]),
    counting: CRIMINAL_COUNTING,
    suspension: { kind: 'not_applicable' },
    unconfirmed: [START_174_2, NOT_CHECKED_AGAINST_2025],
  },
  {
    code: 'BLTTHS_174_DIEU_TRA_BO_SUNG_TOA',
    name: 'Thời hạn điều tra bổ sung do Tòa án trả hồ sơ',
    article: 'Điều 174 BLTTHS 2015',
    legalSource: `${BLTTHS}, Điều 174 khoản 2`,
    confirmedBy: CONFIRMED_174,
    effectiveFrom: BLTTHS_IN_FORCE,
    effectiveTo: null,
    startEvent: 'kể từ ngày Tòa án trả hồ sơ để điều tra bổ sung (Điều 280)',
    base: fixed(months(1)),
    extensions: fixed([]),
    counting: CRIMINAL_COUNTING,
    suspension: { kind: 'not_applicable' },
    unconfirmed: [
      START_174_2,
      {
        field: 'start',
        note: 'Tòa án trả hồ sơ cho Viện kiểm sát; Viện kiểm sát có thể tự bổ sung hoặc chuyển cho Cơ quan điều tra — ngày Cơ quan điều tra nhận lại hồ sơ chưa được ghi riêng.',
      },
      NOT_CHECKED_AGAINST_2025,
    ],
  },
]
