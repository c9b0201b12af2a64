import { useState } from 'react'
import { Badge, Button, Group, Paper, Stack, Text, Timeline, Title } from '@mantine/core'
import { IconBan, IconCircleCheck, IconCircleX } from '@tabler/icons-react'
import type { MatterDetail } from '@/shared/api/register.ts'
import { formatDate, formatDateTime } from '@/shared/format.ts'
import { EventDetails } from './EventDetails.tsx'
import { VoidEventModal } from './VoidEventModal.tsx'

type RegisterEvent = MatterDetail['events'][number]

type MatterTimelineProps = { matter: MatterDetail; canRecord: boolean }

// Newest first: the act just recorded appears at the top, under the form.
const newestFirst = (a: RegisterEvent, b: RegisterEvent) =>
  b.occurredOn.localeCompare(a.occurredOn) || (b.occurredAt ?? '').localeCompare(a.occurredAt ?? '') || b.id - a.id

/** Every procedural act of the matter, with its document and who recorded it; voided acts stay, struck through. */
export function MatterTimeline({ matter, canRecord }: MatterTimelineProps) {
  const [voiding, setVoiding] = useState<RegisterEvent | null>(null)
  const events = [...matter.events].sort(newestFirst)
  const subjectName = (id: number) => matter.subjects.find((s) => s.id === id)?.fullName ?? `#${id}`

  return (
    <Paper withBorder radius="md" p="md" data-testid="matter-timeline">
      <Title order={2} size="h4" mb="md">
        Diễn biến tố tụng
      </Title>
      {events.length === 0 ? (
        <Text size="sm" c="dimmed">
          Chưa có hành vi tố tụng nào.
        </Text>
      ) : (
        <Timeline bulletSize={22} lineWidth={2} active={-1}>
          {events.map((e) => (
            <Timeline.Item
              key={e.id}
              data-testid="timeline-event"
              data-type={e.type}
              data-voided={e.voided ? 'true' : 'false'}
              bullet={e.voided ? <IconCircleX size={14} /> : <IconCircleCheck size={14} />}
              color={e.voided ? 'gray' : 'blue'}
              title={
                <Group justify="space-between" gap="xs" wrap="nowrap" align="flex-start">
                  <Text
                    fw={600}
                    size="sm"
                    td={e.voided ? 'line-through' : undefined}
                    c={e.voided ? 'dimmed' : undefined}
                    data-testid="timeline-event-label"
                  >
                    {e.typeLabel}
                  </Text>
                  {canRecord && !e.voided ? (
                    <Button
                      size="compact-xs"
                      variant="subtle"
                      // Quiet on every act of a long timeline; the dialog it opens is where the warning is (issue 12, item 15).
                      color="gray"
                      leftSection={<IconBan size={14} />}
                      onClick={() => setVoiding(e)}
                      aria-label={`Hủy: ${e.typeLabel} ngày ${formatDate(e.occurredOn)}`}
                    >
                      Hủy
                    </Button>
                  ) : null}
                </Group>
              }
            >
              <Stack
                gap={2}
                style={{ textDecoration: e.voided ? 'line-through' : undefined, opacity: e.voided ? 0.7 : 1 }}
              >
                <Text size="sm" className="tabular">
                  <b>{formatDate(e.occurredOn)}</b>
                  {e.occurredAt ? ` lúc ${e.occurredAt}` : ''}
                  {e.documentNumber ? ` · Số ${e.documentNumber}` : ''}
                  {e.issuingBody ? ` · ${e.issuingBody}` : ''}
                </Text>
                {e.subjectId ? (
                  <Text size="sm">
                    <Text span c="dimmed" size="sm">
                      Bị can:
                    </Text>{' '}
                    {subjectName(e.subjectId)}
                  </Text>
                ) : null}
                <EventDetails type={e.type} data={e.data} subjectName={subjectName} offenceOn={matter.receivedOn} />
              </Stack>
              {e.voided ? (
                <Group gap={6} mt={4}>
                  <Badge color="gray" variant="light">
                    Đã hủy
                  </Badge>
                  <Text size="sm" c="dimmed" data-testid="void-reason">
                    {e.voidedBy ? `bởi ${e.voidedBy}` : ''}
                    {e.voidedAt ? ` lúc ${formatDateTime(e.voidedAt)}` : ''}
                    {e.voidedBy || e.voidedAt ? ' · ' : ''}Lý do: {e.voidReason ?? '—'}
                  </Text>
                </Group>
              ) : null}
              <Text size="xs" c="dimmed" mt={4}>
                Ghi nhận{e.recordedBy ? ` bởi ${e.recordedBy}` : ''} lúc {formatDateTime(e.recordedAt)}
              </Text>
            </Timeline.Item>
          ))}
        </Timeline>
      )}
      <VoidEventModal matterId={matter.id} event={voiding} onClose={() => setVoiding(null)} />
    </Paper>
  )
}
