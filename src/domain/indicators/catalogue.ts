// The indicators kiemsat ships (DOMAIN.md §3). Formulas follow §3.2: the crime-report rates are
// the VKSNDTC appendix's confirmed formulas; the others use the general convention "number
// meeting the condition ÷ number handled in the period". Every target value DOMAIN.md marks
// unconfirmed is shipped with `unconfirmed: true` and that note; administrators replace targets
// with dated rows (indicator_targets) without a code change.
import type { EventType } from '@/domain/register/event-types.ts'
import type { EventWindow, IndicatorDefinition, SetExpression, Target } from './definition.ts'

const NQ96 = 'Nghị quyết số 96/2019/QH14 ngày 27/11/2019 của Quốc hội'
const QD358 = 'Quyết định số 358/QĐ-VKSTC ngày 23/9/2025 (Hệ thống chỉ tiêu thống kê đánh giá nghiệp vụ)'
const APPENDIX_2012 = 'Phụ lục "Một số chỉ tiêu cơ bản đánh giá kết quả công tác nghiệp vụ" của VKSNDTC (2012)'
const UNCONFIRMED = 'Giá trị nhớ lại, chưa đối chiếu văn bản chính thức (DOMAIN.md §3.1); cần kiểm tra trước khi dùng.'
const NOT_FOUND =
  'Chưa tìm thấy giá trị chỉ tiêu trong văn bản (DOMAIN.md §3.1, §3.3); tạm so sánh với cùng kỳ năm trước.'

const event = (
  types: readonly EventType[],
  window: EventWindow,
  where?: { field: string; equals: string | number | boolean }[],
): SetExpression => ({
  event: where ? { types, window, where } : { types, window },
})
const all = (...items: SetExpression[]): SetExpression => ({ all: items })
const any = (...items: SetExpression[]): SetExpression => ({ any: items })
const not = (item: SetExpression): SetExpression => ({ not: item })

const target = (
  comparison: Target['comparison'],
  value: number | null,
  legalSource: string,
  note: string | null,
  unconfirmed = true,
): Target => ({
  comparison,
  value,
  unconfirmed,
  legalSource,
  note,
})

// ── Crime reports (BLTTHS Art. 147; formulas: DOMAIN.md §3.2) ──────────────────────────────
/** Art. 147(1) decisions: institute, not institute; plus administrative handling ("and similar"). */
const REPORT_DECIDED: EventType[] = ['report_case_instituted', 'report_not_instituted', 'report_administrative']
/** Still to be resolved when the period opened: received earlier, not decided or transferred, not left suspended. */
const reportCarriedOver = all(
  event(['report_received'], 'before_start'),
  not(event([...REPORT_DECIDED, 'report_transferred'], 'before_start')),
  any(
    not(event(['report_suspended'], 'before_start')),
    event(['report_resumed'], 'before_start'),
    event(['report_resumed'], 'in_period'),
  ),
)
/** Reports the procuracy must see resolved in the period: carried over plus newly received, less those transferred away. */
const reportsToResolve = all(
  any(reportCarriedOver, event(['report_received'], 'in_period')),
  not(event(['report_transferred'], 'in_period')),
)
/** Tạm đình chỉ (Art. 148) is one of the three decisions of Art. 147(1), so it counts as resolved. */
const reportResolvedInPeriod = any(event(REPORT_DECIDED, 'in_period'), event(['report_suspended'], 'in_period'))
const reportsUnresolved = all(reportsToResolve, not(reportResolvedInPeriod))

const REPORT_RULES = ['BLTTHS_147_NGUON_TIN', 'BLTTHS_147_NGUON_TIN_PHUC_TAP']

// ── Trials and protests ──────────────────────────────────────────────────────────────────
const VERDICTS = ['convicted_as_charged', 'convicted_other_charge', 'acquitted'] as const
const tried = any(
  ...VERDICTS.map((verdict) => event(['first_instance_trial'], 'in_period', [{ field: 'verdict', equals: verdict }])),
)
/** Withdrawn protests are left out: the court did not rule on them (whether they count is unconfirmed, DOMAIN.md §3.2). */
const protestRuled = any(
  ...(['accepted', 'partly_accepted', 'rejected'] as const).map((outcome) =>
    event(['protest_outcome'], 'in_period', [{ field: 'outcome', equals: outcome }]),
  ),
)
const protestAccepted = any(
  ...(['accepted', 'partly_accepted'] as const).map((outcome) =>
    event(['protest_outcome'], 'in_period', [{ field: 'outcome', equals: outcome }]),
  ),
)

const HEARINGS: EventType[] = ['first_instance_trial', 'appellate_trial', 'hearing_attended']

const base = { version: 1, effectiveFrom: '2019-12-01', effectiveTo: null } as const

const protestIndicator = (
  kind: 'criminal_case' | 'civil' | 'administrative',
  code: string,
  label: string,
): IndicatorDefinition => ({
  ...base,
  code,
  name: `Tỷ lệ kháng nghị được Tòa án chấp nhận (${label})`,
  shortName: `Được chấp nhận (${label})`,
  group: kind === 'criminal_case' ? 'appeals' : 'civil_administrative',
  unitOfCount: 'matter',
  kinds: [kind],
  numerator: { label: 'Số vụ có kháng nghị được chấp nhận (toàn bộ hoặc một phần)', set: protestAccepted },
  denominator: { label: 'Số vụ có kháng nghị đã được Tòa án giải quyết', set: protestRuled },
  carriesOver: false,
  exclusions: 'Không tính kháng nghị đã rút.',
  better: 'higher',
  defaultTarget: target('>', 70, NQ96, UNCONFIRMED),
  legalSource: `${NQ96}; ${QD358}`,
  note: 'Đếm theo vụ; gồm kháng nghị phúc thẩm và giám đốc thẩm, tái thẩm.',
})

export const INDICATOR_CATALOGUE: readonly IndicatorDefinition[] = [
  {
    ...base,
    code: 'TIN_BAO_THU_LY',
    name: 'Tố giác, tin báo về tội phạm, kiến nghị khởi tố phải kiểm sát việc giải quyết',
    shortName: 'Phải giải quyết',
    group: 'crime_reports',
    unitOfCount: 'matter',
    kinds: ['crime_report'],
    numerator: {
      label: 'Số tin kỳ trước chuyển sang và mới thụ lý',
      set: any(reportCarriedOver, event(['report_received'], 'in_period')),
    },
    denominator: null,
    carriesOver: true,
    exclusions: null,
    better: 'higher',
    defaultTarget: null,
    legalSource: `${NQ96} (100% tố giác, tin báo được kiểm sát ngay từ khi tiếp nhận); ${QD358}`,
    note: 'Số liệu nền của các chỉ tiêu về tin báo; mọi tin trong sổ thụ lý đều được kiểm sát từ khi tiếp nhận.',
  },
  {
    ...base,
    code: 'TIN_BAO_GIAI_QUYET',
    name: 'Tỷ lệ giải quyết tố giác, tin báo về tội phạm, kiến nghị khởi tố',
    shortName: 'Tỷ lệ giải quyết',
    group: 'crime_reports',
    unitOfCount: 'matter',
    kinds: ['crime_report'],
    numerator: { label: 'Số tin đã giải quyết trong kỳ', set: all(reportsToResolve, reportResolvedInPeriod) },
    denominator: {
      label: 'Số tin phải giải quyết (kỳ trước chuyển sang và mới thụ lý, trừ tin đã chuyển cơ quan khác)',
      set: reportsToResolve,
    },
    carriesOver: true,
    exclusions: 'Trừ tin đã chuyển cho cơ quan khác giải quyết.',
    better: 'higher',
    defaultTarget: target('>', 90, NQ96, UNCONFIRMED),
    legalSource: `${APPENDIX_2012}; ${NQ96}; Điều 147 BLTTHS 2015`,
    note: 'Đã giải quyết: quyết định khởi tố, không khởi tố, tạm đình chỉ (Điều 147 khoản 1 BLTTHS) hoặc chuyển xử lý hành chính.',
  },
  {
    ...base,
    code: 'TIN_BAO_QUA_HAN',
    name: 'Tỷ lệ tố giác, tin báo về tội phạm, kiến nghị khởi tố quá hạn giải quyết',
    shortName: 'Tỷ lệ quá hạn',
    group: 'crime_reports',
    unitOfCount: 'matter',
    kinds: ['crime_report'],
    numerator: {
      label: 'Số tin quá hạn chưa giải quyết cuối kỳ',
      set: all(reportsUnresolved, { deadline: { rules: REPORT_RULES, outcome: 'overdue_at_end' } }),
    },
    denominator: { label: 'Số tin chưa giải quyết cuối kỳ', set: reportsUnresolved },
    carriesOver: true,
    exclusions: 'Trừ tin đã chuyển cho cơ quan khác giải quyết.',
    better: 'lower',
    defaultTarget: target('=', 0, 'Yêu cầu không để tin báo quá hạn (Điều 147 BLTTHS 2015)', UNCONFIRMED),
    legalSource: `${APPENDIX_2012}; Điều 147 BLTTHS 2015`,
    note: 'Tin quá hạn là tập con của tin chưa giải quyết (DOMAIN.md §3.2). Hạn giải quyết tính theo gia hạn đã ghi nhận đến nay.',
  },
  {
    ...base,
    code: 'TRUY_TO_DUNG_HAN',
    name: 'Tỷ lệ truy tố đúng thời hạn',
    shortName: 'Đúng thời hạn',
    group: 'prosecution',
    unitOfCount: 'matter',
    kinds: ['criminal_case'],
    numerator: {
      label: 'Số vụ truy tố trong thời hạn Điều 240 BLTTHS',
      set: all(event(['indicted'], 'in_period'), {
        deadline: { rules: ['BLTTHS_240_TRUY_TO'], outcome: 'met_in_period', closedBy: ['indicted'] },
      }),
    },
    denominator: { label: 'Số vụ đã truy tố trong kỳ', set: event(['indicted'], 'in_period') },
    carriesOver: false,
    exclusions: null,
    better: 'higher',
    defaultTarget: target(
      '=',
      100,
      NQ96,
      'Báo cáo kết quả 100% là số liệu thực hiện; giá trị chỉ tiêu chưa được xác nhận (DOMAIN.md §3.1).',
    ),
    legalSource: `${NQ96}; Điều 240 BLTTHS 2015`,
    note: 'Đếm theo vụ.',
  },
  {
    ...base,
    code: 'TRUY_TO_DUNG_TOI_DANH',
    name: 'Tỷ lệ truy tố đúng tội danh',
    shortName: 'Đúng tội danh',
    group: 'prosecution',
    unitOfCount: 'person',
    kinds: ['criminal_case'],
    numerator: {
      label: 'Số bị cáo Tòa án xét xử đúng tội danh Viện kiểm sát truy tố',
      set: event(['first_instance_trial'], 'in_period', [{ field: 'verdict', equals: 'convicted_as_charged' }]),
    },
    denominator: { label: 'Số bị cáo đã xét xử sơ thẩm trong kỳ', set: tried },
    carriesOver: false,
    exclusions: null,
    better: 'higher',
    defaultTarget: target('>=', 98, NQ96, UNCONFIRMED),
    legalSource: NQ96,
    note: 'Đếm theo người (bị cáo); so sánh tội danh trong bản án sơ thẩm với cáo trạng.',
  },
  {
    ...base,
    code: 'TUYEN_KHONG_PHAM_TOI',
    name: 'Số bị cáo Tòa án tuyên không phạm tội',
    shortName: 'Tuyên không phạm tội',
    group: 'trial',
    unitOfCount: 'person',
    kinds: ['criminal_case'],
    numerator: {
      label: 'Số bị cáo được tuyên không phạm tội',
      set: event(['first_instance_trial'], 'in_period', [{ field: 'verdict', equals: 'acquitted' }]),
    },
    denominator: null,
    carriesOver: false,
    exclusions: null,
    better: 'lower',
    defaultTarget: target(
      '=',
      0,
      'Yêu cầu của Ngành: không để xảy ra trường hợp Tòa án tuyên bị cáo không phạm tội',
      'Chỉ tiêu âm; giá trị chưa đối chiếu văn bản (DOMAIN.md §10.1 mục 14).',
    ),
    legalSource: QD358,
    note: 'Chỉ tiêu âm (DOMAIN.md §10.1 mục 14): phải báo cáo.',
  },
  {
    ...base,
    code: 'TRA_HO_SO_DTBS',
    // The procuracy's own returns (Điều 245); the court's (Điều 280) are a different act and the
    // next indicator. Điều 174 khoản 2 lets each return a file at most twice.
    name: 'Số vụ Viện kiểm sát trả hồ sơ để điều tra bổ sung',
    shortName: 'VKS trả hồ sơ',
    group: 'prosecution',
    unitOfCount: 'matter',
    kinds: ['criminal_case'],
    numerator: {
      label: 'Số vụ Viện kiểm sát trả hồ sơ để điều tra bổ sung trong kỳ',
      set: event(['returned_for_investigation'], 'in_period'),
    },
    denominator: null,
    carriesOver: false,
    exclusions: null,
    better: 'lower',
    defaultTarget: target(
      'lower_than_last_year',
      null,
      NQ96,
      'Yêu cầu giảm số vụ trả hồ sơ; chỉ tiêu định lượng chưa được xác nhận (DOMAIN.md §3.1).',
    ),
    legalSource: `${NQ96}; Điều 245 BLTTHS 2015`,
    note: 'Chỉ tiêu âm; đếm theo vụ. Không gồm các lần Tòa án trả hồ sơ (chỉ tiêu “Số vụ Tòa án trả hồ sơ để điều tra bổ sung”).',
  },
  {
    ...base,
    code: 'TOA_TRA_HO_SO_DTBS',
    name: 'Số vụ Tòa án trả hồ sơ để điều tra bổ sung',
    shortName: 'Tòa án trả hồ sơ',
    group: 'prosecution',
    unitOfCount: 'matter',
    kinds: ['criminal_case'],
    numerator: {
      label: 'Số vụ Tòa án trả hồ sơ để điều tra bổ sung trong kỳ',
      set: event(['court_returned_for_investigation'], 'in_period'),
    },
    denominator: null,
    carriesOver: false,
    exclusions: null,
    better: 'lower',
    defaultTarget: target(
      'lower_than_last_year',
      null,
      NQ96,
      'Yêu cầu giảm số vụ Tòa án trả hồ sơ để điều tra bổ sung; chỉ tiêu định lượng chưa được xác nhận (DOMAIN.md §3.1).',
    ),
    legalSource: `${NQ96}; Điều 280 BLTTHS 2015`,
    note: 'Chỉ tiêu âm; đếm theo vụ. Hồ sơ do Thẩm phán chủ tọa (Điều 280) hoặc Hội đồng xét xử trả; không gồm các lần Viện kiểm sát tự trả (chỉ tiêu “Số vụ Viện kiểm sát trả hồ sơ để điều tra bổ sung”).',
  },
  protestIndicator('criminal_case', 'KHANG_NGHI_HS_CHAP_NHAN', 'hình sự'),
  protestIndicator('civil', 'KHANG_NGHI_DS_CHAP_NHAN', 'dân sự'),
  protestIndicator('administrative', 'KHANG_NGHI_HC_CHAP_NHAN', 'hành chính'),
  {
    ...base,
    code: 'KIEN_NGHI_CHAP_NHAN',
    name: 'Tỷ lệ kiến nghị được tiếp thu, chấp nhận',
    shortName: 'Được tiếp thu, chấp nhận',
    group: 'recommendations',
    unitOfCount: 'matter',
    kinds: ['criminal_case', 'civil', 'administrative'],
    numerator: {
      label: 'Số vụ có kiến nghị được chấp nhận',
      set: event(['recommendation_outcome'], 'in_period', [{ field: 'accepted', equals: true }]),
    },
    denominator: {
      label: 'Số vụ có kiến nghị đã có kết quả thực hiện',
      set: event(['recommendation_outcome'], 'in_period'),
    },
    carriesOver: false,
    exclusions: null,
    better: 'higher',
    defaultTarget: target('higher_than_last_year', null, NQ96, NOT_FOUND),
    legalSource: NQ96,
    note: 'Đếm theo vụ có kiến nghị.',
  },
  {
    ...base,
    code: 'PHIEN_TOA_RUT_KINH_NGHIEM',
    name: 'Số phiên tòa rút kinh nghiệm',
    shortName: 'Rút kinh nghiệm',
    group: 'trial',
    unitOfCount: 'matter',
    kinds: ['criminal_case', 'civil', 'administrative'],
    numerator: {
      label: 'Số vụ có phiên tòa rút kinh nghiệm trong kỳ',
      set: event(HEARINGS, 'in_period', [{ field: 'modelHearing', equals: true }]),
    },
    denominator: null,
    carriesOver: false,
    exclusions: null,
    better: 'higher',
    defaultTarget: target(
      'higher_than_last_year',
      null,
      'Hướng dẫn 09/HD-VKSTC (2019), Hướng dẫn 32/HD-VKSTC (2018)',
      'Ngành giao chỉ tiêu số phiên tòa rút kinh nghiệm; công thức chưa được xác nhận (DOMAIN.md §3.3, §8.4).',
    ),
    legalSource: 'Hướng dẫn 09/HD-VKSTC (2019); Hướng dẫn 32/HD-VKSTC (30/11/2018)',
    note: 'Đếm theo vụ (một vụ có nhiều phiên tính một).',
  },
  {
    ...base,
    code: 'XET_XU_TRUC_TUYEN',
    name: 'Số vụ xét xử, phiên họp trực tuyến',
    shortName: 'Xét xử trực tuyến',
    group: 'trial',
    unitOfCount: 'matter',
    kinds: ['criminal_case', 'civil', 'administrative'],
    numerator: {
      label: 'Số vụ có phiên tòa trực tuyến trong kỳ',
      set: event(HEARINGS, 'in_period', [{ field: 'online', equals: true }]),
    },
    denominator: null,
    carriesOver: false,
    exclusions: null,
    better: 'higher',
    defaultTarget: target('higher_than_last_year', null, 'Nghị quyết số 33/2021/QH15', NOT_FOUND),
    legalSource: 'Nghị quyết số 33/2021/QH15 (hiệu lực 01/01/2022)',
    note: 'Đếm theo vụ.',
    effectiveFrom: '2022-01-01',
  },
  {
    ...base,
    code: 'THU_HOI_TAI_SAN',
    name: 'Tỷ lệ thu hồi tiền, tài sản bị chiếm đoạt, thất thoát',
    shortName: 'Tỷ lệ thu hồi',
    group: 'enforcement',
    unitOfCount: 'vnd',
    kinds: ['criminal_case'],
    numerator: {
      label: 'Số tiền, tài sản đã thu hồi (lũy kế đến cuối kỳ)',
      set: all(
        event(['assets_to_recover'], 'by_end'),
        any(event(['assets_to_recover'], 'in_period'), event(['assets_recovered'], 'in_period')),
      ),
      sum: { types: ['assets_recovered'], window: 'by_end', field: 'amountVnd' },
    },
    denominator: {
      label: 'Số tiền, tài sản phải thu hồi của các vụ có phát sinh trong kỳ',
      set: all(
        event(['assets_to_recover'], 'by_end'),
        any(event(['assets_to_recover'], 'in_period'), event(['assets_recovered'], 'in_period')),
      ),
      sum: { types: ['assets_to_recover'], window: 'by_end', field: 'amountVnd' },
    },
    carriesOver: true,
    exclusions: null,
    better: 'higher',
    defaultTarget: target(
      '>',
      60,
      'Nghị quyết của Quốc hội về công tác tư pháp',
      'Mức "trên 60%" đã xác nhận; chưa xác định nghị quyết nào quy định (DOMAIN.md §3.1).',
    ),
    legalSource: 'Nghị quyết của Quốc hội về công tác tư pháp (mức trên 60%)',
    note: 'Các vụ đã xác định số phải thu hồi, có xác định hoặc thu hồi trong kỳ; tính lũy kế đến cuối kỳ.',
  },
  {
    ...base,
    code: 'TAM_GIU_TAM_GIAM_QUA_HAN',
    name: 'Số người bị tạm giữ, tạm giam quá hạn',
    shortName: 'Số người quá hạn',
    group: 'custody',
    unitOfCount: 'person',
    kinds: ['criminal_case'],
    // Custody (Điều 118), detention at every stage (Điều 173, 241, 278, 329), and a person held
    // after the last order ended with no new one (TAM_GIAM_KHONG_CO_LENH, src/domain/register).
    numerator: {
      label:
        'Số người có thời hạn tạm giữ, tạm giam hết trong kỳ mà không được giải quyết đúng hạn (kể cả bị giam khi lệnh tạm giam đã hết hiệu lực)',
      set: {
        deadline: {
          rules: [
            'BLTTHS_118_TAM_GIU',
            'BLTTHS_173_TAM_GIAM',
            'BLTTHS_241_TAM_GIAM_TRUY_TO',
            'BLTTHS_278_TAM_GIAM_XET_XU',
            'BLTTHS_329_TAM_GIAM_SAU_XET_XU',
            'TAM_GIAM_KHONG_CO_LENH',
          ],
          outcome: 'missed_in_period',
        },
      },
    },
    denominator: null,
    carriesOver: false,
    exclusions: null,
    better: 'lower',
    defaultTarget: target(
      '=',
      0,
      'Điều 118, 173, 241, 278, 329 BLTTHS 2015',
      'Số quá hạn là số đếm, không phải tỷ lệ (DOMAIN.md §3.2); không để quá hạn.',
      false,
    ),
    legalSource: `${APPENDIX_2012}; Điều 118, 134, 173, 241, 278, 329 BLTTHS 2015`,
    note: 'Đếm theo người: mỗi bị can của một vụ án tính một lần trong kỳ.',
  },
]

export const indicatorByCode = (code: string): IndicatorDefinition | undefined =>
  INDICATOR_CATALOGUE.find((definition) => definition.code === code)
