// The fields that differ between an audit row's before and after, each in words (auditVocabulary).
import { type AuditReaders, EMPTY, fieldLines, inFormOrder, isHiddenField } from './auditVocabulary.ts'

export type { AuditReaders } from './auditVocabulary.ts'

export type FieldChange = { key: string; label: string; before: string; after: string }

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/**
 * What changed on a record of `entity`: a creation has only after, a deletion only before.
 * A field that stands for several lines (an act's details) is compared line by line.
 */
export const auditChanges = (entity: string, before: unknown, after: unknown, readers: AuditReaders): FieldChange[] => {
  const b = isRecord(before) ? before : {}
  const a = isRecord(after) ? after : {}
  const fields = inFormOrder(
    entity,
    [...new Set([...Object.keys(a), ...Object.keys(b)])].filter((f) => !isHiddenField(f)),
  )
  const changes: FieldChange[] = []
  for (const field of fields) {
    if (JSON.stringify(b[field]) === JSON.stringify(a[field])) continue
    const beforeLines = field in b ? fieldLines(entity, field, b[field], b, readers) : []
    const afterLines = field in a ? fieldLines(entity, field, a[field], a, readers) : []
    const keys = [...new Set([...beforeLines, ...afterLines].map((line) => line.key))]
    for (const key of keys) {
      const was = beforeLines.find((line) => line.key === key)
      const now = afterLines.find((line) => line.key === key)
      if ((was?.value ?? EMPTY) === (now?.value ?? EMPTY)) continue
      changes.push({
        key,
        label: (now ?? was)!.label,
        before: was?.value ?? EMPTY,
        after: now?.value ?? EMPTY,
      })
    }
  }
  return changes
}
