// Words typed into a column with a list (Loại vụ việc, Nguồn tin): a label is accepted as
// written or differing only in case and spaces ("dân  SỰ"), never when a letter differs. A
// label that matches only once the accents are dropped ("Dân sư", "Tin bao") is a misspelling:
// it is refused with the label it most likely meant, so nothing is recorded under a guess.
import { foldVietnamese } from '@/shared/text.ts'

/** Case and spaces do not count; accents and letters do. NFC so that composed and decomposed "ự" agree. */
export const labelKey = (text: string): string => text.normalize('NFC').toLocaleLowerCase('vi').replace(/\s+/g, '')

const foldedKey = (text: string): string => foldVietnamese(text).replace(/\s+/g, '')

export type LabelMatch<T> = { ok: true; value: T } | { ok: false; suggestion: string | null }

/**
 * A list's labels, each with its value; several labels may name one value. `shown` is the
 * label suggested for a value (the one of the dropdown), the first label given otherwise.
 */
export const labelMatcher = <T>(
  labels: readonly (readonly [string, T])[],
  shown: ReadonlyMap<T, string> = new Map(),
) => {
  const exact = new Map<string, T>()
  const folded = new Map<string, T>()
  for (const [label, value] of labels) {
    if (!exact.has(labelKey(label))) exact.set(labelKey(label), value)
    if (!folded.has(foldedKey(label))) folded.set(foldedKey(label), value)
  }
  const labelOf = (value: T) => shown.get(value) ?? labels.find(([, v]) => v === value)![0]
  return (text: string): LabelMatch<T> => {
    const value = exact.get(labelKey(text))
    if (value !== undefined) return { ok: true, value }
    const near = folded.get(foldedKey(text))
    return { ok: false, suggestion: near === undefined ? null : labelOf(near) }
  }
}
