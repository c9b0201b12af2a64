// The deadline core's codes (DeadlineErrorCode, same names), answered by the deadline preview
// and, through the act validator, by the register.
import { defineErrors } from '../../platform/error-catalogue.ts'

export const DEADLINE_ERRORS = defineErrors({
  DEADLINE_UNKNOWN_RULE: { status: 422, message: 'Không có quy định thời hạn này' },
  DEADLINE_RULE_NOT_IN_FORCE: {
    status: 422,
    message: 'Quy định thời hạn này chưa có hoặc đã hết hiệu lực vào ngày bắt đầu',
  },
  DEADLINE_CATEGORY_REQUIRED: { status: 422, message: 'Cần biết loại tội phạm để tính thời hạn này' },
  DEADLINE_INVALID_INPUT: { status: 422, message: 'Thông tin để tính thời hạn chưa đủ hoặc không hợp lệ' },
  DEADLINE_EXTENSION_LIMIT: { status: 422, message: 'Đã hết số lần gia hạn luật cho phép' },
  DEADLINE_EXTENSION_TOO_LONG: { status: 422, message: 'Thời gian gia hạn dài hơn mức luật cho phép' },
  DEADLINE_EXTENSION_TOTAL_EXCEEDED: { status: 422, message: 'Tổng thời gian gia hạn vượt mức luật cho phép' },
  DEADLINE_SUSPENSION_NOT_ALLOWED: { status: 422, message: 'Thời hạn này không được tạm đình chỉ' },
  DEADLINE_INVALID_SUSPENSION: { status: 422, message: 'Khoảng tạm đình chỉ không hợp lệ' },
  DEADLINE_NOT_ENCODED: { status: 422, message: 'Thời hạn này chưa được mã hóa trong hệ thống' },
})
