// The "Kiểm sát viên" column: staff write a username ("ksv") or a full name ("Nguyễn Văn An").
// A username is matched first; a name must name exactly one active person within the caller's
// reach, ignoring case and spaces but not accents. Two people of the same name are refused with
// their usernames, and a name that matches only without accents is refused with the one meant.
import { foldVietnamese } from '@/shared/text.ts'
import { labelKey } from './labels.ts'

/** An active person within the caller's `person.read` reach. */
export type Staff = { id: number; username: string | null; fullName: string }

export type ProsecutorMatch = { ok: true; id: number } | { ok: false; message: string }

const foldedKey = (text: string) => foldVietnamese(text).replace(/\s+/g, '')

const group = <T>(items: T[], keyOf: (item: T) => string): Map<string, T[]> => {
  const groups = new Map<string, T[]>()
  for (const item of items) groups.set(keyOf(item), [...(groups.get(keyOf(item)) ?? []), item])
  return groups
}

const usernamesOf = (people: Staff[]): string => {
  const named = people.flatMap((p) => (p.username ? [p.username] : [])).sort()
  const without = people.length - named.length
  return [...named, ...(without > 0 ? [`${without} người chưa có tài khoản`] : [])].join(', ')
}

/** `reach` is every active person the caller may assign; `byUsername` finds one of them by login. */
export const prosecutorMatcher = (reach: Staff[]) => {
  const byUsername = new Map(reach.flatMap((p) => (p.username ? [[p.username.toLowerCase(), p] as const] : [])))
  const byName = group(reach, (p) => labelKey(p.fullName))
  const byFolded = group(reach, (p) => foldedKey(p.fullName))

  return (text: string): ProsecutorMatch => {
    const person = byUsername.get(text.trim().toLowerCase())
    if (person) return { ok: true, id: person.id }
    const named = byName.get(labelKey(text)) ?? []
    if (named.length === 1) return { ok: true, id: named[0]!.id }
    if (named.length > 1)
      return {
        ok: false,
        message: `Có ${named.length} cán bộ cùng họ tên "${text}" trong phạm vi của bạn (tên đăng nhập: ${usernamesOf(named)}); hãy nhập tên đăng nhập của người được phân công`,
      }
    const near = [...new Set((byFolded.get(foldedKey(text)) ?? []).map((p) => p.fullName))]
    if (near.length > 0)
      return {
        ok: false,
        message: `Không có cán bộ họ tên "${text}" trong phạm vi của bạn; có phải ${near.map((n) => `"${n}"`).join(' hoặc ')}?`,
      }
    return {
      ok: false,
      message: `Không có cán bộ đang công tác với tên đăng nhập hoặc họ tên "${text}" trong phạm vi của bạn`,
    }
  }
}
