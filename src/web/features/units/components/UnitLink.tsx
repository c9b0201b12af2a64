import { Anchor, Text } from '@mantine/core'
import type { Unit } from '@/shared/api/units.ts'
import { useCurrentUnit } from '../hooks/useCurrentUnit.ts'

type UnitLinkProps = {
  id: number
  units: Unit[]
  onSelect: (id: number) => void /** The name the server gave (a superior outside the reader's scope). */
  name?: string | null | undefined
}

/** A unit by id: a link to its details when it is in the tree, else its name if the user may see it or the server named it. */
export function UnitLink({ id, units, onSelect, name }: UnitLinkProps) {
  const { scopeUnits } = useCurrentUnit()
  const known = units.find((u) => u.id === id)
  if (known) {
    return (
      <Anchor component="button" type="button" size="sm" ta="left" display="block" onClick={() => onSelect(id)}>
        {known.name}
      </Anchor>
    )
  }
  const shown = scopeUnits.find((s) => s.unit.id === id)?.unit.name ?? name
  return (
    <Text size="sm" c={shown ? undefined : 'dimmed'}>
      {shown ?? 'Đơn vị ngoài phạm vi được xem'}
    </Text>
  )
}
