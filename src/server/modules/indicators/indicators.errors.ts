// The indicators module's codes: indicators, periods, closures and targets.
import { defineErrors } from '../../platform/error-catalogue.ts'

export const INDICATOR_ERRORS = defineErrors({
  INDICATOR_NOT_FOUND: { status: 404, message: 'Không tìm thấy chỉ tiêu' },
  INDICATOR_NO_DENOMINATOR: { status: 422, message: 'Chỉ tiêu này là số đếm, không có mẫu số' },
  PERIOD_INVALID: {
    status: 422,
    message: 'Kỳ thống kê không hợp lệ (ngày không có thật, từ ngày sau đến ngày, hoặc dài quá 5 năm)',
  },
  PERIOD_UNIT_NOT_IN_FORCE: { status: 422, message: 'Đơn vị không tồn tại vào ngày cuối của kỳ' },
  PERIOD_NOT_ENDED: { status: 422, message: 'Kỳ này chưa kết thúc; chỉ chốt số liệu từ ngày cuối kỳ' },
  PERIOD_ALREADY_CLOSED: { status: 409, message: 'Đơn vị đã chốt số liệu kỳ này' },
  TARGET_INVALID: { status: 422, message: 'Chỉ tiêu giao không hợp lệ' },
  TARGET_DATE_CONFLICT: { status: 409, message: 'Ngày áp dụng phải sau ngày áp dụng của chỉ tiêu hiện hành' },
  TARGET_NOT_FOUND: { status: 404, message: 'Không tìm thấy chỉ tiêu đã giao' },
  TARGET_ALREADY_WITHDRAWN: { status: 409, message: 'Chỉ tiêu này đã được rút' },
})
