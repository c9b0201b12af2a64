import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { checkPassword, foldText } from './password-policy.ts'

const list = new Set(
  readFileSync(new URL('./common-passwords.txt', import.meta.url), 'utf8')
    .split('\n')
    .filter((line) => line && !line.startsWith('#')),
)
const check = (password: string, username: string | null = 'nguyenvana') =>
  checkPassword(password, { username, commonPasswords: list })?.code ?? null

describe('password policy (NIST SP 800-63B §5.1.1.2)', () => {
  it('accepts a long passphrase that is nobody else’s', () => {
    expect(check('Ngựa ô qua cầu gỗ mục')).toBeNull()
    expect(check('trời-xanh-mây-trắng-2026')).toBeNull()
    expect(check('correct horse battery staple')).toBeNull()
  })

  it('asks for 12 characters, counted as typed (a Vietnamese letter is one)', () => {
    expect(check('1234567890')).toBe('PASSWORD_TOO_SHORT')
    expect(check('Mây trắng 26')).toBeNull()
    expect(check('Mây trắng 2')).toBe('PASSWORD_TOO_SHORT')
    // Decomposed (NFD) input has more code units than letters: still 11 letters.
    expect(check('Mây trắng 2'.normalize('NFD'))).toBe('PASSWORD_TOO_SHORT')
    expect(check('x'.repeat(201) + 'ab')).toBe('PASSWORD_TOO_LONG')
  })

  it('refuses control characters, NULs and invisible characters, and blank passwords', () => {
    expect(check('\u0000'.repeat(12))).toBe('PASSWORD_CONTROL_CHARS')
    expect(check('mây trắng\tgió thổi')).toBe('PASSWORD_CONTROL_CHARS')
    expect(check('mây trắng gió\u200Bthổi')).toBe('PASSWORD_CONTROL_CHARS')
    expect(check('mây trắng gió\u202Ethổi')).toBe('PASSWORD_CONTROL_CHARS')
    expect(check(' '.repeat(12))).toBe('PASSWORD_BLANK')
  })

  it('refuses the username inside the password, whatever its case and diacritics', () => {
    expect(check('nguyenvana-2026-xyz')).toBe('PASSWORD_CONTAINS_USERNAME')
    expect(check('NguyễnVănA thích mưa')).toBe('PASSWORD_CONTAINS_USERNAME')
    expect(check('Nguyễn Văn A thích mưa')).toBe('PASSWORD_CONTAINS_USERNAME')
    expect(check('ngựa ô qua cầu', 'ngua.o')).toBe('PASSWORD_CONTAINS_USERNAME')
    // Too short a username to judge by: "le" is in many words.
    expect(check('thích lê và táo đỏ', 'le')).toBeNull()
  })

  it('refuses listed, sequential and repeated passwords, and listed words with digits added', () => {
    for (const common of [
      '123456789012',
      'qwertyuiop123',
      'password1234',
      'P@ssw0rd1234!',
      'matkhau123456',
      'Mật khẩu 2026',
      'anhyeuem1234',
      'iloveyou2026!!',
      'kiemsat-demo-2026',
      'Kiemsat@2026',
      '1qaz2wsx3edc',
    ])
      expect([common, check(common, null)]).toEqual([common, 'PASSWORD_COMMON'])
  })

  it('refuses repetitions and runs that no list holds', () => {
    // Not in the list (its runs stop at 20 characters, its repeated units are few): the rules catch them.
    for (const pattern of ['xyzxyzxyzxyz', 'ổiổiổiổiổiổi', 'q'.repeat(40)]) {
      expect(list.has(foldText(pattern))).toBe(false)
      expect([pattern, check(pattern, null)]).toEqual([pattern, 'PASSWORD_COMMON'])
    }
    for (const run of ['0123456789012345678901', '9876543210987654321098']) {
      expect(list.has(foldText(run))).toBe(false)
      expect([run, check(run, null)]).toEqual([run, 'PASSWORD_COMMON'])
    }
  })

  it('folds Vietnamese text for comparison', () => {
    expect(foldText('Đặng Thị Ánh Tuyết')).toBe('dang thi anh tuyet')
  })

  it('ships a list of about ten thousand or more, lower case, without diacritics', () => {
    expect(list.size).toBeGreaterThan(10_000)
    expect([...list].every((p) => p === foldText(p))).toBe(true)
  })
})
