// Procuracy protests in criminal cases: appeal protest against a first-instance
// judgment or decision (BLTTHS 2015 Điều 337) and cassation against the convicted
// person (Điều 379). No extensions: the limits are fixed (DOMAIN.md §4.6).
import { CRIMINAL_COUNTING, days, years, type Period } from '../counting.ts'
import type { DeadlineRule, UnconfirmedNote } from '../rule-types.ts'
import { BLTTHS, BLTTHS_IN_FORCE, NOT_CHECKED_AGAINST_2025, STRICT_FOR_PROCURACY, fixed } from './helpers.ts'

const SUPERIOR_AFTER_2025: UnconfirmedNote = {
  field: 'name',
  note: 'Sau cải cách 2025, Viện kiểm sát "cấp trên trực tiếp" (nhất là với bản án của Tòa án cấp tỉnh) chưa xác minh (DOMAIN.md §4.6).',
}
const START_DEBATED: UnconfirmedNote = {
  field: 'startEvent',
  note: 'Thực tiễn còn tranh luận về ngày bắt đầu tính khi Viện kiểm sát nhận bản án muộn (Điều 262; tailieuthamkhao.com).',
}

const appeal = (
  code: string,
  name: string,
  startEvent: string,
  base: Period,
  unconfirmed: UnconfirmedNote[],
): DeadlineRule => ({
  code,
  name,
  article: 'Điều 337 BLTTHS 2015',
  legalSource: `${BLTTHS}, Điều 337 khoản 1`,
  confirmedBy: 'văn bản Điều 337 trích trên trang hỏi đáp thuvienphapluat (DOMAIN.md §4.6)',
  effectiveFrom: BLTTHS_IN_FORCE,
  effectiveTo: null,
  startEvent,
  base: fixed(base),
  extensions: fixed([]),
  counting: CRIMINAL_COUNTING,
  reading: STRICT_FOR_PROCURACY,
  suspension: { kind: 'not_applicable' },
  unconfirmed: [...unconfirmed, NOT_CHECKED_AGAINST_2025],
})

const PRONOUNCED = 'kể từ ngày tuyên án'
const DECIDED = 'kể từ ngày Tòa án ra quyết định'

export const CRIMINAL_PROTEST_RULES: readonly DeadlineRule[] = [
  appeal(
    'BLTTHS_337_BAN_AN_CUNG_CAP',
    'Thời hạn kháng nghị phúc thẩm bản án sơ thẩm của Viện kiểm sát cùng cấp',
    PRONOUNCED,
    days(15),
    [START_DEBATED],
  ),
  appeal(
    'BLTTHS_337_BAN_AN_CAP_TREN',
    'Thời hạn kháng nghị phúc thẩm bản án sơ thẩm của Viện kiểm sát cấp trên trực tiếp',
    PRONOUNCED,
    days(30),
    [START_DEBATED, SUPERIOR_AFTER_2025],
  ),
  appeal(
    'BLTTHS_337_QUYET_DINH_CUNG_CAP',
    'Thời hạn kháng nghị phúc thẩm quyết định sơ thẩm của Viện kiểm sát cùng cấp',
    DECIDED,
    days(7),
    [],
  ),
  appeal(
    'BLTTHS_337_QUYET_DINH_CAP_TREN',
    'Thời hạn kháng nghị phúc thẩm quyết định sơ thẩm của Viện kiểm sát cấp trên trực tiếp',
    DECIDED,
    days(15),
    [SUPERIOR_AFTER_2025],
  ),
  {
    code: 'BLTTHS_379_GIAM_DOC_THAM',
    name: 'Thời hạn kháng nghị giám đốc thẩm theo hướng không có lợi cho người bị kết án',
    article: 'Điều 379 BLTTHS 2015',
    legalSource: `${BLTTHS}, Điều 379 khoản 1`,
    confirmedBy: 'thukyluat.vn (DOMAIN.md §4.6)',
    effectiveFrom: BLTTHS_IN_FORCE,
    effectiveTo: null,
    startEvent: 'kể từ ngày bản án, quyết định có hiệu lực pháp luật',
    // Against the convicted person: only within 1 year. In their favour: at any time (no deadline).
    base: fixed(years(1)),
    extensions: fixed([]),
    counting: CRIMINAL_COUNTING,
    reading: STRICT_FOR_PROCURACY,
    suspension: { kind: 'not_applicable' },
    unconfirmed: [
      {
        field: 'counting',
        note: 'Áp dụng quy tắc chuyển sang ngày làm việc tiếp theo cho thời hạn tính theo năm là cách hiểu chung, chưa đối chiếu.',
      },
      NOT_CHECKED_AGAINST_2025,
    ],
  },
]
