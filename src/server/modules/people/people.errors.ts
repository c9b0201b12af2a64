// The people module's codes.
import { defineErrors } from '../../platform/error-catalogue.ts'

export const PEOPLE_ERRORS = defineErrors({
  PERSON_NOT_FOUND: { status: 404, message: 'Không tìm thấy cán bộ' },
  PERSON_USERNAME_TAKEN: { status: 409, message: 'Tên đăng nhập này đã được dùng' },
  PERSON_INVALID_UNIT: { status: 422, message: 'Đơn vị công tác không tồn tại hoặc ngoài phạm vi của bạn' },
  ROLE_GRANT_FORBIDDEN: {
    status: 403,
    message: 'Bạn chỉ được phân quyền trên các đơn vị thuộc phạm vi quản trị của mình',
  },
  PERSON_SELF_LOCKOUT: {
    status: 422,
    message: 'Bạn không thể tự khóa tài khoản hoặc tự bỏ quyền quản trị của mình',
  },
})
