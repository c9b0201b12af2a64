// The words of emulation and commendation (thi đua, khen thưởng; DOMAIN.md §7): the two kinds the
// law keeps apart (titles and reward forms), who they are for, the awards themselves, the annual
// quality rating and discipline of civil servants, initiatives, and the states of registrations and
// proposals. Lists as data, so the schema's CHECK constraints, the API's enums and the web's labels
// all read the same values.

/**
 * Danh hiệu thi đua (titles) and hình thức khen thưởng (reward forms) are different kinds — never
 * one list (DOMAIN.md §7.2: one commercial product mixed them and sent wrong data upward).
 */
export const AWARD_KINDS = ['title', 'reward'] as const
export type AwardKind = (typeof AWARD_KINDS)[number]

export const AWARD_KIND_LABELS: Record<AwardKind, string> = {
  title: 'Danh hiệu thi đua',
  reward: 'Hình thức khen thưởng',
}

/** Cá nhân or tập thể: an award is for one or the other (some reward forms for both). */
export const AWARD_SUBJECTS = ['individual', 'collective'] as const
export type AwardSubject = (typeof AWARD_SUBJECTS)[number]

export const AWARD_SUBJECT_LABELS: Record<AwardSubject, string> = {
  individual: 'Cá nhân',
  collective: 'Tập thể',
}

/**
 * The titles and reward forms kiemsat knows (DOMAIN.md §7.2, §7.3; Luật Thi đua, khen thưởng
 * 06/2022/QH15; TT 02/2024/TT-VKSTC Arts. 11, 17, 18, 21). Their conditions, multiples and sources
 * are effective-dated data in catalogue.ts; this is only the list of codes.
 */
export const AWARD_CODES = [
  // Titles, individual.
  'lao_dong_tien_tien',
  'chien_si_thi_dua_co_so',
  'chien_si_thi_dua_nganh',
  'chien_si_thi_dua_toan_quoc',
  // Titles, collective.
  'tap_the_lao_dong_tien_tien',
  'tap_the_lao_dong_xuat_sac',
  'co_thi_dua_nganh',
  'co_thi_dua_chinh_phu',
  // Reward forms.
  'giay_khen',
  'bang_khen_nganh',
  'bang_khen_thu_tuong',
  'huan_chuong_lao_dong_hang_ba',
  'huan_chuong_lao_dong_hang_nhi',
  'huan_chuong_lao_dong_hang_nhat',
  'ky_niem_chuong',
] as const
export type AwardCode = (typeof AWARD_CODES)[number]

export const AWARD_LABELS: Record<AwardCode, string> = {
  lao_dong_tien_tien: 'Lao động tiên tiến',
  chien_si_thi_dua_co_so: 'Chiến sĩ thi đua cơ sở',
  chien_si_thi_dua_nganh: 'Chiến sĩ thi đua ngành Kiểm sát nhân dân',
  chien_si_thi_dua_toan_quoc: 'Chiến sĩ thi đua toàn quốc',
  tap_the_lao_dong_tien_tien: 'Tập thể lao động tiên tiến',
  tap_the_lao_dong_xuat_sac: 'Tập thể lao động xuất sắc',
  co_thi_dua_nganh: 'Cờ thi đua của ngành Kiểm sát nhân dân',
  co_thi_dua_chinh_phu: 'Cờ thi đua của Chính phủ',
  giay_khen: 'Giấy khen',
  bang_khen_nganh: 'Bằng khen của Viện trưởng Viện kiểm sát nhân dân tối cao',
  bang_khen_thu_tuong: 'Bằng khen của Thủ tướng Chính phủ',
  huan_chuong_lao_dong_hang_ba: 'Huân chương Lao động hạng Ba',
  huan_chuong_lao_dong_hang_nhi: 'Huân chương Lao động hạng Nhì',
  huan_chuong_lao_dong_hang_nhat: 'Huân chương Lao động hạng Nhất',
  ky_niem_chuong: 'Kỷ niệm chương "Vì sự nghiệp Kiểm sát"',
}

/** Which level decides an award (DOMAIN.md §7.1: the province its own titles, the Supreme Procuracy the sector's, the State the rest). */
export const DECIDING_LEVELS = ['unit', 'province', 'sector', 'government', 'state'] as const
export type DecidingLevel = (typeof DECIDING_LEVELS)[number]

export const DECIDING_LEVEL_LABELS: Record<DecidingLevel, string> = {
  unit: 'Thủ trưởng đơn vị',
  province: 'Viện trưởng VKSND cấp tỉnh',
  sector: 'Viện trưởng VKSND tối cao',
  government: 'Thủ tướng Chính phủ',
  state: 'Chủ tịch nước',
}

/**
 * Xếp loại chất lượng (the annual quality rating of civil servants; Nghị định 90/2020/NĐ-CP, amended
 * by 48/2023): four grades, best first.
 */
export const QUALITY_RATINGS = ['excellent', 'good', 'completed', 'not_completed'] as const
export type QualityRating = (typeof QUALITY_RATINGS)[number]

export const QUALITY_RATING_LABELS: Record<QualityRating, string> = {
  excellent: 'Hoàn thành xuất sắc nhiệm vụ',
  good: 'Hoàn thành tốt nhiệm vụ',
  completed: 'Hoàn thành nhiệm vụ',
  not_completed: 'Không hoàn thành nhiệm vụ',
}

/**
 * Hình thức kỷ luật of a cán bộ, công chức (Luật Cán bộ, công chức, Arts. 78–79), lightest first:
 * the order is what "khiển trách or above" and "cảnh cáo or above" compare against.
 */
export const DISCIPLINE_FORMS = [
  'khien_trach',
  'canh_cao',
  'ha_bac_luong',
  'giang_chuc',
  'cach_chuc',
  'buoc_thoi_viec',
] as const
export type DisciplineForm = (typeof DISCIPLINE_FORMS)[number]

export const DISCIPLINE_FORM_LABELS: Record<DisciplineForm, string> = {
  khien_trach: 'Khiển trách',
  canh_cao: 'Cảnh cáo',
  ha_bac_luong: 'Hạ bậc lương',
  giang_chuc: 'Giáng chức',
  cach_chuc: 'Cách chức',
  buoc_thoi_viec: 'Buộc thôi việc',
}

/** The scope at which an initiative (sáng kiến) was recognised or applied (DOMAIN.md §7.3). */
export const INITIATIVE_SCOPES = ['grassroots', 'province', 'sector', 'national'] as const
export type InitiativeScope = (typeof INITIATIVE_SCOPES)[number]

export const INITIATIVE_SCOPE_LABELS: Record<InitiativeScope, string> = {
  grassroots: 'Cấp cơ sở',
  province: 'Cấp tỉnh',
  sector: 'Toàn ngành',
  national: 'Toàn quốc',
}

/** Đăng ký thi đua: chưa gửi → chờ duyệt → trả lại / đã duyệt (issue 14 item 3). */
export const REGISTRATION_STATES = ['draft', 'pending', 'returned', 'approved'] as const
export type RegistrationState = (typeof REGISTRATION_STATES)[number]

export const REGISTRATION_STATE_LABELS: Record<RegistrationState, string> = {
  draft: 'Chưa gửi',
  pending: 'Chờ duyệt',
  returned: 'Trả lại',
  approved: 'Đã duyệt',
}

/** Hồ sơ đề nghị: chờ chuyển → chờ duyệt → bị trả lại → đang xét → đã duyệt → đã khen thưởng (issue 14 item 7). */
export const PROPOSAL_STATES = [
  'waiting_to_send',
  'pending',
  'returned',
  'under_review',
  'approved',
  'awarded',
] as const
export type ProposalState = (typeof PROPOSAL_STATES)[number]

export const PROPOSAL_STATE_LABELS: Record<ProposalState, string> = {
  waiting_to_send: 'Chờ chuyển',
  pending: 'Chờ duyệt',
  returned: 'Bị trả lại',
  under_review: 'Đang xét',
  approved: 'Đã duyệt',
  awarded: 'Đã khen thưởng',
}

/** The outcome of one condition for one candidate (issue 14 item 6). */
export const CONDITION_STATUSES = ['met', 'not_met', 'needs_evidence'] as const
export type ConditionStatus = (typeof CONDITION_STATUSES)[number]

export const CONDITION_STATUS_LABELS: Record<ConditionStatus, string> = {
  met: 'Đạt',
  not_met: 'Không đạt',
  needs_evidence: 'Cần minh chứng',
}

/** Where a scoring criterion's points come from (issue 14 item 4). */
export const CRITERION_SOURCES = ['indicator', 'plan', 'assessed', 'negative'] as const
export type CriterionSource = (typeof CRITERION_SOURCES)[number]

export const CRITERION_SOURCE_LABELS: Record<CriterionSource, string> = {
  indicator: 'Tính từ chỉ tiêu nghiệp vụ',
  plan: 'Tính từ kế hoạch công tác',
  assessed: 'Chấm theo minh chứng',
  negative: 'Chỉ tiêu phải giải trình (trừ điểm)',
}

/** Tự chấm → khối chấm → hội đồng: the three passes of a block's scoring (issue 14 item 4). */
export const ASSESSMENT_STAGES = ['self', 'block', 'council'] as const
export type AssessmentStage = (typeof ASSESSMENT_STAGES)[number]

export const ASSESSMENT_STAGE_LABELS: Record<AssessmentStage, string> = {
  self: 'Đơn vị tự chấm',
  block: 'Khối, cụm chấm',
  council: 'Hội đồng thi đua – khen thưởng',
}

/**
 * The negative indicators the sector's year-end emulation report must explain (DOMAIN.md §7.4, the
 * 2019 guidance): each prefilled from the register with a required explanation.
 */
export const NEGATIVE_MEASURES = [
  'returned_for_supplementary_investigation',
  'terminated_no_crime',
  'acquitted',
  'protests_not_accepted',
] as const
export type NegativeMeasure = (typeof NEGATIVE_MEASURES)[number]

export const NEGATIVE_MEASURE_LABELS: Record<NegativeMeasure, string> = {
  returned_for_supplementary_investigation: 'Án trả hồ sơ để điều tra bổ sung (số thuộc trách nhiệm Viện kiểm sát)',
  terminated_no_crime: 'Bị can đình chỉ do không phạm tội (số đã bị tạm giữ, tạm giam)',
  acquitted: 'Bị cáo Tòa án tuyên không phạm tội',
  protests_not_accepted: 'Kháng nghị không được Tòa án chấp nhận',
}
