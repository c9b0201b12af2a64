import { describe, expect, it } from 'vitest'
import {
  assertRegistrationEditable,
  isRegistrationEditable,
  nextRegistrationState,
  registrationActions,
} from './registration.ts'

const code = (f: () => unknown) => {
  try {
    f()
  } catch (e) {
    return (e as { code?: string }).code
  }
  return 'no error'
}

describe('the registration sheet life cycle', () => {
  it('goes chưa gửi → chờ duyệt → đã duyệt', () => {
    expect(nextRegistrationState('draft', 'submit', { entries: 2 })).toBe('pending')
    expect(nextRegistrationState('pending', 'approve')).toBe('approved')
  })

  it('returns a pending sheet only with a reason, and the returned sheet is sent again', () => {
    expect(code(() => nextRegistrationState('pending', 'return'))).toBe('EMULATION_RETURN_REASON_REQUIRED')
    expect(code(() => nextRegistrationState('pending', 'return', { reason: '   ' }))).toBe(
      'EMULATION_RETURN_REASON_REQUIRED',
    )
    expect(nextRegistrationState('pending', 'return', { reason: 'Thiếu danh hiệu tập thể' })).toBe('returned')
    expect(isRegistrationEditable('returned')).toBe(true)
    expect(nextRegistrationState('returned', 'submit', { entries: 1 })).toBe('pending')
  })

  it('refuses transitions that do not start from the state', () => {
    expect(code(() => nextRegistrationState('draft', 'approve'))).toBe('EMULATION_REGISTRATION_TRANSITION_NOT_ALLOWED')
    expect(code(() => nextRegistrationState('draft', 'return', { reason: 'x' }))).toBe(
      'EMULATION_REGISTRATION_TRANSITION_NOT_ALLOWED',
    )
    expect(code(() => nextRegistrationState('approved', 'submit', { entries: 1 }))).toBe(
      'EMULATION_REGISTRATION_TRANSITION_NOT_ALLOWED',
    )
    expect(code(() => nextRegistrationState('pending', 'submit', { entries: 1 }))).toBe(
      'EMULATION_REGISTRATION_TRANSITION_NOT_ALLOWED',
    )
    expect(registrationActions('approved')).toEqual([])
    expect(registrationActions('pending')).toEqual(['return', 'approve'])
  })

  it('refuses to send an empty sheet', () => {
    expect(code(() => nextRegistrationState('draft', 'submit', { entries: 0 }))).toBe('EMULATION_REGISTRATION_EMPTY')
  })

  it('locks a pending or approved sheet against edits', () => {
    expect(code(() => assertRegistrationEditable('pending'))).toBe('EMULATION_REGISTRATION_LOCKED')
    expect(code(() => assertRegistrationEditable('approved'))).toBe('EMULATION_REGISTRATION_LOCKED')
    expect(code(() => assertRegistrationEditable('draft'))).toBe('no error')
  })
})
