import { useMemo } from 'react'
import { Select, Text } from '@mantine/core'
import type { SelectProps } from '@mantine/core'
import { accentInsensitiveFilter } from '@/web/shared/utils/accentInsensitiveFilter.ts'
import { useCurrentUnit } from '../hooks/useCurrentUnit.ts'
import { unitOptionLabel } from '../utils/unitLabels.ts'

type UnitSelectProps = Omit<SelectProps, 'data' | 'filter' | 'renderOption'> & {
  /** Offer only units that still exist (for new work and assignments). */
  currentOnly?: boolean
  /** A unit to keep in the list although outside the user's scope, so a saved value still shows its name. */
  keep?: { id: number; name: string } | null
}

/** A searchable picker over the units the user may see, in tree order and indented. */
export function UnitSelect({ currentOnly = false, keep = null, ...props }: UnitSelectProps) {
  const { scopeUnits } = useCurrentUnit()

  const { data, depthById } = useMemo(() => {
    const depths = new Map<string, number>()
    const options = scopeUnits
      .filter(({ unit }) => !currentOnly || !unit.historical)
      .map(({ unit, depth }) => {
        depths.set(String(unit.id), depth)
        return { value: String(unit.id), label: unitOptionLabel(unit) }
      })
    if (keep && !depths.has(String(keep.id))) options.unshift({ value: String(keep.id), label: keep.name })
    return { data: options, depthById: depths }
  }, [scopeUnits, currentOnly, keep])

  return (
    <Select
      searchable
      nothingFoundMessage="Không tìm thấy đơn vị"
      maxDropdownHeight={360}
      {...props}
      data={data}
      filter={accentInsensitiveFilter}
      renderOption={({ option, checked }) => (
        <Text size="sm" fw={checked ? 600 : 400} pl={(depthById.get(option.value) ?? 0) * 14}>
          {option.label}
        </Text>
      )}
    />
  )
}
