// The codes of the HTTP edge and the platform: validation, sessions, access, bodies, the database's refusals.
import { defineErrors } from './error-catalogue.ts'

export const PLATFORM_ERRORS = defineErrors({
  VALIDATION_FAILED: { status: 400, message: 'Dữ liệu nhập chưa hợp lệ, vui lòng kiểm tra các trường được đánh dấu' },
  BAD_REQUEST: { status: 400, message: 'Yêu cầu không hợp lệ' },
  /** A body sent as JSON that is not JSON (or is empty). */
  BODY_INVALID_JSON: { status: 400, message: 'Dữ liệu gửi lên không đúng định dạng JSON' },
  URL_TOO_LONG: { status: 414, message: 'Địa chỉ yêu cầu quá dài' },
  /** A value the database refused that no schema caught (a safety net: each is a missing validation). */
  VALUE_INVALID: {
    status: 400,
    message: 'Giá trị nhập không hợp lệ (quá lớn, sai định dạng hoặc chứa ký tự không được phép)',
  },
  /** A row others still refer to (a foreign key): deleting it would orphan them. */
  RECORD_IN_USE: { status: 409, message: 'Không thực hiện được: bản ghi này còn được dữ liệu khác sử dụng' },
  /** A rule of the domain refused the input, under a code no module declares. */
  DOMAIN_RULE: { status: 422, message: 'Dữ liệu nhập không phù hợp với quy định' },
  AUTH_REQUIRED: { status: 401, message: 'Vui lòng đăng nhập' },
  AUTH_SESSION_EXPIRED: { status: 401, message: 'Phiên làm việc đã hết hạn, vui lòng đăng nhập lại' },
  CSRF_INVALID: {
    status: 403,
    message: 'Yêu cầu không hợp lệ (thiếu mã xác thực CSRF). Vui lòng tải lại trang.',
  },
  FORBIDDEN: { status: 403, message: 'Bạn không có quyền thực hiện thao tác này' },
  /** A demo login on a server not in demo mode: only /me, change-password and sign-out answer. */
  PASSWORD_CHANGE_REQUIRED: {
    status: 403,
    message: 'Tài khoản mẫu phải đổi mật khẩu trước khi sử dụng hệ thống. Vui lòng đổi mật khẩu.',
  },
  NOT_FOUND: { status: 404, message: 'Không tìm thấy địa chỉ yêu cầu' },
  CONFLICT_STALE: {
    status: 409,
    message: 'Dữ liệu vừa được người khác cập nhật. Vui lòng tải lại để xem thay đổi mới nhất trước khi lưu.',
  },
  UNSUPPORTED_MEDIA_TYPE: { status: 415, message: 'Dữ liệu gửi lên phải ở dạng JSON' },
  PAYLOAD_TOO_LARGE: { status: 413, message: 'Dữ liệu gửi lên quá lớn' },
  INTERNAL: {
    status: 500,
    message: 'Đã xảy ra lỗi hệ thống. Vui lòng thử lại hoặc báo quản trị viên kèm mã yêu cầu.',
  },
})
