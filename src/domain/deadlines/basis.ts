// The one-line Vietnamese basis shown beside every deadline (DESIGN.md principle 3):
// "Điều 240 BLTTHS 2015: 30 ngày kể từ ngày nhận hồ sơ, tội rất nghiêm trọng; gia hạn 15 ngày".
import { formatViDate, type IsoDate } from '@/domain/calendar/index.ts'
import { formatPeriod, type Period } from './counting.ts'
import type { Suspension } from './deadline-types.ts'
import { categoryPhrase, type ResolvedRule } from './resolve-rule.ts'

export type BasisParts = {
  resolved: ResolvedRule
  granted: readonly Period[]
  suspensions: readonly Suspension[]
  moved?: { from: IsoDate; to: IsoDate }
}

const extensionsPhrase = (granted: readonly Period[]): string[] => {
  const [only] = granted
  if (granted.length === 1 && only) return [`gia hạn ${formatPeriod(only)}`]
  return granted.map((p, i) => `gia hạn lần ${i + 1}: ${formatPeriod(p)}`)
}

const suspensionPhrase =
  (resolved: ResolvedRule) =>
  ({ from, to }: Suspension): string => {
    const effect = resolved.rule.suspension
    if (to === null) return `tạm đình chỉ từ ${formatViDate(from)}, chưa phục hồi`
    if (effect.kind === 'fresh_period') {
      return `tạm đình chỉ từ ${formatViDate(from)}, phục hồi ngày ${formatViDate(to)}: ${formatPeriod(effect.period)} kể từ ngày phục hồi (${effect.source})`
    }
    return `tạm đình chỉ từ ${formatViDate(from)} đến ${formatViDate(to)}`
  }

export const basisText = ({ resolved, granted, suspensions, moved }: BasisParts): string => {
  const { rule, base } = resolved
  const head = `${rule.article}: ${formatPeriod(base)} ${rule.startEvent}${categoryPhrase(resolved)}`
  const tail = [
    ...extensionsPhrase(granted),
    ...[...suspensions].sort((a, b) => (a.from < b.from ? -1 : 1)).map(suspensionPhrase(resolved)),
    ...(moved ? [`hết hạn vào ngày nghỉ ${formatViDate(moved.from)}, chuyển sang ${formatViDate(moved.to)}`] : []),
  ]
  return [head, ...tail].join('; ')
}
