// The Vietnamese vocabulary shared by the server and the web app.
// GLOSSARY.md maps each term to the identifier used in code. The closed lists the domain
// itself needs (unit levels, roles) are the domain's; their labels are here.
import { ROLES, type Role } from '@/domain/vocabulary/roles.ts'
import { UNIT_LEVELS, type UnitLevel } from '@/domain/vocabulary/unit-levels.ts'

export { ROLES, UNIT_LEVELS, type Role, type UnitLevel }

export const UNIT_LEVEL_LABELS: Record<UnitLevel, string> = {
  supreme: 'VKSND tối cao',
  provincial: 'VKSND cấp tỉnh',
  regional: 'VKSND khu vực',
  district: 'VKSND cấp huyện (trước 01/7/2025)',
  department: 'Phòng nghiệp vụ',
  office: 'Văn phòng / đơn vị tương đương',
}

export const ROLE_LABELS: Record<Role, string> = {
  admin: 'Quản trị hệ thống',
  leadership: 'Lãnh đạo Viện',
  head: 'Trưởng/Phó đơn vị',
  prosecutor: 'Kiểm sát viên',
  statistics: 'Thống kê – tổng hợp',
  emulation: 'Thi đua – khen thưởng',
  readonly: 'Chỉ xem',
}

/** Staff titles (chức danh, ngạch), DOMAIN.md §1.4. Kept as a closed list so reports can group by them. */
export const STAFF_TITLES = [
  'vien_truong',
  'pho_vien_truong',
  'truong_phong',
  'pho_truong_phong',
  'chanh_van_phong',
  'pho_chanh_van_phong',
  'ksv_cao_cap',
  'ksv_trung_cap',
  'ksv_so_cap',
  'kiem_tra_vien_cao_cap',
  'kiem_tra_vien_chinh',
  'kiem_tra_vien',
  'chuyen_vien',
  'van_thu',
  'ke_toan',
  'nguoi_lao_dong',
] as const
export type StaffTitle = (typeof STAFF_TITLES)[number]

export const STAFF_TITLE_LABELS: Record<StaffTitle, string> = {
  vien_truong: 'Viện trưởng',
  pho_vien_truong: 'Phó Viện trưởng',
  truong_phong: 'Trưởng phòng',
  pho_truong_phong: 'Phó Trưởng phòng',
  chanh_van_phong: 'Chánh Văn phòng',
  pho_chanh_van_phong: 'Phó Chánh Văn phòng',
  ksv_cao_cap: 'Kiểm sát viên cao cấp',
  ksv_trung_cap: 'Kiểm sát viên trung cấp',
  ksv_so_cap: 'Kiểm sát viên sơ cấp',
  kiem_tra_vien_cao_cap: 'Kiểm tra viên cao cấp',
  kiem_tra_vien_chinh: 'Kiểm tra viên chính',
  kiem_tra_vien: 'Kiểm tra viên',
  chuyen_vien: 'Chuyên viên',
  van_thu: 'Văn thư',
  ke_toan: 'Kế toán',
  nguoi_lao_dong: 'Người lao động',
}

export const AUDIT_ACTIONS = [
  'create',
  'update',
  'delete',
  'read',
  'export',
  'login',
  'logout',
  'login_failed',
  'login_throttled',
  'password_change',
  'withdraw',
] as const
export type AuditAction = (typeof AUDIT_ACTIONS)[number]

export const AUDIT_ACTION_LABELS: Record<AuditAction, string> = {
  create: 'Tạo mới',
  update: 'Cập nhật',
  delete: 'Xóa',
  read: 'Xem',
  export: 'Xuất dữ liệu',
  login: 'Đăng nhập',
  logout: 'Đăng xuất',
  login_failed: 'Đăng nhập thất bại',
  login_throttled: 'Tạm chặn đăng nhập sai nhiều lần',
  password_change: 'Đổi mật khẩu',
  withdraw: 'Rút',
}

/**
 * Kinds of audit record whose id is a person's: the server sends their names with the page and
 * the viewer names and links the person.
 */
export const AUDIT_PERSON_ENTITIES: ReadonlySet<string> = new Set(['person', 'session', 'national_calendar_manager'])

export const AUDIT_ENTITY_LABELS: Record<string, string> = {
  unit: 'Đơn vị',
  person: 'Cán bộ',
  session: 'Phiên làm việc',
  audit: 'Nhật ký',
  official_calendar: 'Lịch nghỉ chính thức',
  official_calendar_year: 'Xác nhận lịch nghỉ năm',
  demo: 'Dữ liệu mẫu',
  matter: 'Vụ việc',
  matter_event: 'Hành vi tố tụng',
  matter_subject: 'Bị can, đương sự',
  deadline: 'Thời hạn',
  indicator_target: 'Chỉ tiêu được giao',
  indicator_records: 'Danh sách hồ sơ của chỉ tiêu',
  period_closure: 'Chốt số liệu',
  national_calendar_manager: 'Quyền sửa lịch nghỉ chính thức',
  register_import: 'Nhập sổ thụ lý từ Excel',
  demo_activity: 'Dữ liệu mẫu',
  demo_plan: 'Kế hoạch mẫu',
  plan: 'Kế hoạch',
  plan_target: 'Chỉ tiêu của kế hoạch',
  plan_task: 'Nhiệm vụ của kế hoạch',
  plan_task_progress: 'Tiến độ, thẩm định nhiệm vụ',
  plan_review: 'Sơ kết, tổng kết kế hoạch',
}
