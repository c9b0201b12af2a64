import { Group, Paper, Text, ThemeIcon, UnstyledButton } from '@mantine/core'
import { Link } from '@tanstack/react-router'
import type { ReactNode } from 'react'

type QuickLinkProps = {
  to: '/can-bo' | '/don-vi' | '/nhat-ky' | '/so-thu-ly' | '/thoi-han' | '/chi-tieu'
  title: string
  description: string
  icon: ReactNode
  planned?: boolean
}

export function QuickLink({ to, title, description, icon, planned = false }: QuickLinkProps) {
  return (
    <UnstyledButton component={Link} to={to} style={{ display: 'block', borderRadius: 'var(--mantine-radius-md)' }}>
      <Paper withBorder radius="md" p="md" h="100%" style={{ opacity: planned ? 0.65 : 1 }}>
        <Group wrap="nowrap" align="flex-start" gap="md">
          <ThemeIcon size={38} radius="md" variant="light" color={planned ? 'gray' : 'blue'}>
            {icon}
          </ThemeIcon>
          <div>
            <Text fw={600} size="sm">
              {title}
              {planned ? (
                <Text span size="xs" c="dimmed" fw={400}>
                  {' '}
                  · Đang xây dựng
                </Text>
              ) : null}
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
