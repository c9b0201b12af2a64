// The units module's codes.
import { defineErrors } from '../../platform/error-catalogue.ts'

export const UNIT_ERRORS = defineErrors({
  UNIT_NOT_FOUND: { status: 404, message: 'Không tìm thấy đơn vị' },
  UNIT_CODE_TAKEN: { status: 409, message: 'Mã đơn vị này đã được dùng' },
  UNIT_HAS_DEPENDANTS: {
    status: 409,
    message:
      'Đơn vị đang có đơn vị trực thuộc, cán bộ, phân quyền hoặc vụ việc đã thụ lý; hãy ghi ngày chấm dứt hoạt động thay vì xóa',
  },
  UNIT_INVALID_PARENT: { status: 422, message: 'Đơn vị cấp trên không hợp lệ' },
  UNIT_INVALID_SUCCESSOR: {
    status: 422,
    message: 'Đơn vị kế thừa không tồn tại hoặc ngoài phạm vi quản trị của bạn',
  },
})
