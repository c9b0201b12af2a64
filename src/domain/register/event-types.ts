// Every procedural act the register records, as data: its code, its Vietnamese name, the
// kinds of matter it belongs to, whether it concerns one suspect/defendant (subject), and
// the shape of its details. Stage, deadlines and statistics are derived from these events
// (DESIGN.md principle 1); nothing is typed twice.
import { z } from 'zod'
import { PENAL_CODE_ARTICLES } from '@/domain/penal-code/define.ts'
import type { MatterKind } from './matter-kinds.ts'

const LAST_ARTICLE = PENAL_CODE_ARTICLES.last
const NOT_AN_ARTICLE = `Điều luật không có trong Bộ luật Hình sự 2015: chỉ có Điều 1 đến Điều ${LAST_ARTICLE} (có thể kèm chữ, ví dụ 217a)`

/**
 * An article id of the Penal Code: "173", "217a", "256a". Acts stored before ids were strings
 * hold a number (173); it is accepted and read as "173" (migration 0010 rewrites stored data).
 */
export const ArticleId = z
  .union([z.string(), z.number().int().min(1, NOT_AN_ARTICLE).max(LAST_ARTICLE, NOT_AN_ARTICLE)])
  .transform((v) => String(v).trim().toLowerCase())
  .pipe(
    z
      .string()
      .regex(/^[1-9]\d{0,2}[a-z]?$/, NOT_AN_ARTICLE)
      .refine((id) => Number.parseInt(id, 10) <= LAST_ARTICLE, NOT_AN_ARTICLE),
  )

/** A charge at article / clause / point level of the Penal Code 2015 (BLHS), DOMAIN.md §5. */
export const Charge = z.strictObject({
  article: ArticleId,
  clause: z.number().int().min(1).max(10),
  point: z
    .string()
    .regex(/^[a-zđ]$/)
    .nullable()
    .optional(),
})
export type Charge = z.infer<typeof Charge>

const Extension = z.strictObject({ amount: z.number().int().min(1).max(120), unit: z.enum(['days', 'months']) })

// A detention order (lệnh tạm giam) and each extension state their term and the day they end
// (Điều 134 khoản 1 đoạn cuối: the limit ends on the end day written in the order).
const Day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/)
const Term = z.strictObject({ amount: z.number().int().min(1).max(480), unit: z.enum(['days', 'months']) })

/** The grounds of Điều 119 khoản 2 BLTTHS 2015 (points a–đ) a detention order may rest on. */
export const DETENTION_GROUNDS = [
  'vi_pham_bien_phap_khac',
  'khong_noi_cu_tru',
  'bo_tron',
  'tiep_tuc_pham_toi',
  'can_tro_to_tung',
] as const
const DetentionOrder = z.strictObject({
  term: Term.optional(),
  endsOn: Day.optional(),
  grounds: z.array(z.enum(DETENTION_GROUNDS)).max(5).optional(),
})
const DetentionExtension = Extension.extend({ endsOn: Day.optional() })

/** Per-defendant outcome of a first-instance or appellate trial. */
export const Verdict = z.enum(['convicted_as_charged', 'convicted_other_charge', 'acquitted'])
export type Verdict = z.infer<typeof Verdict>

export const ProtestOutcome = z.enum(['accepted', 'partly_accepted', 'rejected', 'withdrawn'])
export type ProtestOutcome = z.infer<typeof ProtestOutcome>

type EventTypeDefinition = {
  label: string
  kinds: readonly MatterKind[]
  /** The act concerns one suspect/defendant of the matter. */
  perSubject: boolean
  /**
   * Strict at every level: a key the act does not define is refused, not stored (a 1 MB field
   * of junk would otherwise travel with every read of the matter).
   */
  data: z.ZodType
}

const none = z.strictObject({})

const define = <T extends Record<string, EventTypeDefinition>>(types: T) => types

export const EVENT_TYPES = define({
  // ── Crime reports: BLTTHS Arts. 144–150 ─────────────────────────────────────────────
  report_received: {
    label: 'Tiếp nhận tố giác, tin báo, kiến nghị khởi tố',
    kinds: ['crime_report'],
    perSubject: false,
    data: z.strictObject({
      source: z.enum(['to_giac', 'tin_bao', 'kien_nghi_khoi_to']),
      investigatingBody: z.string().min(2).max(200),
    }),
  },
  report_complex: {
    label: 'Xác định vụ việc phức tạp (kéo dài thời hạn giải quyết đến 02 tháng)',
    kinds: ['crime_report'],
    perSubject: false,
    data: none,
  },
  report_extended: {
    label: 'Viện trưởng VKS gia hạn thời hạn giải quyết nguồn tin',
    kinds: ['crime_report'],
    perSubject: false,
    data: Extension,
  },
  report_suspended: {
    label: 'Tạm đình chỉ việc giải quyết nguồn tin (Điều 148)',
    kinds: ['crime_report'],
    perSubject: false,
    data: z.strictObject({ reason: z.string().min(2).max(500) }),
  },
  report_resumed: {
    label: 'Phục hồi giải quyết nguồn tin (Điều 149)',
    kinds: ['crime_report'],
    perSubject: false,
    data: none,
  },
  report_transferred: {
    label: 'Chuyển nguồn tin cho cơ quan có thẩm quyền',
    kinds: ['crime_report'],
    perSubject: false,
    data: z.strictObject({ toBody: z.string().min(2).max(200) }),
  },
  report_case_instituted: {
    label: 'Quyết định khởi tố vụ án hình sự',
    kinds: ['crime_report'],
    perSubject: false,
    data: z.strictObject({ charge: Charge.optional() }),
  },
  report_not_instituted: {
    label: 'Quyết định không khởi tố vụ án hình sự',
    kinds: ['crime_report'],
    perSubject: false,
    data: z.strictObject({ reason: z.string().min(2).max(500) }),
  },
  report_administrative: { label: 'Chuyển xử lý hành chính', kinds: ['crime_report'], perSubject: false, data: none },

  // ── Criminal cases: investigation, BLTTHS Part 2 ───────────────────────────────────
  case_instituted: {
    label: 'Khởi tố vụ án hình sự',
    kinds: ['criminal_case'],
    perSubject: false,
    data: z.strictObject({ charge: Charge, investigatingBody: z.string().min(2).max(200) }),
  },
  suspect_instituted: {
    label: 'Khởi tố bị can',
    kinds: ['criminal_case'],
    perSubject: true,
    data: z.strictObject({ charge: Charge }),
  },
  charge_changed: {
    label: 'Thay đổi, bổ sung quyết định khởi tố bị can',
    kinds: ['criminal_case'],
    perSubject: true,
    data: z.strictObject({ charge: Charge }),
  },
  procuracy_approved: {
    label: 'Viện kiểm sát phê chuẩn quyết định khởi tố bị can',
    kinds: ['criminal_case'],
    perSubject: true,
    data: none,
  },
  custody_ordered: { label: 'Tạm giữ (Điều 117, 118)', kinds: ['criminal_case'], perSubject: true, data: none },
  custody_extended: { label: 'Gia hạn tạm giữ', kinds: ['criminal_case'], perSubject: true, data: Extension },
  detention_ordered: {
    label: 'Lệnh tạm giam (Điều 119, 173, 241, 278, 329)',
    kinds: ['criminal_case'],
    perSubject: true,
    data: DetentionOrder,
  },
  detention_extended: {
    label: 'Gia hạn tạm giam',
    kinds: ['criminal_case'],
    perSubject: true,
    data: DetentionExtension,
  },
  detention_ended: {
    label: 'Hủy bỏ, thay thế biện pháp tạm giữ, tạm giam; trả tự do',
    kinds: ['criminal_case'],
    perSubject: true,
    data: z.strictObject({ reason: z.string().min(2).max(500) }),
  },
  investigation_extended: {
    label: 'Gia hạn thời hạn điều tra (Điều 172, 174)',
    kinds: ['criminal_case'],
    perSubject: false,
    data: Extension,
  },
  investigation_suspended: {
    label: 'Tạm đình chỉ điều tra (Điều 229)',
    kinds: ['criminal_case'],
    perSubject: false,
    data: z.strictObject({ reason: z.string().min(2).max(500) }),
  },
  investigation_resumed: {
    label: 'Phục hồi điều tra (Điều 235)',
    kinds: ['criminal_case'],
    perSubject: false,
    data: none,
  },
  investigation_concluded: {
    label: 'Kết thúc điều tra, đề nghị truy tố',
    kinds: ['criminal_case'],
    perSubject: false,
    data: none,
  },

  // ── Prosecution: BLTTHS Arts. 236–248 ──────────────────────────────────────────────
  file_received: {
    label: 'Viện kiểm sát nhận hồ sơ vụ án và bản kết luận điều tra',
    kinds: ['criminal_case'],
    perSubject: false,
    data: none,
  },
  prosecution_extended: {
    label: 'Gia hạn thời hạn quyết định việc truy tố (Điều 240)',
    kinds: ['criminal_case'],
    perSubject: false,
    data: Extension,
  },
  indicted: {
    label: 'Ban hành cáo trạng, truy tố',
    kinds: ['criminal_case'],
    perSubject: false,
    data: z.strictObject({ charges: z.array(z.strictObject({ subjectId: z.number().int(), charge: Charge })).min(1) }),
  },
  returned_for_investigation: {
    label: 'Viện kiểm sát trả hồ sơ để điều tra bổ sung (Điều 245)',
    kinds: ['criminal_case'],
    perSubject: false,
    data: z.strictObject({ reason: z.string().min(2).max(500) }),
  },
  case_suspended: {
    label: 'Tạm đình chỉ vụ án',
    kinds: ['criminal_case'],
    perSubject: false,
    data: z.strictObject({ reason: z.string().min(2).max(500) }),
  },
  case_terminated: {
    label: 'Đình chỉ vụ án / đình chỉ đối với bị can',
    kinds: ['criminal_case'],
    perSubject: false,
    data: z.strictObject({ reason: z.string().min(2).max(500), noCrime: z.boolean() }),
  },

  // ── Trial: BLTTHS Arts. 277, 331–337 ────────────────────────────────────────────────
  // Điều 280 (the presiding judge, while preparing the trial) or the trial panel at the
  // hearing (Điều 298, 326): a different act from the procuracy's return (Điều 245), with its
  // own period (Điều 174 khoản 2: ≤ 01 tháng) and its own count (once each).
  court_returned_for_investigation: {
    label: 'Tòa án trả hồ sơ để điều tra bổ sung (Điều 280)',
    kinds: ['criminal_case'],
    perSubject: false,
    data: z.strictObject({
      reason: z.string().min(2).max(500),
      decidedBy: z.enum(['tham_phan_chu_toa', 'hoi_dong_xet_xu']),
    }),
  },
  court_accepted: {
    label: 'Tòa án thụ lý vụ án',
    kinds: ['criminal_case', 'civil', 'administrative'],
    perSubject: false,
    data: none,
  },
  trial_scheduled: {
    label: 'Quyết định đưa vụ án ra xét xử',
    kinds: ['criminal_case', 'civil', 'administrative'],
    perSubject: false,
    data: none,
  },
  first_instance_trial: {
    label: 'Xét xử sơ thẩm',
    kinds: ['criminal_case'],
    perSubject: false,
    data: z.strictObject({
      online: z.boolean(), // Nghị quyết 33/2021/QH15
      modelHearing: z.boolean(), // phiên tòa rút kinh nghiệm
      verdicts: z
        .array(z.strictObject({ subjectId: z.number().int(), verdict: Verdict, charge: Charge.optional() }))
        .min(1),
    }),
  },
  appeal_protest: {
    label: 'Kháng nghị phúc thẩm',
    kinds: ['criminal_case', 'civil', 'administrative'],
    perSubject: false,
    data: z.strictObject({ level: z.enum(['same', 'superior']) }),
  },
  protest_outcome: {
    label: 'Kết quả giải quyết kháng nghị',
    kinds: ['criminal_case', 'civil', 'administrative'],
    perSubject: false,
    data: z.strictObject({ outcome: ProtestOutcome }),
  },
  appellate_trial: {
    label: 'Xét xử phúc thẩm',
    kinds: ['criminal_case', 'civil', 'administrative'],
    perSubject: false,
    data: z.strictObject({ online: z.boolean(), modelHearing: z.boolean() }),
  },
  judgment_effective: {
    label: 'Bản án, quyết định có hiệu lực pháp luật',
    kinds: ['criminal_case', 'civil', 'administrative'],
    perSubject: false,
    data: none,
  },
  cassation_protest: {
    label: 'Kháng nghị giám đốc thẩm',
    kinds: ['criminal_case', 'civil', 'administrative'],
    perSubject: false,
    data: z.strictObject({ againstConvicted: z.boolean() }),
  },

  // ── Civil and administrative: BLTTDS, LTTHC ────────────────────────────────────────
  civil_accepted: {
    label: 'Thụ lý kiểm sát vụ việc',
    kinds: ['civil', 'administrative'],
    perSubject: false,
    data: z.strictObject({ court: z.string().min(2).max(200) }),
  },
  hearing_attended: {
    label: 'Kiểm sát viên tham gia phiên tòa, phiên họp',
    kinds: ['civil', 'administrative'],
    perSubject: false,
    data: z.strictObject({ online: z.boolean(), modelHearing: z.boolean() }),
  },
  judgment_pronounced: {
    label: 'Tòa án tuyên án sơ thẩm',
    kinds: ['civil', 'administrative'],
    perSubject: false,
    data: z.strictObject({ prosecutorAttended: z.boolean() }),
  },
  judgment_received: {
    label: 'Viện kiểm sát nhận bản án, quyết định sơ thẩm',
    kinds: ['civil', 'administrative'],
    perSubject: false,
    data: z.strictObject({ decision: z.boolean() }),
  },
  recommendation_issued: {
    label: 'Ban hành kiến nghị',
    kinds: ['criminal_case', 'civil', 'administrative'],
    perSubject: false,
    data: z.strictObject({ addressee: z.string().min(2).max(200), content: z.string().min(2).max(1000) }),
  },
  recommendation_outcome: {
    label: 'Kết quả thực hiện kiến nghị',
    kinds: ['criminal_case', 'civil', 'administrative'],
    perSubject: false,
    data: z.strictObject({ accepted: z.boolean() }),
  },
  matter_closed: {
    label: 'Kết thúc kiểm sát vụ việc',
    kinds: ['civil', 'administrative'],
    perSubject: false,
    data: none,
  },

  // ── Judgment enforcement and asset recovery (DOMAIN.md §3.1: recovery > 60%) ────────
  assets_to_recover: {
    label: 'Xác định số tiền, tài sản phải thu hồi',
    kinds: ['criminal_case'],
    perSubject: false,
    data: z.strictObject({ amountVnd: z.number().int().min(0) }),
  },
  assets_recovered: {
    label: 'Thu hồi tiền, tài sản',
    kinds: ['criminal_case'],
    perSubject: false,
    data: z.strictObject({ amountVnd: z.number().int().min(1) }),
  },
} as const satisfies Record<string, EventTypeDefinition>)

export type EventType = keyof typeof EVENT_TYPES
export const EVENT_TYPE_CODES = Object.keys(EVENT_TYPES) as EventType[]
export const isEventType = (code: string): code is EventType => code in EVENT_TYPES
