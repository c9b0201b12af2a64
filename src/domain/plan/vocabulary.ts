// The words of the annual work plan (DOMAIN.md §8.2): kinds of plan, its life cycle, the states
// of a key task (QĐ 42/2014/QĐ-TTg, amended by QĐ 23/2018, extended for daily use as issue 13
// asks), recurrence and the work streams a task belongs to. Lists as data, so the schema's CHECK
// constraints, the API's enums and the web's labels all read the same values.

/** Kế hoạch công tác năm; kế hoạch chuyên đề; a unit's own programme implementing its superior's plan. */
export const PLAN_KINDS = ['annual', 'thematic', 'implementing'] as const
export type PlanKind = (typeof PLAN_KINDS)[number]

export const PLAN_KIND_LABELS: Record<PlanKind, string> = {
  annual: 'Kế hoạch công tác năm',
  thematic: 'Kế hoạch chuyên đề',
  implementing: 'Chương trình, kế hoạch thực hiện của đơn vị',
}

/**
 * Life cycle (issue 13 item 1; QĐ 515/2012 in DOMAIN.md §8.2: outline → direction → draft →
 * approval by the leadership, and by the Ủy ban kiểm sát for the annual plan). An amendment
 * (điều chỉnh) is a new version of an issued plan, drafted and approved like the first; issued,
 * it is "amended" (in force), and the version it amends stays as it was issued, superseded.
 */
export const PLAN_STATUSES = ['draft', 'submitted', 'issued', 'amended', 'reviewed'] as const
export type PlanStatus = (typeof PLAN_STATUSES)[number]

export const PLAN_STATUS_LABELS: Record<PlanStatus, string> = {
  draft: 'Dự thảo',
  submitted: 'Trình duyệt',
  issued: 'Ban hành',
  amended: 'Điều chỉnh',
  reviewed: 'Đã tổng kết',
}

/** Who approved the plan for issue (DOMAIN.md §8.2: the Ủy ban kiểm sát for the annual plan). */
export const PLAN_APPROVERS = ['chief_procurator', 'procuracy_committee'] as const
export type PlanApprover = (typeof PLAN_APPROVERS)[number]

export const PLAN_APPROVER_LABELS: Record<PlanApprover, string> = {
  chief_procurator: 'Viện trưởng',
  procuracy_committee: 'Ủy ban kiểm sát',
}

/**
 * The state of a key task. QĐ 42/2014/QĐ-TTg counts "hoàn thành — đúng hạn / quá hạn" and
 * "chưa hoàn thành — trong hạn / quá hạn" (DOMAIN.md §8.2); the daily states split "trong hạn"
 * into not started, in progress and due soon, and add paused and not carried out.
 */
export const TASK_STATES = [
  'not_started',
  'in_progress',
  'due_soon',
  'overdue',
  'done_on_time',
  'done_late',
  'paused',
  'not_carried_out',
] as const
export type TaskState = (typeof TASK_STATES)[number]

export const TASK_STATE_LABELS: Record<TaskState, string> = {
  not_started: 'Chưa bắt đầu',
  in_progress: 'Đang thực hiện — trong hạn',
  due_soon: 'Sắp đến hạn',
  overdue: 'Quá hạn chưa hoàn thành',
  done_on_time: 'Hoàn thành đúng hạn',
  done_late: 'Hoàn thành quá hạn',
  paused: 'Tạm dừng / điều chỉnh',
  not_carried_out: 'Không thực hiện',
}

/** A task's deadline: one date, or recurring within the statistics year (issue 13 item 2). */
export const TASK_RECURRENCES = ['once', 'monthly', 'quarterly', 'half_yearly'] as const
export type TaskRecurrence = (typeof TASK_RECURRENCES)[number]

export const TASK_RECURRENCE_LABELS: Record<TaskRecurrence, string> = {
  once: 'Một lần',
  monthly: 'Hằng tháng',
  quarterly: 'Hằng quý',
  half_yearly: '6 tháng',
}

/** The plan owner's appraisal of a completed task (thẩm định). */
export const TASK_APPRAISALS = ['passed', 'not_passed'] as const
export type TaskAppraisal = (typeof TASK_APPRAISALS)[number]

export const TASK_APPRAISAL_LABELS: Record<TaskAppraisal, string> = {
  passed: 'Đạt',
  not_passed: 'Chưa đạt',
}

/** A target's health, computed from the register, never typed by hand (issue 13 item 5). */
export const TARGET_HEALTHS = ['on_track', 'at_risk', 'off_track', 'no_data'] as const
export type TargetHealth = (typeof TARGET_HEALTHS)[number]

export const TARGET_HEALTH_LABELS: Record<TargetHealth, string> = {
  on_track: 'Đúng tiến độ',
  at_risk: 'Có nguy cơ',
  off_track: 'Không đạt',
  no_data: 'Chưa có số liệu',
}

/**
 * The work streams (khâu công tác) a key task belongs to, in the order of DOMAIN.md §2.2, with
 * the exercise of the right to prosecute (§2.1) and the sector's own work (building the sector,
 * §8.3 item 5) around them.
 */
export const WORK_STREAMS = [
  'prosecution',
  'crime_reports',
  'investigation',
  'criminal_trial',
  'custody_enforcement',
  'civil_family',
  'administrative_business',
  'judgment_enforcement',
  'complaints',
  'legal_assistance',
  'juvenile',
  'sector_building',
  'digital_transformation',
] as const
export type WorkStream = (typeof WORK_STREAMS)[number]

export const WORK_STREAM_LABELS: Record<WorkStream, string> = {
  prosecution: 'Thực hành quyền công tố',
  crime_reports: 'Kiểm sát việc tiếp nhận, giải quyết tố giác, tin báo về tội phạm và kiến nghị khởi tố',
  investigation: 'Kiểm sát điều tra',
  criminal_trial: 'Kiểm sát xét xử vụ án hình sự',
  custody_enforcement: 'Kiểm sát việc tạm giữ, tạm giam, thi hành án hình sự',
  civil_family: 'Kiểm sát giải quyết các vụ, việc dân sự, hôn nhân và gia đình',
  administrative_business: 'Kiểm sát giải quyết vụ án hành chính, vụ việc kinh doanh, thương mại, lao động',
  judgment_enforcement: 'Kiểm sát thi hành án dân sự, thi hành án hành chính',
  complaints: 'Kiểm sát việc giải quyết khiếu nại, tố cáo trong hoạt động tư pháp',
  legal_assistance: 'Tương trợ tư pháp về hình sự',
  juvenile: 'Tư pháp người chưa thành niên',
  sector_building: 'Xây dựng Ngành, tổ chức cán bộ, thi đua, khen thưởng',
  digital_transformation: 'Chuyển đổi số, công nghệ thông tin, thống kê',
}
