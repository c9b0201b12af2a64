// The auth module's codes, and the password policy's (src/domain/auth/password-policy.ts).
import { defineErrors } from '../../platform/error-catalogue.ts'

export const AUTH_ERRORS = defineErrors({
  AUTH_INVALID_CREDENTIALS: { status: 401, message: 'Tên đăng nhập hoặc mật khẩu không đúng' },
  AUTH_WRONG_PASSWORD: { status: 400, message: 'Mật khẩu hiện tại không đúng' },
  /** Sign-in held back: too many failures of this username from this address, or from this address. */
  LOGIN_THROTTLED: { status: 429, message: 'Đăng nhập sai nhiều lần. Vui lòng thử lại sau ít phút.' },
  /** Change-password held back: too many wrong current passwords for this account. */
  PASSWORD_CHECK_THROTTLED: {
    status: 429,
    message: 'Nhập sai mật khẩu hiện tại nhiều lần. Vui lòng thử lại sau ít phút.',
  },
  PASSWORD_TOO_SHORT: { status: 422, message: 'Mật khẩu quá ngắn' },
  PASSWORD_TOO_LONG: { status: 422, message: 'Mật khẩu quá dài' },
  PASSWORD_COMMON: { status: 422, message: 'Mật khẩu quá phổ biến, dễ bị đoán' },
  PASSWORD_CONTAINS_USERNAME: { status: 422, message: 'Mật khẩu không được chứa tên đăng nhập' },
  PASSWORD_CONTROL_CHARS: { status: 422, message: 'Mật khẩu chứa ký tự không được phép' },
  PASSWORD_BLANK: { status: 422, message: 'Mật khẩu không được chỉ gồm khoảng trắng' },
})
