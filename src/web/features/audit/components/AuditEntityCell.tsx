import { Text } from '@mantine/core'
import type { AuditEntry } from '@/shared/api/audit.ts'
import { AUDIT_ENTITY_LABELS } from '@/shared/vocabulary.ts'
import { RouterAnchor } from '@/web/shared/components/RouterAnchor.tsx'

/** "Cán bộ #12", a link to the person when the entry is about one. */
export function AuditEntityCell({ entry }: { entry: AuditEntry }) {
  const label = AUDIT_ENTITY_LABELS[entry.entity] ?? entry.entity
  if (entry.entity === 'person' && entry.entityId && /^\d+$/.test(entry.entityId)) {
    return (
      <RouterAnchor to="/can-bo/$personId" params={{ personId: entry.entityId }} size="sm">
        {label} #{entry.entityId}
      </RouterAnchor>
    )
  }
  return (
    <Text size="sm">
      {label}
      {entry.entityId ? ` #${entry.entityId}` : ''}
    </Text>
  )
}
