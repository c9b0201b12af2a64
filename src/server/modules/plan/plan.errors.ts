// The plan module's codes (issue 13).
import { defineErrors } from '../../platform/error-catalogue.ts'

export const PLAN_ERRORS = defineErrors({
  PLAN_NOT_FOUND: { status: 404, message: 'Không tìm thấy kế hoạch' },
  PLAN_TASK_NOT_FOUND: { status: 404, message: 'Không tìm thấy nhiệm vụ của kế hoạch' },
  PLAN_TARGET_NOT_FOUND: { status: 404, message: 'Không tìm thấy chỉ tiêu của kế hoạch' },
  // The plan domain's refusals (src/domain/plan/errors.ts), with the status they answer with.
  PLAN_CONTENT_LOCKED: {
    status: 409,
    message: 'Kế hoạch đã trình duyệt hoặc ban hành không sửa trực tiếp được; muốn thay đổi, hãy lập bản điều chỉnh',
  },
  PLAN_TRANSITION_NOT_ALLOWED: { status: 409, message: 'Kế hoạch đang ở trạng thái không cho phép thao tác này' },
  PLAN_APPROVAL_REQUIRED: {
    status: 422,
    message: 'Chưa ghi cấp phê duyệt kế hoạch (Viện trưởng hoặc Ủy ban kiểm sát)',
  },
  PLAN_APPROVER_NOT_ALLOWED: {
    status: 422,
    message: 'Kế hoạch công tác năm phải được Ủy ban kiểm sát thông qua (Quyết định 515/QĐ-VKSTC)',
  },
  PLAN_CASCADE_VIOLATIONS: {
    status: 422,
    message: 'Kế hoạch còn chỉ tiêu thấp hơn chỉ tiêu của cấp trên (Quyết định 515/QĐ-VKSTC), chưa ban hành được',
  },
  PLAN_RETURN_REASON_REQUIRED: { status: 422, message: 'Chưa ghi lý do trả lại dự thảo kế hoạch' },
  PLAN_AMENDMENT_DOCUMENT_REQUIRED: {
    status: 422,
    message: 'Điều chỉnh kế hoạch phải ghi số và ngày của văn bản quyết định điều chỉnh',
  },
  PLAN_AMENDMENT_REASON_REQUIRED: { status: 422, message: 'Chưa ghi lý do điều chỉnh kế hoạch' },
  PLAN_INVALID_SETTING: { status: 422, message: 'Thiết lập của kế hoạch không hợp lệ' },
  PLAN_INVALID_RECURRENCE: { status: 422, message: 'Chu kỳ của nhiệm vụ không hợp lệ' },
  PLAN_INVALID_CURVE: { status: 422, message: 'Số liệu năm trước không đủ 12 tháng của năm thống kê' },
  PLAN_INVALID: { status: 422, message: 'Nội dung kế hoạch chưa hợp lệ' },
  PLAN_SUPERIOR_INVALID: {
    status: 422,
    message: 'Kế hoạch cấp trên phải là kế hoạch đã ban hành của đơn vị cấp trên, cùng năm',
  },
  PLAN_TASK_NOT_ASSIGNABLE: { status: 422, message: 'Chỉ giao nhiệm vụ cho cán bộ thuộc đơn vị chủ trì' },
  PLAN_NOT_EDITABLE: { status: 409, message: 'Chỉ điều chỉnh được kế hoạch đang có hiệu lực (đã ban hành)' },
  PLAN_PROGRESS_NOT_ALLOWED: {
    status: 409,
    message: 'Chỉ báo cáo tiến độ được với nhiệm vụ của kế hoạch đang có hiệu lực',
  },
  PLAN_APPRAISAL_NOT_ALLOWED: { status: 409, message: 'Nhiệm vụ chưa báo cáo hoàn thành nên chưa thẩm định được' },
  PLAN_REVIEW_FROZEN: { status: 409, message: 'Kỳ sơ kết, tổng kết này đã được chốt' },
  PLAN_ALREADY_AMENDED: { status: 409, message: 'Kế hoạch này đã có bản điều chỉnh' },
})
