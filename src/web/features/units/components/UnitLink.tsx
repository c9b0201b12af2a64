import { Anchor, Text } from '@mantine/core'
import type { Unit } from '@/shared/api/units.ts'
import { useCurrentUnit } from '../hooks/useCurrentUnit.ts'

type UnitLinkProps = { id: number; units: Unit[]; onSelect: (id: number) => void }

/** A unit by id: a link to its details when it is in the tree, else its name if the user may see it. */
export function UnitLink({ id, units, onSelect }: UnitLinkProps) {
  const { scopeUnits } = useCurrentUnit()
  const known = units.find((u) => u.id === id)
  if (known) {
    return (
      <Anchor component="button" type="button" size="sm" ta="left" display="block" onClick={() => onSelect(id)}>
        {known.name}
      </Anchor>
    )
  }
  const inScope = scopeUnits.find((s) => s.unit.id === id)?.unit
  return (
    <Text size="sm" c={inScope ? undefined : 'dimmed'}>
      {inScope ? inScope.name : 'Đơn vị ngoài phạm vi được xem'}
    </Text>
  )
}
