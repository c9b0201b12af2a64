// Custody (tạm giữ, BLTTHS 2015 Điều 118) and temporary detention (tạm giam) at each stage:
// for investigation (Điều 173), for prosecution (Điều 241), for trial preparation (Điều 278)
// and after the first-instance judgment (Điều 329). All are clocks per person, separate from
// the stage's own clock; detention counts a month as 30 days and never moves when its last
// day is a day off (Điều 134 khoản 1 đoạn cuối; DOMAIN.md §4.3, §4.8).
import { CUSTODY_COUNTING, DETENTION_COUNTING, days, hours, months } from '../counting.ts'
import type { DeadlineRule } from '../rule-types.ts'
import { BLTTHS, BLTTHS_IN_FORCE, NOT_CHECKED_AGAINST_2025, byCategory, fixed, step } from './helpers.ts'

const VKS = 'Viện kiểm sát có thẩm quyền'
const VIEN_TRUONG = 'Viện trưởng Viện kiểm sát (gia hạn thời hạn quyết định việc truy tố)'
const CHANH_AN = 'Chánh án Tòa án (gia hạn thời hạn chuẩn bị xét xử)'

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
      {
        field: 'base',
        note: 'Điều 118 thuộc loại "law-text, not re-read": 03 ngày, gia hạn hai lần, mỗi lần ≤ 03 ngày — chưa đối chiếu văn bản chính thức.',
      },
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
      {
        field: 'extensions',
        note: 'Giá trị lấy từ bảng tổng hợp thứ cấp (lvngroup.vn); văn bản Điều 173 chưa được đọc lại (DOMAIN.md §4.3).',
      },
      {
        field: 'extensions.dac_biet_nghiem_trong',
        note: 'Độ dài lần gia hạn đặc biệt (≤ 04 tháng) được suy ra từ mức tối đa 16 tháng; điều kiện áp dụng chưa xác minh.',
      },
      {
        field: 'extensionRequestDaysBeforeExpiry',
        note: 'Thời hạn đề nghị gia hạn ≥ 10 ngày trước khi hết hạn: law-text, chưa đọc lại.',
      },
      { field: 'extensions.grantedBy', note: 'Phân cấp thẩm quyền gia hạn giữa các cấp Viện kiểm sát chưa đọc lại.' },
      {
        field: 'deductedDays',
        note: 'TTLT 04/2018 Điều 17 khoản 1: thời hạn tạm giữ được trừ vào thời hạn tạm giam. Khi tạm giam không liên tục với tạm giữ, sổ thụ lý trừ mỗi ngày bị giữ một lần (từ ngày tạm giữ đến ngày trả tự do, tính cả hai ngày) — cách đọc, chưa đối chiếu hướng dẫn.',
      },
      NOT_CHECKED_AGAINST_2025,
    ],
  },
  // Điều 241: the procuracy may order detention for prosecution; "thời hạn tạm giam không được
  // quá thời hạn quyết định việc truy tố quy định tại khoản 1 Điều 240" — 20 / 20 / 30 / 30
  // days, and the Viện trưởng's extension of khoản 1 (≤ 10 / 10 / 15 / 30 days) with it.
  {
    code: 'BLTTHS_241_TAM_GIAM_TRUY_TO',
    name: 'Thời hạn tạm giam để truy tố (theo từng bị can)',
    article: 'Điều 241 BLTTHS 2015',
    legalSource: `${BLTTHS}, Điều 241 (không quá thời hạn tại khoản 1 Điều 240)`,
    confirmedBy:
      'vietbao.vn (luật sư dẫn Điều 240, 241: tạm giam 20 ngày trùng thời hạn quyết định việc truy tố tội nghiêm trọng)',
    effectiveFrom: BLTTHS_IN_FORCE,
    effectiveTo: null,
    startEvent: 'kể từ ngày Viện kiểm sát ra lệnh tạm giam',
    base: byCategory(days(20), days(20), days(30), days(30)),
    extensions: byCategory(
      [step(days(10), VIEN_TRUONG)],
      [step(days(10), VIEN_TRUONG)],
      [step(days(15), VIEN_TRUONG)],
      [step(days(30), VIEN_TRUONG)],
    ),
    maxTotal: byCategory(days(30), days(30), days(45), days(60)),
    counting: DETENTION_COUNTING,
    suspension: { kind: 'not_applicable' },
    unconfirmed: [
      {
        field: 'base',
        note: 'Văn bản Điều 241 chưa đọc lại; mức "không quá thời hạn khoản 1 Điều 240" (kể cả gia hạn) lấy theo DOMAIN.md §4.4 và bình luận của luật sư.',
      },
      {
        field: 'start',
        note: 'Tính từ ngày ra lệnh tạm giam; nếu lệnh ghi ngày kết thúc thì theo ngày ghi trong lệnh (Điều 134 khoản 1). Thực tiễn tính lệnh mới "kể từ ngày tiếp theo ngày tạm giam cuối cùng của lệnh trước" (eli.com.vn, hướng dẫn cũ cho giai đoạn xét xử) chưa mã hoá: nhập ngày kết thúc ghi trong lệnh.',
      },
      NOT_CHECKED_AGAINST_2025,
    ],
  },
  // Điều 278 khoản 2: "Thời hạn tạm giam để chuẩn bị xét xử không được quá thời hạn chuẩn bị
  // xét xử quy định tại khoản 1 Điều 277" (vienkiemsat.cantho.gov.vn, luatintelico.com.vn):
  // 30 ngày / 45 ngày / 02 tháng / 03 tháng, plus the Chánh án's extension of ≤ 15 / 15 / 30 / 30
  // days. Counted as detention (01 tháng = 30 ngày): 30 / 45 / 60 / 90 days, at most 45 / 60 / 90 / 120.
  {
    code: 'BLTTHS_278_TAM_GIAM_XET_XU',
    name: 'Thời hạn tạm giam để chuẩn bị xét xử (theo từng bị cáo)',
    article: 'Điều 278 BLTTHS 2015',
    legalSource: `${BLTTHS}, Điều 278 khoản 2 (không quá thời hạn tại khoản 1 Điều 277)`,
    confirmedBy: 'vienkiemsat.cantho.gov.vn, luatintelico.com.vn (trích khoản 2 Điều 278)',
    effectiveFrom: BLTTHS_IN_FORCE,
    effectiveTo: null,
    startEvent: 'kể từ ngày Tòa án ra lệnh tạm giam',
    base: byCategory(days(30), days(45), days(60), days(90)),
    extensions: byCategory(
      [step(days(15), CHANH_AN)],
      [step(days(15), CHANH_AN)],
      [step(days(30), CHANH_AN)],
      [step(days(30), CHANH_AN)],
    ),
    maxTotal: byCategory(days(45), days(60), days(90), days(120)),
    counting: DETENTION_COUNTING,
    suspension: { kind: 'not_applicable' },
    unconfirmed: [
      {
        field: 'base',
        note: '02 tháng và 03 tháng của khoản 1 Điều 277 được tính là 60 và 90 ngày theo Điều 134 khoản 1 (01 tháng tạm giam = 30 ngày).',
      },
      {
        field: 'extensions',
        note: 'Khoản 3 Điều 278 (Hội đồng xét xử ra lệnh tạm giam đến khi kết thúc phiên tòa) chưa mã hoá.',
      },
      NOT_CHECKED_AGAINST_2025,
    ],
  },
  // Điều 329 khoản 3: "Thời hạn tạm giam bị cáo quy định tại khoản 1 và khoản 2 Điều này là 45
  // ngày kể từ ngày tuyên án" (thuvienphapluat.vn, luathoanganh.vn quoting the article).
  {
    code: 'BLTTHS_329_TAM_GIAM_SAU_XET_XU',
    name: 'Thời hạn tạm giam bị cáo sau khi tuyên án sơ thẩm',
    article: 'Điều 329 BLTTHS 2015',
    legalSource: `${BLTTHS}, Điều 329 khoản 3`,
    confirmedBy: 'thuvienphapluat.vn, luathoanganh.vn (trích Điều 329)',
    effectiveFrom: BLTTHS_IN_FORCE,
    effectiveTo: null,
    startEvent: 'kể từ ngày tuyên án',
    base: fixed(days(45)),
    extensions: fixed([]),
    counting: DETENTION_COUNTING,
    suspension: { kind: 'not_applicable' },
    unconfirmed: [
      {
        field: 'counting.countsStartDay',
        note: 'Ngày tuyên án được tính là ngày thứ nhất như mọi thời hạn tạm giam (TTLT 04/2018 Điều 17, thực tiễn VKSND Cao Bằng); chưa có văn bản riêng cho Điều 329.',
      },
      {
        field: 'closers',
        note: 'Tạm giam khi xét xử phúc thẩm (Điều 347) chưa mã hoá: khi có kháng cáo, kháng nghị, đồng hồ này đóng lại và cần lệnh của Tòa án cấp phúc thẩm.',
      },
      NOT_CHECKED_AGAINST_2025,
    ],
  },
  // A detention order ends on the day it states (Điều 134 khoản 1 đoạn cuối): by 24:00 of that
  // day the person must be released or held under a new order. The register opens this clock
  // when a detention clock is closed by the file changing hands (nhận hồ sơ, thụ lý, xét xử)
  // rather than by release; a new order or release meets it, nothing else does.
  {
    code: 'TAM_GIAM_KHONG_CO_LENH',
    name: 'Bị can, bị cáo đang bị tạm giam: phải có lệnh tạm giam mới hoặc trả tự do khi lệnh trước hết hạn',
    article: 'Điều 134 BLTTHS 2015',
    legalSource: `${BLTTHS}, Điều 134 khoản 1 đoạn cuối; Điều 241, 278, 329`,
    effectiveFrom: BLTTHS_IN_FORCE,
    effectiveTo: null,
    startEvent: 'tính đến hết ngày kết thúc ghi trong lệnh tạm giam trước',
    base: fixed(days(1)),
    extensions: fixed([]),
    counting: DETENTION_COUNTING,
    suspension: { kind: 'not_applicable' },
    unconfirmed: [
      {
        field: 'base',
        note: 'Không phải một thời hạn của luật mà là hệ quả của Điều 134 khoản 1: lệnh tạm giam hết hiệu lực vào ngày kết thúc ghi trong lệnh.',
      },
      NOT_CHECKED_AGAINST_2025,
    ],
  },
]

/**
 * The clocks of a person deprived of liberty — custody, detention at each stage, and an expired
 * order with no new one — for the lists that follow them apart from a matter's other limits.
 */
export const CUSTODY_DETENTION_RULE_CODES: readonly string[] = [...new Set(CUSTODY_DETENTION_RULES.map((r) => r.code))]
