import { Box, Collapse, Group, Stack, Text, Tooltip, UnstyledButton } from '@mantine/core'
import { useDisclosure } from '@mantine/hooks'
import { IconChevronDown, IconChevronRight } from '@tabler/icons-react'
import type { Deadline } from '@/shared/api/register.ts'
import { formatDate } from '@/shared/format.ts'
import {
  alternativeDueText,
  dayOffText,
  daysLeftText,
  deadlineTone,
  formatDue,
  toneCssColor,
} from '../utils/deadlineTone.ts'
import { DeadlineBadge } from './DeadlineBadge.tsx'
import { ExtensionRequestText } from './ExtensionRequestText.tsx'

/** One statutory deadline of a matter: what, for whom, until when, why, and what can still be done. */
export function DeadlineItem({ deadline: d }: { deadline: Deadline }) {
  const [basisOpened, basis] = useDisclosure(false)
  const tone = deadlineTone(d)
  const open = d.status === 'open'

  return (
    <Box
      data-testid="deadline-item"
      data-rule={d.ruleCode}
      data-status={d.status}
      data-urgency={d.urgency ?? undefined}
      pl="sm"
      py={6}
      style={{
        borderLeft: `4px solid ${toneCssColor(tone.color)}`,
        opacity: open || d.status === 'suspended' ? 1 : 0.85,
      }}
    >
      <Group justify="space-between" align="flex-start" wrap="nowrap" gap="xs">
        <Tooltip label={d.basis} multiline w={380}>
          <Text fw={600} size="sm" data-testid="deadline-rule-name">
            {d.ruleName}
            {d.subjectName ? (
              <Text span c="dimmed" fw={400} size="sm">
                {' '}
                – {d.subjectName}
              </Text>
            ) : null}
          </Text>
        </Tooltip>
        <DeadlineBadge deadline={d} />
      </Group>
      <Text size="sm" mt={2}>
        {d.status === 'suspended' ? (
          <Text span c="dimmed">
            Tạm ngừng tính thời hạn
          </Text>
        ) : (
          <>
            Hạn:{' '}
            <Text span fw={700} className="tabular" c={tone.text} data-testid="deadline-due">
              {formatDue(d)}
            </Text>
            {open && d.dueDate ? (
              <Text span c="dimmed" size="xs">
                {' '}
                ({daysLeftText(d.dueDate)})
              </Text>
            ) : null}
            {!open && d.closedOn ? (
              <Text span c="dimmed" size="xs">
                {' '}
                · kết thúc ngày {formatDate(d.closedOn)}
              </Text>
            ) : null}
          </>
        )}
      </Text>
      <Stack gap={0}>
        {d.status !== 'suspended' && alternativeDueText(d) ? (
          <Text size="xs" c="dimmed" data-testid="deadline-alternative">
            {alternativeDueText(d)}
          </Text>
        ) : null}
        {d.movedBecauseOfDayOff ? (
          <Text size="xs" c="orange.8" data-testid="deadline-moved">
            Đã lùi do ngày nghỉ: {dayOffText(d.dayOffReasons) || 'ngày cuối trùng ngày nghỉ'}
          </Text>
        ) : null}
        {open && d.latestExtensionRequestDate ? (
          <ExtensionRequestText
            latest={d.latestExtensionRequestDate}
            suffix={d.extensionsRemaining > 0 ? ` · còn ${d.extensionsRemaining} lần gia hạn` : ''}
          />
        ) : null}
        {open && !d.latestExtensionRequestDate && d.extensionsRemaining === 0 ? (
          <Text size="xs" c="dimmed">
            Không còn được gia hạn
          </Text>
        ) : null}
      </Stack>
      <UnstyledButton onClick={basis.toggle} aria-expanded={basisOpened} mt={2}>
        <Group gap={2}>
          {basisOpened ? <IconChevronDown size={14} aria-hidden /> : <IconChevronRight size={14} aria-hidden />}
          <Text size="xs" c="blue.7">
            Căn cứ pháp lý
          </Text>
        </Group>
      </UnstyledButton>
      <Collapse in={basisOpened}>
        <Text size="xs" c="dimmed" mt={2} data-testid="deadline-basis">
          {d.basis}
        </Text>
      </Collapse>
    </Box>
  )
}
