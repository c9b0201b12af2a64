// What a new password must be (issue 10, defect 8): pure, no I/O; the list of common passwords
// is handed in (src/server/modules/auth/common-passwords.ts reads the data file).
//
// Sources: NIST SP 800-63B §5.1.1.2 (memorized secrets: a minimum length, no composition
// rules, refuse values from breach corpuses and dictionaries, repetitive or sequential
// characters, context-specific words such as the service's name and the username); the
// minimum is 12 rather than NIST's 8 because nothing else (no second factor) protects these
// accounts — the length OWASP's ASVS 4.0 V2.1.1 asks for. Vietnamese passwords are compared
// without diacritics and case: "Mậtkhẩu" is "matkhau".

export const PASSWORD_MIN_LENGTH = 12
export const PASSWORD_MAX_LENGTH = 200

export type PasswordProblemCode =
  | 'PASSWORD_CONTROL_CHARS'
  | 'PASSWORD_BLANK'
  | 'PASSWORD_TOO_SHORT'
  | 'PASSWORD_TOO_LONG'
  | 'PASSWORD_CONTAINS_USERNAME'
  | 'PASSWORD_COMMON'

export type PasswordProblem = { code: PasswordProblemCode; message: string }

export type PasswordContext = { username: string | null; commonPasswords: ReadonlySet<string> }

/** Lower case, no diacritics (đ → d): how two spellings of one Vietnamese word compare. */
export const foldText = (text: string): string =>
  text.normalize('NFD').replace(/\p{M}/gu, '').replace(/[đĐ]/g, 'd').toLowerCase()

// Control characters (C0 with tab and line breaks, DEL, C1), format characters (zero-width,
// bidirectional marks), lone surrogates and unassigned/private code points: none can be typed
// reliably on another keyboard, and some make two passwords look alike.
const CONTROL = /[\p{Cc}\p{Cf}\p{Cs}\p{Co}\p{Cn}]/u

/** The password as a sequence of characters the user typed (code points, NFC). */
const lengthOf = (password: string): number => [...password.normalize('NFC')].length

/** True when the whole value repeats one short unit ("abcabcabcabc", "121212121212", "aaaa…"). */
const isRepetition = (value: string): boolean => {
  for (let unit = 1; unit <= 4 && unit * 2 <= value.length; unit++) {
    const head = value.slice(0, unit)
    if (head.repeat(Math.ceil(value.length / unit)).slice(0, value.length) === value) return true
  }
  return false
}

/** True for a run like "123456789012" or "zyxwvutsrqpo": every step +1 (or every step −1), digits wrapping 9→0. */
const isSequence = (value: string): boolean => {
  if (value.length < 4) return false
  const step = (a: string, b: string): number => {
    if (/\d/.test(a) && /\d/.test(b))
      return (((Number(b) - Number(a)) % 10) + 10) % 10 === 1
        ? 1
        : (((Number(a) - Number(b)) % 10) + 10) % 10 === 1
          ? -1
          : 0
    return b.charCodeAt(0) - a.charCodeAt(0)
  }
  const first = step(value[0]!, value[1]!)
  if (first !== 1 && first !== -1) return false
  for (let i = 1; i < value.length - 1; i++) if (step(value[i]!, value[i + 1]!) !== first) return false
  return true
}

// Common substitutions ("p@ssw0rd" is "password").
const UNLEET: Record<string, string> = {
  '@': 'a',
  '4': 'a',
  '3': 'e',
  '1': 'i',
  '!': 'i',
  '0': 'o',
  $: 's',
  '5': 's',
  '7': 't',
}

/** The spellings of a password compared with the list: as typed, without spaces, de-leeted, and its word without added digits or symbols. */
const candidates = (folded: string): string[] => {
  const compact = folded.replace(/[\s._-]+/g, '')
  const unleet = [...compact].map((c) => UNLEET[c] ?? c).join('')
  // "iloveyou2026!" is "iloveyou" with digits added: the word itself is what is guessed.
  const word = compact.replace(/^[^\p{L}]+|[^\p{L}]+$/gu, '')
  return [folded, compact, unleet, ...(word.length >= 4 ? [word] : [])]
}

/** The first rule a new password breaks, with its Vietnamese message; null if it may be used. */
export const checkPassword = (
  password: string,
  { username, commonPasswords }: PasswordContext,
): PasswordProblem | null => {
  if (CONTROL.test(password))
    return {
      code: 'PASSWORD_CONTROL_CHARS',
      message: 'Mật khẩu không được chứa ký tự điều khiển, ký tự vô hình hoặc ký tự không hợp lệ',
    }
  if (password.trim() === '') return { code: 'PASSWORD_BLANK', message: 'Mật khẩu không được chỉ gồm khoảng trắng' }
  const length = lengthOf(password)
  if (length < PASSWORD_MIN_LENGTH)
    return { code: 'PASSWORD_TOO_SHORT', message: `Mật khẩu phải có ít nhất ${PASSWORD_MIN_LENGTH} ký tự` }
  if (length > PASSWORD_MAX_LENGTH)
    return { code: 'PASSWORD_TOO_LONG', message: `Mật khẩu tối đa ${PASSWORD_MAX_LENGTH} ký tự` }

  const folded = foldText(password.normalize('NFC'))
  if (username) {
    const name = foldText(username.trim())
    const nameCompact = name.replace(/[\s._-]+/g, '')
    const compact = folded.replace(/[\s._-]+/g, '')
    if (name.length >= 3 && (folded.includes(name) || (nameCompact.length >= 3 && compact.includes(nameCompact))))
      return { code: 'PASSWORD_CONTAINS_USERNAME', message: 'Mật khẩu không được trùng hoặc chứa tên đăng nhập' }
  }
  const compact = folded.replace(/\s+/g, '')
  if (isRepetition(compact) || isSequence(compact) || candidates(folded).some((c) => commonPasswords.has(c)))
    return {
      code: 'PASSWORD_COMMON',
      message:
        'Mật khẩu quá phổ biến hoặc dễ đoán (dãy số, ký tự lặp, từ thông dụng). Vui lòng chọn mật khẩu khác, ví dụ một câu ngắn dễ nhớ',
    }
  return null
}
