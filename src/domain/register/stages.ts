// The stage (giai đoạn) of a matter, derived from its acts: codes, Vietnamese labels,
// and which stages end the matter. The procedure behind each transition is cited in
// derive-state.ts.
import type { MatterKind } from './matter-kinds.ts'

/** Before any act that fixes a stage (e.g. only a custody order so far). */
export const INITIAL_STAGE = 'moi_thu_ly'

const COMMON = { [INITIAL_STAGE]: 'Mới thụ lý' } as const

const COURT = {
  da_dua_ra_xet_xu: 'Đã có quyết định đưa vụ án ra xét xử',
  da_xet_xu_so_tham: 'Đã xét xử sơ thẩm',
  phuc_tham: 'Đang giải quyết theo thủ tục phúc thẩm',
  da_xet_xu_phuc_tham: 'Đã xét xử phúc thẩm',
  co_hieu_luc: 'Bản án, quyết định đã có hiệu lực pháp luật',
  giam_doc_tham: 'Kháng nghị giám đốc thẩm',
} as const

const CIVIL = {
  ...COMMON,
  dang_giai_quyet: 'Đang giải quyết',
  ...COURT,
  da_co_quyet_dinh_so_tham: 'Tòa án đã ra quyết định sơ thẩm',
  ket_thuc: 'Kết thúc kiểm sát',
} as const

export const STAGE_LABELS: Readonly<Record<MatterKind, Readonly<Record<string, string>>>> = {
  crime_report: {
    ...COMMON,
    dang_giai_quyet: 'Đang giải quyết',
    tam_dinh_chi: 'Tạm đình chỉ giải quyết nguồn tin',
    da_khoi_to: 'Đã khởi tố vụ án',
    khong_khoi_to: 'Không khởi tố vụ án',
    da_chuyen: 'Đã chuyển cơ quan có thẩm quyền',
    xu_ly_hanh_chinh: 'Chuyển xử lý hành chính',
  },
  criminal_case: {
    ...COMMON,
    dang_dieu_tra: 'Đang điều tra',
    tam_dinh_chi_dieu_tra: 'Tạm đình chỉ điều tra',
    ket_thuc_dieu_tra: 'Kết thúc điều tra',
    vks_dang_xem_xet_truy_to: 'Viện kiểm sát đang xem xét quyết định truy tố',
    da_truy_to: 'Đã truy tố',
    tra_ho_so_dieu_tra_bo_sung: 'Trả hồ sơ điều tra bổ sung',
    tam_dinh_chi_vu_an: 'Tạm đình chỉ vụ án',
    dinh_chi: 'Đình chỉ vụ án',
    dang_chuan_bi_xet_xu: 'Tòa án đang chuẩn bị xét xử',
    ...COURT,
  },
  civil: CIVIL,
  administrative: CIVIL,
}

/** Stages after which nothing is owed on the matter (a few acts may still follow: see validate-event.ts). */
export const CLOSED_STAGES: Readonly<Record<MatterKind, ReadonlySet<string>>> = {
  crime_report: new Set(['da_khoi_to', 'khong_khoi_to', 'da_chuyen', 'xu_ly_hanh_chinh']),
  criminal_case: new Set(['dinh_chi', 'co_hieu_luc']),
  civil: new Set(['co_hieu_luc', 'ket_thuc']),
  administrative: new Set(['co_hieu_luc', 'ket_thuc']),
}

export const stageLabel = (kind: MatterKind, stage: string): string => STAGE_LABELS[kind][stage] ?? stage
