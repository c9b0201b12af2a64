import { Group, Paper, Skeleton, Text, ThemeIcon } from '@mantine/core'
import type { ReactNode } from 'react'
import { formatNumber } from '@/shared/format.ts'

type StatCardProps = { label: string; value: number | undefined; icon: ReactNode; color: string; testId: string }

export function StatCard({ label, value, icon, color, testId }: StatCardProps) {
  return (
    <Paper withBorder radius="md" p="lg">
      <Group justify="space-between" align="flex-start" wrap="nowrap">
        <div>
          <Text size="sm" c="dimmed" fw={500}>
            {label}
          </Text>
          {value === undefined ? (
            <Skeleton h={34} w={80} mt={6} />
          ) : (
            <Text fz={32} fw={700} lh={1.2} mt={2} className="tabular" data-testid={testId}>
              {formatNumber(value)}
            </Text>
          )}
        </div>
        <ThemeIcon size={44} radius="md" variant="light" color={color}>
          {icon}
        </ThemeIcon>
      </Group>
    </Paper>
  )
}
