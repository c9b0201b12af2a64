// Procuracy protests against first-instance civil (BLTTDS 2015 Điều 280, Điều 372)
// and administrative (LTTHC 2015 Điều 213) judgments and decisions (DOMAIN.md §4.7).
import { CIVIL_COUNTING, days, months, type Period } from '../counting.ts'
import type { DeadlineRule, UnconfirmedNote } from '../rule-types.ts'
import { BLTTDS, BLTTDS_IN_FORCE, LTTHC, LTTHC_IN_FORCE, fixed } from './helpers.ts'

const AMENDED_2025: UnconfirmedNote = {
  field: 'effectiveTo',
  note: 'Luật 85/2025/QH15 sửa đổi BLTTDS, LTTHC; chưa xác minh thời hạn này có thay đổi hay không (DOMAIN.md §4.7).',
}

type Row = { code: string; name: string; startEvent: string; base: Period }

const civil = ({ code, name, startEvent, base }: Row, article: string, clause?: string): DeadlineRule => ({
  code,
  name,
  article: `Điều ${article} BLTTDS 2015`,
  legalSource: `${BLTTDS}, Điều ${article}${clause ? ` ${clause}` : ''}`,
  confirmedBy:
    article === '280'
      ? 'luathoanganh.vn trích Điều 280 (DOMAIN.md §4.7)'
      : 'articlessubmissionservice.com (DOMAIN.md §4.7)',
  effectiveFrom: BLTTDS_IN_FORCE,
  effectiveTo: null,
  startEvent,
  base: fixed(base),
  extensions: fixed([]),
  counting: CIVIL_COUNTING,
  suspension: { kind: 'not_applicable' },
  unconfirmed: [AMENDED_2025],
})

const administrative = ({ code, name, startEvent, base }: Row): DeadlineRule => ({
  code,
  name,
  article: 'Điều 213 LTTHC 2015',
  legalSource: `${LTTHC}, Điều 213`,
  effectiveFrom: LTTHC_IN_FORCE,
  effectiveTo: null,
  startEvent,
  base: fixed(base),
  extensions: fixed([]),
  counting: CIVIL_COUNTING,
  suspension: { kind: 'not_applicable' },
  unconfirmed: [
    {
      field: 'base',
      note: 'Thời hạn như tố tụng dân sự (15 ngày / 01 tháng; quyết định 07 / 10 ngày): law-text, chưa đọc lại (DOMAIN.md §4.7).',
    },
    { field: 'article', note: 'Số hiệu Điều 213 LTTHC 2015 chưa đối chiếu văn bản chính thức.' },
    AMENDED_2025,
  ],
})

// Judgments: from pronouncement (or from receipt when the KSV did not attend the hearing);
// decisions to suspend or terminate: from the day the same-level procuracy receives them.
const JUDGMENT =
  'kể từ ngày tuyên án (ngày Viện kiểm sát cùng cấp nhận bản án nếu Kiểm sát viên không tham gia phiên tòa)'
const DECISION = 'kể từ ngày Viện kiểm sát cùng cấp nhận được quyết định'

const FIRST_INSTANCE: readonly Row[] = [
  { code: 'BAN_AN_CUNG_CAP', name: 'bản án sơ thẩm — Viện kiểm sát cùng cấp', startEvent: JUDGMENT, base: days(15) },
  {
    code: 'BAN_AN_CAP_TREN',
    name: 'bản án sơ thẩm — Viện kiểm sát cấp trên trực tiếp',
    startEvent: JUDGMENT,
    base: months(1),
  },
  {
    code: 'QUYET_DINH_CUNG_CAP',
    name: 'quyết định sơ thẩm — Viện kiểm sát cùng cấp',
    startEvent: DECISION,
    base: days(7),
  },
  {
    code: 'QUYET_DINH_CAP_TREN',
    name: 'quyết định sơ thẩm — Viện kiểm sát cấp trên trực tiếp',
    startEvent: DECISION,
    base: days(10),
  },
]

export const CIVIL_ADMINISTRATIVE_RULES: readonly DeadlineRule[] = [
  ...FIRST_INSTANCE.map((row) =>
    civil(
      { ...row, code: `BLTTDS_280_${row.code}`, name: `Thời hạn kháng nghị phúc thẩm ${row.name} (dân sự)` },
      '280',
      'khoản 1, 2',
    ),
  ),
  // Điều 372: decisions on civil matters (việc dân sự), 10 / 15 days from the decision.
  civil(
    {
      code: 'BLTTDS_372_CUNG_CAP',
      name: 'Thời hạn kháng nghị quyết định giải quyết việc dân sự — Viện kiểm sát cùng cấp',
      startEvent: 'kể từ ngày Tòa án ra quyết định',
      base: days(10),
    },
    '372',
  ),
  civil(
    {
      code: 'BLTTDS_372_CAP_TREN',
      name: 'Thời hạn kháng nghị quyết định giải quyết việc dân sự — Viện kiểm sát cấp trên trực tiếp',
      startEvent: 'kể từ ngày Tòa án ra quyết định',
      base: days(15),
    },
    '372',
  ),
  ...FIRST_INSTANCE.map((row) =>
    administrative({
      ...row,
      code: `LTTHC_213_${row.code}`,
      name: `Thời hạn kháng nghị phúc thẩm ${row.name} (hành chính)`,
    }),
  ),
]
