import { describe, expect, it } from 'vitest'
import { z } from 'zod'
import { ApiError } from '../../api/ApiError.ts'
import { fieldErrorsFromApi, fieldErrorsFromZod } from '../fieldErrors.ts'

describe('fieldErrorsFromApi', () => {
  it('maps the server paths onto form fields, first message wins', () => {
    const error = new ApiError({
      status: 400,
      code: 'VALIDATION_FAILED',
      message: 'Dữ liệu nhập chưa hợp lệ',
      details: [
        { path: 'data.phone', message: 'Số điện thoại không hợp lệ' },
        { path: 'data.phone', message: 'lần hai' },
        { path: 'username', message: 'Tên đăng nhập đã tồn tại' },
        { path: 'data.roles.0.unitId', message: 'Chọn đơn vị' },
      ],
    })
    expect(fieldErrorsFromApi(error)).toEqual({
      phone: 'Số điện thoại không hợp lệ',
      username: 'Tên đăng nhập đã tồn tại',
      'roles.0.unitId': 'Chọn đơn vị',
    })
  })
})

describe('fieldErrorsFromZod', () => {
  it('keys issues by their dotted path', () => {
    const parsed = z.object({ email: z.string().email('Email không hợp lệ') }).safeParse({ email: 'x' })
    expect(parsed.success).toBe(false)
    if (!parsed.success) expect(fieldErrorsFromZod(parsed.error)).toEqual({ email: 'Email không hợp lệ' })
  })
})
