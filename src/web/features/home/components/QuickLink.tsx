import { Group, Paper, Text, ThemeIcon, UnstyledButton } from '@mantine/core'
import { Link } from '@tanstack/react-router'
import {
  IconBuilding,
  IconCalendarEvent,
  IconCalendarTime,
  IconChartBar,
  IconHistory,
  IconListCheck,
  IconNotebook,
  IconPlus,
  IconTarget,
  IconUsers,
} from '@tabler/icons-react'
import type { ReactNode } from 'react'
import type { QuickLinkItem, QuickLinkTarget } from '../utils/quickLinks.ts'

const ICONS: Record<QuickLinkTarget, ReactNode> = {
  '/so-thu-ly': <IconNotebook size={20} />,
  '/so-thu-ly/moi': <IconPlus size={20} />,
  '/thoi-han': <IconCalendarTime size={20} />,
  '/chi-tieu': <IconChartBar size={20} />,
  '/chi-tieu/muc-tieu': <IconTarget size={20} />,
  '/don-vi': <IconBuilding size={20} />,
  '/can-bo': <IconUsers size={20} />,
  '/lich-nghi': <IconCalendarEvent size={20} />,
  '/nhat-ky': <IconHistory size={20} />,
  '/tac-vu-nen': <IconListCheck size={20} />,
}

export function QuickLink({ to, title, description }: QuickLinkItem) {
  return (
    <UnstyledButton
      component={Link}
      to={to}
      style={{ display: 'block', borderRadius: 'var(--mantine-radius-md)' }}
      data-testid="quick-link"
    >
      <Paper withBorder radius="md" p="md" h="100%">
        <Group wrap="nowrap" align="flex-start" gap="md">
          <ThemeIcon size={38} radius="md" variant="light" color="blue">
            {ICONS[to]}
          </ThemeIcon>
          <div>
            <Text fw={600} size="sm">
              {title}
            </Text>
            <Text size="xs" c="dimmed" mt={2}>
              {description}
            </Text>
          </div>
        </Group>
      </Paper>
    </UnstyledButton>
  )
}
