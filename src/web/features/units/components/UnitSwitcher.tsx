import { IconBuildingCommunity } from '@tabler/icons-react'
import { useCurrentUnit } from '../hooks/useCurrentUnit.ts'
import { UnitSelect } from './UnitSelect.tsx'

/** The header's unit picker: every list in the app defaults to the unit chosen here. */
export function UnitSwitcher() {
  const { unit, setUnitId } = useCurrentUnit()
  return (
    <UnitSelect
      aria-label="Chọn đơn vị"
      data-testid="unit-switcher"
      placeholder="Chọn đơn vị"
      value={String(unit.id)}
      onChange={(value) => value && setUnitId(Number(value))}
      allowDeselect={false}
      maxDropdownHeight={420}
      leftSection={<IconBuildingCommunity size={18} stroke={1.6} aria-hidden />}
      w={{ base: 200, sm: 300, lg: 400 }}
      comboboxProps={{ width: 440, position: 'bottom-start' }}
    />
  )
}
