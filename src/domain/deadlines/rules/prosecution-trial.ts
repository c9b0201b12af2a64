// BLTTHS 2015 Điều 240 (deciding whether to prosecute) and Điều 277 (preparing the
// first-instance trial, a court deadline the procuracy supervises).
import { CRIMINAL_COUNTING, days, months } from '../counting.ts'
import type { DeadlineRule } from '../rule-types.ts'
import {
  BLTTHS,
  BLTTHS_IN_FORCE,
  NOT_CHECKED_AGAINST_2025,
  STRICT_FOR_PROCURACY,
  byCategory,
  fixed,
  step,
} from './helpers.ts'

const VIEN_TRUONG = 'Viện trưởng Viện kiểm sát'
const CHANH_AN = 'Chánh án Tòa án (thông báo cho Viện kiểm sát cùng cấp)'
const ACCEPTANCE_DAY_DISPUTED = {
  field: 'counting.countsStartDay',
  note: 'Việc tính hay không tính ngày thụ lý là ngày thứ nhất còn tranh luận trong thực tiễn (lsvn.vn, DOMAIN.md §4.5); mặc định không tính.',
}

export const PROSECUTION_TRIAL_RULES: readonly DeadlineRule[] = [
  {
    code: 'BLTTHS_240_TRUY_TO',
    name: 'Thời hạn quyết định việc truy tố',
    article: 'Điều 240 BLTTHS 2015',
    legalSource: `${BLTTHS}, Điều 240 khoản 1`,
    confirmedBy: 'hinhsu.luatviet.co, lawfirm.vn, luattoanquoc.com (DOMAIN.md §4.4)',
    effectiveFrom: BLTTHS_IN_FORCE,
    effectiveTo: null,
    startEvent: 'kể từ ngày nhận hồ sơ',
    // 20 days (ít NT, NT), 30 days (RNT, ĐBNT) from receiving the file and the investigation conclusion.
    base: byCategory(days(20), days(20), days(30), days(30)),
    // The Viện trưởng may extend once, by at most 10 / 10 / 15 / 30 days.
    extensions: byCategory(
      [step(days(10), VIEN_TRUONG)],
      [step(days(10), VIEN_TRUONG)],
      [step(days(15), VIEN_TRUONG)],
      [step(days(30), VIEN_TRUONG)],
    ),
    maxTotal: byCategory(days(30), days(30), days(45), days(60)),
    counting: CRIMINAL_COUNTING,
    reading: STRICT_FOR_PROCURACY,
    suspension: { kind: 'not_applicable' },
    unconfirmed: [NOT_CHECKED_AGAINST_2025],
  },
  {
    code: 'BLTTHS_277_CHUAN_BI_XET_XU',
    name: 'Thời hạn chuẩn bị xét xử sơ thẩm',
    article: 'Điều 277 BLTTHS 2015',
    legalSource: `${BLTTHS}, Điều 277 khoản 1`,
    confirmedBy: 'baodongkhoi.vn, lsvn.vn (DOMAIN.md §4.5)',
    effectiveFrom: BLTTHS_IN_FORCE,
    effectiveTo: null,
    startEvent: 'kể từ ngày thụ lý vụ án',
    base: byCategory(days(30), days(45), months(2), months(3)),
    // Complex cases: the Chánh án may extend by ≤ 15 days (ít NT, NT) or ≤ 30 days (RNT, ĐBNT).
    extensions: byCategory(
      [step(days(15), CHANH_AN)],
      [step(days(15), CHANH_AN)],
      [step(days(30), CHANH_AN)],
      [step(days(30), CHANH_AN)],
    ),
    counting: CRIMINAL_COUNTING,
    suspension: { kind: 'not_applicable' },
    unconfirmed: [ACCEPTANCE_DAY_DISPUTED, NOT_CHECKED_AGAINST_2025],
  },
  {
    code: 'BLTTHS_277_SAU_DIEU_TRA_BO_SUNG',
    name: 'Thời hạn quyết định đưa vụ án ra xét xử sau khi nhận lại hồ sơ điều tra bổ sung',
    article: 'Điều 277 BLTTHS 2015',
    legalSource: `${BLTTHS}, Điều 277 khoản 1`,
    confirmedBy: 'baodongkhoi.vn, lsvn.vn (DOMAIN.md §4.5)',
    effectiveFrom: BLTTHS_IN_FORCE,
    effectiveTo: null,
    startEvent: 'kể từ ngày nhận lại hồ sơ',
    base: fixed(days(15)),
    extensions: fixed([]),
    counting: CRIMINAL_COUNTING,
    suspension: { kind: 'not_applicable' },
    unconfirmed: [NOT_CHECKED_AGAINST_2025],
  },
  {
    code: 'BLTTHS_277_MO_PHIEN_TOA',
    name: 'Thời hạn mở phiên tòa sơ thẩm',
    article: 'Điều 277 BLTTHS 2015',
    legalSource: `${BLTTHS}, Điều 277 khoản 2`,
    confirmedBy: 'baodongkhoi.vn, lsvn.vn (DOMAIN.md §4.5)',
    effectiveFrom: BLTTHS_IN_FORCE,
    effectiveTo: null,
    startEvent: 'kể từ ngày có quyết định đưa vụ án ra xét xử',
    // 15 days; 30 days in case of force majeure or objective obstacles — modelled as one
    // "extension" of ≤ 15 days so the 30-day ceiling is checked like any other.
    base: fixed(days(15)),
    extensions: fixed([step(days(15), 'Tòa án (do sự kiện bất khả kháng hoặc trở ngại khách quan)')]),
    maxTotal: fixed(days(30)),
    counting: CRIMINAL_COUNTING,
    suspension: { kind: 'not_applicable' },
    unconfirmed: [NOT_CHECKED_AGAINST_2025],
  },
]
