import { Box, Group, Text, UnstyledButton } from '@mantine/core'
import { Link } from '@tanstack/react-router'
import { IconScale } from '@tabler/icons-react'

/** The app's name and emblem; leads home. */
export function BrandMark() {
  return (
    <UnstyledButton component={Link} to="/" aria-label="kiemsat – về trang Tổng quan">
      <Group gap="xs" wrap="nowrap">
        <Box
          bg="crimson.8"
          c="yellow.4"
          w={36}
          h={36}
          style={{ borderRadius: 8, display: 'grid', placeItems: 'center', flex: 'none' }}
          aria-hidden
        >
          <IconScale size={22} stroke={1.8} />
        </Box>
        <Box visibleFrom="md">
          <Text fw={700} size="lg" lh={1.1} c="crimson.8">
            kiemsat
          </Text>
          <Text size="xs" c="dimmed" lh={1.2}>
            Viện kiểm sát nhân dân
          </Text>
        </Box>
      </Group>
    </UnstyledButton>
  )
}
