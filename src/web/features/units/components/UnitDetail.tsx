import { Badge, Button, Group, Paper, Stack, Table, Text, Title } from '@mantine/core'
import { useNavigate } from '@tanstack/react-router'
import { IconEdit, IconUsers } from '@tabler/icons-react'
import type { Unit } from '@/shared/api/units.ts'
import { UNIT_LEVEL_LABELS } from '@/shared/vocabulary.ts'
import { useMe } from '@/web/features/auth/hooks/useMe.ts'
import { DetailRow } from '@/web/shared/components/DetailRow.tsx'
import { useCurrentUnit } from '../hooks/useCurrentUnit.ts'
import { formatValidity, isHistoricalUnit } from '../utils/unitLabels.ts'
import { UnitLink } from './UnitLink.tsx'

type UnitDetailProps = { unit: Unit; units: Unit[]; onSelect: (id: number) => void; onEdit: () => void }

/** Everything about one unit: where it sits, when it existed, who took over its work. */
export function UnitDetail({ unit, units, onSelect, onEdit }: UnitDetailProps) {
  const me = useMe()
  const navigate = useNavigate()
  const { scopeUnits, setUnitId } = useCurrentUnit()
  const children = units.filter((u) => u.parentId === unit.id)
  const predecessors = units.filter((u) => u.successorId === unit.id)
  const historical = isHistoricalUnit(unit)
  const inScope = scopeUnits.some((s) => s.unit.id === unit.id)

  const openPeople = () => {
    setUnitId(unit.id)
    void navigate({ to: '/can-bo' })
  }

  return (
    <Paper
      withBorder
      radius="md"
      p="lg"
      component="section"
      aria-labelledby="unit-detail-title"
      data-testid="unit-detail"
    >
      <Stack gap="md">
        <Group justify="space-between" align="flex-start" wrap="nowrap">
          <Stack gap={4}>
            <Title order={2} size="h4" id="unit-detail-title">
              {unit.name}
            </Title>
            <Group gap="xs">
              <Badge variant="light" color="blue">
                {UNIT_LEVEL_LABELS[unit.level]}
              </Badge>
              {historical ? (
                <Badge variant="outline" color="gray">
                  {unit.successorId ? 'Đã sáp nhập' : 'Đã giải thể'}
                </Badge>
              ) : (
                <Badge variant="light" color="green">
                  Đang hoạt động
                </Badge>
              )}
            </Group>
          </Stack>
          {me.can.manageUnits ? (
            <Button variant="light" leftSection={<IconEdit size={16} />} onClick={onEdit} style={{ flex: 'none' }}>
              Sửa
            </Button>
          ) : null}
        </Group>
        <Table variant="vertical" layout="fixed" withTableBorder={false}>
          <Table.Tbody>
            <DetailRow label="Mã đơn vị">
              <Text ff="monospace" size="sm">
                {unit.code}
              </Text>
            </DetailRow>
            <DetailRow label="Tên viết tắt">{unit.shortName ?? '—'}</DetailRow>
            <DetailRow label="Trực thuộc">
              {unit.parentId ? (
                <UnitLink id={unit.parentId} units={units} onSelect={onSelect} name={unit.parentName} />
              ) : (
                '—'
              )}
            </DetailRow>
            <DetailRow label="Thời gian hoạt động">
              <span data-testid="unit-validity">{formatValidity(unit)}</span>
            </DetailRow>
            {unit.successorId ? (
              <DetailRow label={historical ? 'Đã sáp nhập vào' : 'Đơn vị kế thừa'}>
                <UnitLink id={unit.successorId} units={units} onSelect={onSelect} />
              </DetailRow>
            ) : null}
            {predecessors.length > 0 ? (
              <DetailRow label="Tiếp nhận từ">
                <Stack gap={2}>
                  {predecessors.map((p) => (
                    <UnitLink key={p.id} id={p.id} units={units} onSelect={onSelect} />
                  ))}
                </Stack>
              </DetailRow>
            ) : null}
            <DetailRow label="Đơn vị trực thuộc">
              {children.length > 0 ? `${children.length} đơn vị` : 'Không có'}
            </DetailRow>
          </Table.Tbody>
        </Table>
        {inScope ? (
          <Group>
            <Button variant="default" leftSection={<IconUsers size={16} />} onClick={openPeople}>
              Xem cán bộ của đơn vị
            </Button>
          </Group>
        ) : null}
      </Stack>
    </Paper>
  )
}
