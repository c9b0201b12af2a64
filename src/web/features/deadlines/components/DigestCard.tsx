import { Badge, Group, Paper, Stack, Text, Title } from '@mantine/core'
import { useQuery } from '@tanstack/react-query'
import type { z } from 'zod'
import { Digest } from '@/shared/api/register.ts'
import { formatDate, formatNumber } from '@/shared/format.ts'
import { request } from '@/web/shared/api/httpClient.ts'
import { RouterAnchor } from '@/web/shared/components/RouterAnchor.tsx'
import { urgencyTone } from '../utils/deadlineTone.ts'
import { digestPreparedLabel } from '../utils/digestLabel.ts'
import { DEADLINE_TAB_LABELS } from '../utils/deadlinesSearch.ts'

const BANDS = ['overdue', 'due_today', 'due_3', 'due_7'] as const

type Section = NonNullable<z.infer<typeof Digest>['mine']>

function DigestSection({ title, section }: { title: string; section: Section }) {
  return (
    <Stack gap={6}>
      <Text size="sm" fw={600}>
        {title}
      </Text>
      <Group gap="xs">
        {BANDS.map((band) => (
          <Badge key={band} color={section.counts[band] > 0 ? urgencyTone(band).color : 'gray'} variant="light">
            {DEADLINE_TAB_LABELS[band]}: {formatNumber(section.counts[band])}
          </Badge>
        ))}
      </Group>
      {section.items.slice(0, 5).map((item) => (
        <Text key={item.deadlineId} size="sm">
          <Text span fw={600} c={urgencyTone(item.urgency).color}>
            {formatDate(item.dueDate)}
          </Text>{' '}
          {item.ruleName}
          {item.subjectName ? ` – ${item.subjectName}` : ''} ·{' '}
          <RouterAnchor to="/so-thu-ly/$matterId" params={{ matterId: String(item.matterId) }} size="sm">
            {item.matterNumber}
          </RouterAnchor>
        </Text>
      ))}
    </Stack>
  )
}

/** The daily digest the server computes each morning: my deadlines, and my unit's when I lead one, labelled with when it was prepared. */
export function DigestCard() {
  const { data } = useQuery({ queryKey: ['digest'], queryFn: () => request('/api/digest', { schema: Digest }) })
  if (!data?.day || (!data.mine && !data.unit)) return null

  return (
    <Paper withBorder radius="md" p="lg" data-testid="deadline-digest">
      <Title order={2} size="h4">
        Bản tin thời hạn ngày {formatDate(data.day)}
      </Title>
      {/* A snapshot, not recomputed on writes: it says when it was prepared, the card above is live. */}
      <Text size="xs" c="dimmed" mb="sm" data-testid="deadline-digest-prepared">
        {digestPreparedLabel(data.preparedAt) ?? 'Bản tin lập hằng ngày'} · số liệu có thể đã thay đổi sau thời điểm
        này, xem “Thời hạn sắp đến” để có số liệu hiện tại.
      </Text>
      <Stack gap="md">
        {data.mine ? <DigestSection title="Vụ việc tôi được phân công" section={data.mine} /> : null}
        {data.unit ? <DigestSection title="Toàn đơn vị" section={data.unit} /> : null}
      </Stack>
    </Paper>
  )
}
