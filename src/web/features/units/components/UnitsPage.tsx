import { useMemo, useState } from 'react'
import { Button, Divider, Grid, Group, Paper, Stack, Switch, Text } from '@mantine/core'
import { getRouteApi } from '@tanstack/react-router'
import { IconPlus } from '@tabler/icons-react'
import type { Unit } from '@/shared/api/units.ts'
import { useMe } from '@/web/features/auth/hooks/useMe.ts'
import { ErrorAlert } from '@/web/shared/components/ErrorAlert.tsx'
import { LoadingState } from '@/web/shared/components/LoadingState.tsx'
import { PageHeader } from '@/web/shared/components/PageHeader.tsx'
import { useCurrentUnit } from '../hooks/useCurrentUnit.ts'
import { useUnits } from '../hooks/useUnits.ts'
import { splitPredecessors } from '../utils/unitTree.ts'
import { UnitDetail } from './UnitDetail.tsx'
import { UnitFormModal } from './UnitFormModal.tsx'
import { UnitTree } from './UnitTree.tsx'

const routeApi = getRouteApi('/_app/don-vi')

type Editing = { unit: Unit | null; parentId: number | null } | null

export function UnitsPage() {
  const me = useMe()
  const { unit: current } = useCurrentUnit()
  const search = routeApi.useSearch()
  const navigate = routeApi.useNavigate()
  const includeHistorical = search.historical ?? true
  const { data: units, error, isPending, refetch } = useUnits({ under: current.id, includeHistorical })
  const [editing, setEditing] = useState<Editing>(null)

  const parts = useMemo(() => splitPredecessors(units ?? []), [units])
  const selectedId = search.id ?? current.id
  const selected = units?.find((u) => u.id === selectedId) ?? null
  const select = (id: number) => void navigate({ search: (prev) => ({ ...prev, id }), replace: true })

  return (
    <>
      <PageHeader
        title="Đơn vị"
        description={`Cơ cấu tổ chức thuộc ${current.name}`}
        actions={
          me.can.manageUnits ? (
            <Button
              leftSection={<IconPlus size={18} />}
              onClick={() => setEditing({ unit: null, parentId: selected?.id ?? current.id })}
            >
              Thêm đơn vị
            </Button>
          ) : null
        }
      />
      {error ? <ErrorAlert error={error} onRetry={() => void refetch()} /> : null}
      {isPending ? <LoadingState /> : null}
      {units ? (
        <Grid gutter="lg">
          <Grid.Col span={{ base: 12, md: 6, lg: 7 }}>
            <Paper withBorder radius="md" p="md">
              <Stack gap="sm">
                <Group justify="space-between">
                  <Text size="sm" c="dimmed">
                    {units.length} đơn vị
                  </Text>
                  <Switch
                    label="Hiện đơn vị đã sáp nhập, giải thể"
                    checked={includeHistorical}
                    onChange={(event) =>
                      void navigate({
                        search: (prev) => ({ ...prev, historical: event.currentTarget.checked ? undefined : false }),
                      })
                    }
                  />
                </Group>
                {units.length > 0 ? (
                  <UnitTree
                    units={parts.main}
                    allUnits={units}
                    selectedId={selected?.id ?? null}
                    onSelect={select}
                    label="Cây đơn vị"
                    testId="unit-tree"
                  />
                ) : (
                  <Text c="dimmed" ta="center" py="lg">
                    Không có đơn vị nào.
                  </Text>
                )}
                {parts.predecessors.length > 0 ? (
                  <>
                    <Divider
                      mt="xs"
                      labelPosition="left"
                      label={
                        <Text size="xs" fw={700} c="dimmed" tt="uppercase">
                          Đơn vị tiền thân đã sáp nhập
                        </Text>
                      }
                    />
                    <UnitTree
                      units={parts.predecessors}
                      allUnits={units}
                      selectedId={selected?.id ?? null}
                      onSelect={select}
                      label="Đơn vị tiền thân đã sáp nhập"
                      testId="unit-tree-predecessors"
                      expandRoots={false}
                    />
                  </>
                ) : null}
              </Stack>
            </Paper>
          </Grid.Col>
          <Grid.Col span={{ base: 12, md: 6, lg: 5 }}>
            {selected ? (
              <UnitDetail
                unit={selected}
                units={units}
                onSelect={select}
                onEdit={() => setEditing({ unit: selected, parentId: selected.parentId })}
              />
            ) : (
              <Paper withBorder radius="md" p="lg">
                <Text c="dimmed">Chọn một đơn vị trong cây để xem chi tiết.</Text>
              </Paper>
            )}
          </Grid.Col>
        </Grid>
      ) : null}
      {me.can.manageUnits ? (
        <UnitFormModal
          opened={editing !== null}
          onClose={() => setEditing(null)}
          unit={editing?.unit ?? null}
          units={units ?? []}
          parentId={editing?.parentId ?? null}
          onSaved={(saved) => select(saved.id)}
        />
      ) : null}
    </>
  )
}
