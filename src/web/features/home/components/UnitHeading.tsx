import { Paper, Text, Title } from '@mantine/core'
import { useCurrentUnit } from '@/web/features/units/hooks/useCurrentUnit.ts'
import { unitOptionLabel } from '@/web/features/units/utils/unitLabels.ts'

/** The unit the home speaks of: the one chosen in the header's unit switcher. */
export function UnitHeading() {
  const { unit } = useCurrentUnit()
  return (
    <Paper withBorder radius="md" px="md" py="sm" data-testid="current-unit-card">
      <Text size="xs" tt="uppercase" fw={700} c="dimmed">
        Đơn vị đang xem
      </Text>
      <Title order={2} size="h4" data-testid="current-unit-name">
        {unitOptionLabel(unit)}
      </Title>
      <Text size="xs" c="dimmed">
        Số liệu của đơn vị và các đơn vị trực thuộc. Đổi đơn vị ở ô “Chọn đơn vị” phía trên.
      </Text>
    </Paper>
  )
}
