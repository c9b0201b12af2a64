// The order of criminal and civil procedure, as prerequisites of each act: what must have
// happened before it (among the non-voided acts up to its date). A message is returned
// when the act cannot come yet; null when it may.
import { DETENTION_STAGE_ACTS } from './clocks.ts'
import type { EventType } from './event-types.ts'
import type { MatterKind } from './matter-kinds.ts'
import type { MatterState, RegisterEvent } from './types.ts'

export type PrerequisiteContext = {
  kind: MatterKind
  /** Active events up to the proposed act's date, in order. */
  prior: readonly RegisterEvent[]
  state: MatterState
  subjectId: number | null
  /** The proposed act's details (already checked against its schema). */
  data?: Record<string, unknown>
}

type Check = (ctx: PrerequisiteContext) => string | null

const has = (ctx: PrerequisiteContext, ...types: EventType[]) => ctx.prior.some((e) => types.includes(e.type))
const hasForSubject = (ctx: PrerequisiteContext, type: EventType) =>
  ctx.prior.some((e) => e.type === type && e.subjectId === ctx.subjectId)
const measure = (ctx: PrerequisiteContext) =>
  ctx.state.subjects.find((s) => s.subjectId === ctx.subjectId)?.measure ?? 'none'
const inStage = (ctx: PrerequisiteContext, ...stages: string[]) => stages.includes(ctx.state.stage)
const unless = (ok: boolean, message: string) => (ok ? null : message)

// Each stage orders its own detention (Điều 173 investigation, 241 prosecution, 278 trial,
// 329 after the judgment): a new order is in place once the file changed hands since the
// suspect's last one (the acts of DETENTION_STAGE_ACTS).
const newStageSinceDetention = (ctx: PrerequisiteContext): boolean => {
  const last = ctx.prior.findLastIndex((e) => e.type === 'detention_ordered' && e.subjectId === ctx.subjectId)
  return ctx.prior.slice(last + 1).some((e) => DETENTION_STAGE_ACTS[e.type] !== undefined)
}

const count = (ctx: PrerequisiteContext, type: EventType, where: (e: RegisterEvent) => boolean = () => true) =>
  ctx.prior.filter((e) => e.type === type && where(e)).length

// Điều 174 khoản 2 BLTTHS 2015: "Viện kiểm sát chỉ được trả lại hồ sơ để điều tra bổ sung hai
// lần. Thẩm phán chủ tọa phiên tòa chỉ được trả hồ sơ để điều tra bổ sung một lần và Hội đồng
// xét xử chỉ được trả hồ sơ để điều tra bổ sung một lần" (thuvienphapluat.vn, see rules/investigation.ts).
export const RETURN_LIMITS = { procuracy: 2, tham_phan_chu_toa: 1, hoi_dong_xet_xu: 1 } as const
const DECIDER_LABELS = { tham_phan_chu_toa: 'Thẩm phán chủ tọa phiên tòa', hoi_dong_xet_xu: 'Hội đồng xét xử' } as const

const procuracyReturn = (ctx: PrerequisiteContext): string | null => {
  const done = count(ctx, 'returned_for_investigation')
  return done >= RETURN_LIMITS.procuracy
    ? `Viện kiểm sát chỉ được trả hồ sơ để điều tra bổ sung hai lần (Điều 174 khoản 2 BLTTHS); vụ án đã bị trả ${done} lần, không thể trả lần thứ ${done + 1}`
    : null
}

const courtReturn = (ctx: PrerequisiteContext, decidedBy: unknown): string | null => {
  const done = count(ctx, 'court_returned_for_investigation')
  const limit = RETURN_LIMITS.tham_phan_chu_toa + RETURN_LIMITS.hoi_dong_xet_xu
  if (done >= limit) {
    return `Tòa án chỉ được trả hồ sơ để điều tra bổ sung hai lần — Thẩm phán chủ tọa một lần và Hội đồng xét xử một lần (Điều 174 khoản 2 BLTTHS); không thể trả lần thứ ${done + 1}`
  }
  if (decidedBy !== 'tham_phan_chu_toa' && decidedBy !== 'hoi_dong_xet_xu') return null
  const same = count(ctx, 'court_returned_for_investigation', (e) => e.data.decidedBy === decidedBy)
  return same >= RETURN_LIMITS[decidedBy]
    ? `${DECIDER_LABELS[decidedBy]} chỉ được trả hồ sơ để điều tra bổ sung một lần (Điều 174 khoản 2 BLTTHS)`
    : null
}

const NO_REPORT = 'Chưa ghi nhận việc tiếp nhận nguồn tin về tội phạm'
const NOT_CHARGED = 'Người này chưa bị khởi tố bị can'
const NO_CASE = 'Vụ án chưa có quyết định khởi tố'
const NOT_INVESTIGATING = 'Vụ án không ở giai đoạn điều tra'
const NO_JUDGMENT = 'Chưa có bản án, quyết định sơ thẩm'
const firstInstance = (ctx: PrerequisiteContext) =>
  ctx.kind === 'criminal_case' ? has(ctx, 'first_instance_trial') : has(ctx, 'judgment_pronounced', 'judgment_received')

const CHECKS: Partial<Record<EventType, Check>> = {
  // BLTTHS Điều 145–149: one receipt opens the resolution of a report.
  report_received: (ctx) => unless(!has(ctx, 'report_received'), 'Nguồn tin này đã được tiếp nhận'),
  report_complex: (ctx) =>
    unless(has(ctx, 'report_received'), NO_REPORT) ??
    unless(!has(ctx, 'report_complex'), 'Đã xác định vụ việc phức tạp'),
  report_extended: (ctx) => unless(has(ctx, 'report_received'), NO_REPORT),
  report_suspended: (ctx) =>
    unless(has(ctx, 'report_received'), NO_REPORT) ??
    unless(inStage(ctx, 'dang_giai_quyet'), 'Việc giải quyết nguồn tin đang tạm đình chỉ'),
  report_resumed: (ctx) =>
    unless(inStage(ctx, 'tam_dinh_chi'), 'Không thể phục hồi khi việc giải quyết nguồn tin không bị tạm đình chỉ'),
  report_case_instituted: (ctx) => unless(has(ctx, 'report_received'), NO_REPORT),
  report_not_instituted: (ctx) => unless(has(ctx, 'report_received'), NO_REPORT),
  report_transferred: (ctx) => unless(has(ctx, 'report_received'), NO_REPORT),
  report_administrative: (ctx) => unless(has(ctx, 'report_received'), NO_REPORT),

  // Investigation: a suspect is charged in an opened case (Điều 179); custody and
  // detention run per person (Điều 117–119); extensions need the clock they extend.
  case_instituted: (ctx) => unless(!has(ctx, 'case_instituted'), 'Vụ án đã có quyết định khởi tố'),
  suspect_instituted: (ctx) =>
    unless(has(ctx, 'case_instituted'), 'Không thể khởi tố bị can trước khi khởi tố vụ án') ??
    unless(
      !hasForSubject(ctx, 'suspect_instituted'),
      'Người này đã bị khởi tố bị can; hãy ghi "Thay đổi, bổ sung quyết định khởi tố bị can"',
    ),
  charge_changed: (ctx) => unless(hasForSubject(ctx, 'suspect_instituted'), NOT_CHARGED),
  procuracy_approved: (ctx) => unless(hasForSubject(ctx, 'suspect_instituted'), NOT_CHARGED),
  custody_ordered: (ctx) => unless(measure(ctx) === 'none', 'Người này đang bị tạm giữ hoặc tạm giam'),
  custody_extended: (ctx) =>
    unless(measure(ctx) === 'custody', 'Không thể gia hạn tạm giữ khi người này không đang bị tạm giữ'),
  detention_ordered: (ctx) =>
    unless(hasForSubject(ctx, 'suspect_instituted'), 'Chỉ tạm giam người đã bị khởi tố bị can (Điều 119 BLTTHS)') ??
    unless(
      measure(ctx) !== 'detention' || newStageSinceDetention(ctx),
      'Bị can đang bị tạm giam theo lệnh tạm giam của giai đoạn này',
    ),
  detention_extended: (ctx) =>
    unless(measure(ctx) === 'detention', 'Không thể gia hạn tạm giam khi bị can không đang bị tạm giam'),
  detention_ended: (ctx) => unless(measure(ctx) !== 'none', 'Người này không đang bị tạm giữ, tạm giam'),
  investigation_extended: (ctx) =>
    unless(has(ctx, 'case_instituted'), NO_CASE) ?? unless(inStage(ctx, 'dang_dieu_tra'), NOT_INVESTIGATING),
  investigation_suspended: (ctx) =>
    unless(inStage(ctx, 'dang_dieu_tra'), 'Chỉ tạm đình chỉ điều tra khi vụ án đang được điều tra'),
  investigation_resumed: (ctx) =>
    unless(
      inStage(ctx, 'tam_dinh_chi_dieu_tra', 'tam_dinh_chi_vu_an'),
      'Không thể phục hồi điều tra khi vụ án không bị tạm đình chỉ',
    ),
  investigation_concluded: (ctx) =>
    unless(inStage(ctx, 'dang_dieu_tra', 'tra_ho_so_dieu_tra_bo_sung'), NOT_INVESTIGATING),

  // Prosecution (Điều 240): the clock and the decisions need the file.
  file_received: (ctx) =>
    unless(inStage(ctx, 'ket_thuc_dieu_tra'), 'Không thể nhận hồ sơ vụ án khi chưa kết thúc điều tra'),
  prosecution_extended: (ctx) =>
    unless(
      inStage(ctx, 'vks_dang_xem_xet_truy_to'),
      'Chỉ gia hạn thời hạn truy tố khi Viện kiểm sát đang giải quyết hồ sơ vụ án',
    ),
  indicted: (ctx) =>
    unless(has(ctx, 'file_received'), 'Không thể ban hành cáo trạng trước khi nhận hồ sơ vụ án') ??
    unless(
      inStage(ctx, 'vks_dang_xem_xet_truy_to'),
      'Chỉ ban hành cáo trạng khi Viện kiểm sát đang giải quyết hồ sơ vụ án',
    ),
  // Điều 245: the procuracy returns the file while it decides on prosecution (Điều 240 khoản 1).
  returned_for_investigation: (ctx) =>
    unless(has(ctx, 'file_received'), 'Không thể trả hồ sơ khi Viện kiểm sát chưa nhận hồ sơ vụ án') ??
    unless(
      inStage(ctx, 'vks_dang_xem_xet_truy_to'),
      'Viện kiểm sát chỉ trả hồ sơ để điều tra bổ sung khi đang giải quyết hồ sơ vụ án (Điều 240, 245 BLTTHS)',
    ),
  // Điều 280 (the judge, preparing the trial) and Điều 298, 326 (the trial panel, at the hearing).
  court_returned_for_investigation: (ctx) =>
    unless(has(ctx, 'court_accepted'), 'Tòa án chưa thụ lý vụ án') ??
    unless(
      inStage(ctx, 'dang_chuan_bi_xet_xu', 'da_dua_ra_xet_xu'),
      'Tòa án chỉ trả hồ sơ để điều tra bổ sung khi đang chuẩn bị xét xử hoặc tại phiên tòa sơ thẩm',
    ),
  case_suspended: (ctx) => unless(has(ctx, 'case_instituted'), NO_CASE),
  case_terminated: (ctx) => unless(has(ctx, 'case_instituted'), NO_CASE),

  // Trial and after (Điều 277, 331–337, 379; BLTTDS Điều 278–280).
  court_accepted: (ctx) =>
    ctx.kind === 'criminal_case'
      ? unless(has(ctx, 'indicted'), 'Tòa án chỉ thụ lý vụ án sau khi Viện kiểm sát truy tố')
      : null,
  trial_scheduled: (ctx) => unless(has(ctx, 'court_accepted'), 'Tòa án chưa thụ lý vụ án'),
  first_instance_trial: (ctx) => unless(has(ctx, 'court_accepted'), 'Không thể xét xử khi Tòa án chưa thụ lý vụ án'),
  appeal_protest: (ctx) => unless(firstInstance(ctx), `Chỉ kháng nghị phúc thẩm sau khi có bản án, quyết định sơ thẩm`),
  appellate_trial: (ctx) => unless(firstInstance(ctx), NO_JUDGMENT),
  judgment_effective: (ctx) => unless(firstInstance(ctx) || has(ctx, 'appellate_trial'), NO_JUDGMENT),
  cassation_protest: (ctx) =>
    unless(has(ctx, 'judgment_effective'), 'Chỉ kháng nghị giám đốc thẩm bản án, quyết định đã có hiệu lực pháp luật'),
  protest_outcome: (ctx) =>
    unless(has(ctx, 'appeal_protest', 'cassation_protest'), 'Chưa có kháng nghị để ghi kết quả'),
  recommendation_outcome: (ctx) => unless(has(ctx, 'recommendation_issued'), 'Chưa có kiến nghị để ghi kết quả'),
}

export const prerequisiteProblem = (type: EventType, ctx: PrerequisiteContext): string | null =>
  CHECKS[type]?.(ctx) ?? null

/** How many times the law lets the file be returned for supplementary investigation (Điều 174 khoản 2); null when this return is allowed. */
export const returnLimitProblem = (type: EventType, ctx: PrerequisiteContext): string | null =>
  type === 'returned_for_investigation'
    ? procuracyReturn(ctx)
    : type === 'court_returned_for_investigation'
      ? courtReturn(ctx, ctx.data?.decidedBy)
      : null

/** Acts that may still follow once the matter is closed: outcomes, recommendations, recovery, cassation. */
export const ALLOWED_WHEN_CLOSED: ReadonlySet<EventType> = new Set<EventType>([
  'protest_outcome',
  'recommendation_issued',
  'recommendation_outcome',
  'assets_to_recover',
  'assets_recovered',
  'cassation_protest',
])
