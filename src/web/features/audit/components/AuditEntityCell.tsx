import { Stack, Text } from '@mantine/core'
import type { AuditEntry } from '@/shared/api/audit.ts'
import { RouterAnchor } from '@/web/shared/components/RouterAnchor.tsx'
import { auditSubject, matterName } from '../utils/auditSubject.ts'
import type { AuditReaders } from '../utils/auditVocabulary.ts'

/** What the row is about: its kind, its name, and a link to the matter or the person. */
export function AuditEntityCell({ entry, readers }: { entry: AuditEntry; readers: AuditReaders }) {
  const subject = auditSubject(entry, readers)
  return (
    <Stack gap={0} data-testid="audit-subject">
      <Text size="sm">
        {subject.kind}
        {subject.name && !subject.personId ? `: ${subject.name}` : ''}
      </Text>
      {subject.personId ? (
        <RouterAnchor to="/can-bo/$personId" params={{ personId: subject.personId }} size="sm">
          {subject.name ?? 'Xem cán bộ'}
        </RouterAnchor>
      ) : null}
      {subject.matter ? (
        <RouterAnchor
          to="/so-thu-ly/$matterId"
          params={{ matterId: String(subject.matter.id) }}
          size="sm"
          data-testid="audit-matter-link"
        >
          {matterName(subject.matter)}
        </RouterAnchor>
      ) : null}
      {subject.matter ? (
        <Text size="xs" c="dimmed" lineClamp={1} title={subject.matter.title}>
          {subject.matter.title}
        </Text>
      ) : null}
    </Stack>
  )
}
