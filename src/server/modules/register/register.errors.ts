// The register's codes: its own, and those of the act validator and the Penal Code lookup
// (src/domain/register, src/domain/penal-code), same names.
import { defineErrors } from '../../platform/error-catalogue.ts'

export const REGISTER_ERRORS = defineErrors({
  MATTER_NOT_FOUND: { status: 404, message: 'Không tìm thấy vụ việc' },
  MATTER_NUMBER_TAKEN: { status: 409, message: 'Số thụ lý này đã có trong đơn vị' },
  MATTER_INVALID_PROSECUTOR: { status: 422, message: 'Kiểm sát viên được phân công không hợp lệ' },
  EVENT_NOT_FOUND: { status: 404, message: 'Không tìm thấy hành vi tố tụng trong vụ việc này' },
  EVENT_ALREADY_VOIDED: { status: 409, message: 'Hành vi tố tụng này đã bị hủy trước đó' },
  EVENT_IS_OPENING: {
    status: 422,
    message: 'Không thể hủy hành vi mở đầu vụ việc; hãy sửa thông tin vụ việc hoặc liên hệ quản trị',
  },
  EVENT_INVALID: { status: 422, message: 'Hành vi tố tụng không hợp lệ' },
  EVENT_IN_FUTURE: { status: 422, message: 'Ngày của hành vi tố tụng không được sau hôm nay' },
  EVENT_BEFORE_RECEIPT: { status: 422, message: 'Ngày của hành vi tố tụng không được trước ngày thụ lý' },
  EVENT_OUT_OF_ORDER: { status: 422, message: 'Hành vi tố tụng này chưa thể ghi ở giai đoạn hiện tại của vụ việc' },
  EVENT_KIND_MISMATCH: { status: 422, message: 'Hành vi tố tụng này không áp dụng cho loại vụ việc này' },
  EVENT_DATA_INVALID: { status: 422, message: 'Thông tin của hành vi tố tụng chưa đủ hoặc không hợp lệ' },
  EVENT_EXTENSION_LIMIT: { status: 422, message: 'Đã hết số lần gia hạn luật cho phép' },
  EVENT_RETURN_LIMIT: { status: 422, message: 'Đã hết số lần trả hồ sơ luật cho phép' },
  EVENT_MATTER_CLOSED: { status: 422, message: 'Vụ việc đã kết thúc; không ghi thêm hành vi tố tụng' },
  EVENT_SUBJECT_INVALID: { status: 422, message: 'Người được chọn không thuộc vụ việc này' },
  PENAL_CODE_UNKNOWN_CHARGE: { status: 422, message: 'Tội danh không có trong Bộ luật Hình sự' },
  PENAL_CODE_NOT_IN_FORCE: { status: 422, message: 'Tội danh chưa có hiệu lực vào ngày thực hiện hành vi' },
})
