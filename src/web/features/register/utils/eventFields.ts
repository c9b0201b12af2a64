// Which inputs each procedural act needs for its `data`, beside the common ones (date, document
// number, issuing body, subject). The shapes follow EVENT_TYPES[type].data in the domain; the
// labels are what a prosecutor reads on the form and, later, on the timeline.
import type { EventType } from '@/domain/register/event-types.ts'

export type ChoiceOption = { value: string; label: string }

export type FieldSpec =
  | { kind: 'text'; key: string; label: string; multiline?: boolean; description?: string }
  | { kind: 'choice'; key: string; label: string; options: ChoiceOption[] }
  | { kind: 'switch'; key: string; label: string }
  | { kind: 'charge'; key: string; label: string; optional?: boolean }
  /** `amount` and `unit` (days | months) at the top of data. */
  | { kind: 'extension'; defaultUnit: 'days' | 'months' }
  /** An optional term `{ amount, unit }` under `key` (a detention order's term). */
  | { kind: 'term'; key: string; label: string; defaultUnit: 'days' | 'months' }
  /** An optional day (ISO) under `key`. */
  | { kind: 'date'; key: string; label: string; description?: string }
  /** An optional list of codes under `key`. */
  | { kind: 'multiChoice'; key: string; label: string; options: ChoiceOption[] }
  | { kind: 'money'; key: string; label: string }
  /** indicted: `charges`, one charge per defendant. */
  | { kind: 'subjectCharges'; key: string }
  /** first_instance_trial: `verdicts`, one verdict per defendant. */
  | { kind: 'verdicts'; key: string }

export const REPORT_SOURCE_OPTIONS: ChoiceOption[] = [
  { value: 'to_giac', label: 'Tố giác về tội phạm' },
  { value: 'tin_bao', label: 'Tin báo về tội phạm' },
  { value: 'kien_nghi_khoi_to', label: 'Kiến nghị khởi tố' },
]

export const PROTEST_LEVEL_OPTIONS: ChoiceOption[] = [
  { value: 'same', label: 'VKS cùng cấp' },
  { value: 'superior', label: 'VKS cấp trên trực tiếp' },
]

/** Điều 174 khoản 2: the presiding judge (Điều 280) and the trial panel (Điều 298, 326) may each return the file once. */
export const COURT_RETURN_DECIDER_OPTIONS: ChoiceOption[] = [
  { value: 'tham_phan_chu_toa', label: 'Thẩm phán chủ tọa phiên tòa (khi chuẩn bị xét xử)' },
  { value: 'hoi_dong_xet_xu', label: 'Hội đồng xét xử (tại phiên tòa)' },
]

export const PROTEST_OUTCOME_OPTIONS: ChoiceOption[] = [
  { value: 'accepted', label: 'Được chấp nhận' },
  { value: 'partly_accepted', label: 'Được chấp nhận một phần' },
  { value: 'rejected', label: 'Không được chấp nhận' },
  { value: 'withdrawn', label: 'Rút kháng nghị' },
]

export const VERDICT_OPTIONS: ChoiceOption[] = [
  { value: 'convicted_as_charged', label: 'Kết tội đúng tội danh truy tố' },
  { value: 'convicted_other_charge', label: 'Kết tội theo tội danh khác' },
  { value: 'acquitted', label: 'Tuyên không phạm tội' },
]

export const EXTENSION_UNIT_LABELS = { days: 'ngày', months: 'tháng' } as const

/** Điều 119 khoản 2 BLTTHS 2015, points a–đ (DETENTION_GROUNDS in the domain). */
export const DETENTION_GROUND_OPTIONS: ChoiceOption[] = [
  { value: 'vi_pham_bien_phap_khac', label: 'a) Đã bị áp dụng biện pháp ngăn chặn khác nhưng vi phạm' },
  { value: 'khong_noi_cu_tru', label: 'b) Không có nơi cư trú rõ ràng hoặc không xác định được lý lịch' },
  { value: 'bo_tron', label: 'c) Bỏ trốn và bị bắt theo quyết định truy nã hoặc có dấu hiệu bỏ trốn' },
  { value: 'tiep_tuc_pham_toi', label: 'd) Tiếp tục phạm tội hoặc có dấu hiệu tiếp tục phạm tội' },
  {
    value: 'can_tro_to_tung',
    label:
      'đ) Mua chuộc, cưỡng ép, xúi giục khai báo gian dối; tiêu hủy, giả mạo chứng cứ; đe dọa, trả thù người làm chứng, bị hại…',
  },
]

const DETENTION_END_NOTE =
  'Ngày kết thúc ghi trong lệnh, quyết định (Điều 134 khoản 1 BLTTHS: 01 tháng tính là 30 ngày, ngày bắt đầu là ngày thứ nhất)'

const reason: FieldSpec = { kind: 'text', key: 'reason', label: 'Lý do', multiline: true }
const online: FieldSpec = { kind: 'switch', key: 'online', label: 'Xét xử trực tuyến (NQ 33/2021/QH15)' }
const modelHearing: FieldSpec = { kind: 'switch', key: 'modelHearing', label: 'Phiên tòa rút kinh nghiệm' }
const investigatingBody: FieldSpec = { kind: 'text', key: 'investigatingBody', label: 'Cơ quan điều tra, giải quyết' }

export const EVENT_FIELDS = {
  report_received: [
    { kind: 'choice', key: 'source', label: 'Nguồn tin', options: REPORT_SOURCE_OPTIONS },
    investigatingBody,
  ],
  report_complex: [],
  report_extended: [{ kind: 'extension', defaultUnit: 'months' }],
  report_suspended: [reason],
  report_resumed: [],
  report_transferred: [{ kind: 'text', key: 'toBody', label: 'Chuyển cho cơ quan' }],
  report_case_instituted: [{ kind: 'charge', key: 'charge', label: 'Tội danh khởi tố', optional: true }],
  report_not_instituted: [reason],
  report_administrative: [],

  case_instituted: [{ kind: 'charge', key: 'charge', label: 'Tội danh khởi tố' }, investigatingBody],
  suspect_instituted: [{ kind: 'charge', key: 'charge', label: 'Tội danh khởi tố bị can' }],
  charge_changed: [{ kind: 'charge', key: 'charge', label: 'Tội danh sau khi thay đổi, bổ sung' }],
  procuracy_approved: [],
  custody_ordered: [],
  custody_extended: [{ kind: 'extension', defaultUnit: 'days' }],
  detention_ordered: [
    { kind: 'term', key: 'term', label: 'Thời hạn tạm giam ghi trong lệnh', defaultUnit: 'months' },
    { kind: 'date', key: 'endsOn', label: 'Tạm giam đến hết ngày', description: DETENTION_END_NOTE },
    {
      kind: 'multiChoice',
      key: 'grounds',
      label: 'Căn cứ tạm giam (Điều 119 khoản 2 BLTTHS)',
      options: DETENTION_GROUND_OPTIONS,
    },
  ],
  detention_extended: [
    { kind: 'extension', defaultUnit: 'months' },
    { kind: 'date', key: 'endsOn', label: 'Gia hạn tạm giam đến hết ngày', description: DETENTION_END_NOTE },
  ],
  detention_ended: [reason],
  investigation_extended: [{ kind: 'extension', defaultUnit: 'months' }],
  investigation_suspended: [reason],
  investigation_resumed: [],
  investigation_concluded: [],

  file_received: [],
  prosecution_extended: [{ kind: 'extension', defaultUnit: 'days' }],
  indicted: [{ kind: 'subjectCharges', key: 'charges' }],
  returned_for_investigation: [reason],
  court_returned_for_investigation: [
    reason,
    { kind: 'choice', key: 'decidedBy', label: 'Người quyết định trả hồ sơ', options: COURT_RETURN_DECIDER_OPTIONS },
  ],
  case_suspended: [reason],
  case_terminated: [
    reason,
    { kind: 'switch', key: 'noCrime', label: 'Không có sự việc phạm tội hoặc hành vi không cấu thành tội phạm' },
  ],

  court_accepted: [],
  trial_scheduled: [],
  first_instance_trial: [online, modelHearing, { kind: 'verdicts', key: 'verdicts' }],
  appeal_protest: [{ kind: 'choice', key: 'level', label: 'Cấp kháng nghị', options: PROTEST_LEVEL_OPTIONS }],
  protest_outcome: [{ kind: 'choice', key: 'outcome', label: 'Kết quả', options: PROTEST_OUTCOME_OPTIONS }],
  appellate_trial: [online, modelHearing],
  judgment_effective: [],
  cassation_protest: [
    { kind: 'switch', key: 'againstConvicted', label: 'Kháng nghị theo hướng bất lợi cho người bị kết án' },
  ],

  civil_accepted: [{ kind: 'text', key: 'court', label: 'Tòa án giải quyết' }],
  hearing_attended: [
    { kind: 'switch', key: 'online', label: 'Phiên tòa, phiên họp trực tuyến (NQ 33/2021/QH15)' },
    modelHearing,
  ],
  judgment_pronounced: [{ kind: 'switch', key: 'prosecutorAttended', label: 'Kiểm sát viên tham gia phiên tòa' }],
  judgment_received: [
    { kind: 'switch', key: 'decision', label: 'Là quyết định tạm đình chỉ, đình chỉ giải quyết (không phải bản án)' },
  ],
  recommendation_issued: [
    { kind: 'text', key: 'addressee', label: 'Nơi nhận kiến nghị' },
    { kind: 'text', key: 'content', label: 'Nội dung kiến nghị', multiline: true },
  ],
  recommendation_outcome: [{ kind: 'switch', key: 'accepted', label: 'Kiến nghị được chấp nhận' }],
  matter_closed: [],

  assets_to_recover: [{ kind: 'money', key: 'amountVnd', label: 'Số tiền, giá trị tài sản phải thu hồi' }],
  assets_recovered: [{ kind: 'money', key: 'amountVnd', label: 'Số tiền, giá trị tài sản đã thu hồi' }],
} as const satisfies Record<EventType, readonly FieldSpec[]>

export const fieldsOf = (type: EventType): readonly FieldSpec[] => EVENT_FIELDS[type]

/** Acts whose clock runs in hours: the time of day is asked for (BLTTHS Art. 118: custody is counted from the hour). */
export const TIMED_EVENT_TYPES: ReadonlySet<EventType> = new Set<EventType>(['custody_ordered'])

/** The act that opens a matter of each kind (the creation form asks for it). */
export const OPENING_EVENT = {
  crime_report: 'report_received',
  criminal_case: 'case_instituted',
  civil: 'civil_accepted',
  administrative: 'civil_accepted',
} as const satisfies Record<string, EventType>

/** The select's groups, in procedural order. */
export const EVENT_GROUPS: { label: string; types: readonly EventType[] }[] = [
  {
    label: 'Giải quyết nguồn tin về tội phạm',
    types: [
      'report_received',
      'report_complex',
      'report_extended',
      'report_suspended',
      'report_resumed',
      'report_transferred',
      'report_case_instituted',
      'report_not_instituted',
      'report_administrative',
    ],
  },
  {
    label: 'Khởi tố, điều tra',
    types: [
      'case_instituted',
      'suspect_instituted',
      'charge_changed',
      'procuracy_approved',
      'investigation_extended',
      'investigation_suspended',
      'investigation_resumed',
      'investigation_concluded',
    ],
  },
  {
    label: 'Tạm giữ, tạm giam',
    types: ['custody_ordered', 'custody_extended', 'detention_ordered', 'detention_extended', 'detention_ended'],
  },
  {
    label: 'Truy tố',
    types: [
      'file_received',
      'prosecution_extended',
      'indicted',
      'returned_for_investigation',
      'case_suspended',
      'case_terminated',
    ],
  },
  {
    label: 'Xét xử',
    types: [
      'civil_accepted',
      'court_accepted',
      'court_returned_for_investigation',
      'trial_scheduled',
      'hearing_attended',
      'first_instance_trial',
      'judgment_pronounced',
      'judgment_received',
      'appeal_protest',
      'protest_outcome',
      'appellate_trial',
      'judgment_effective',
      'cassation_protest',
    ],
  },
  { label: 'Kiến nghị, kết thúc', types: ['recommendation_issued', 'recommendation_outcome', 'matter_closed'] },
  { label: 'Thu hồi tài sản', types: ['assets_to_recover', 'assets_recovered'] },
]
