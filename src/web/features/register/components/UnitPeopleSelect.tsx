import { useMemo } from 'react'
import { Select } from '@mantine/core'
import type { SelectProps } from '@mantine/core'
import { STAFF_TITLE_LABELS } from '@/shared/vocabulary.ts'
import { usePeople } from '@/web/features/people/hooks/usePeople.ts'
import { accentInsensitiveFilter } from '@/web/shared/utils/accentInsensitiveFilter.ts'

type UnitPeopleSelectProps = Omit<SelectProps, 'data' | 'value' | 'onChange' | 'filter'> & {
  unitId: number | null
  value: number | null
  onChange: (id: number | null) => void
  /** A person already saved who may have left the unit, kept so the name still shows. */
  keep?: { id: number; name: string } | null
}

/** Pick one of the people working in a unit (and its sub-units), prosecutors first. */
export function UnitPeopleSelect({ unitId, value, onChange, keep = null, ...props }: UnitPeopleSelectProps) {
  const people = usePeople(
    { unitId: unitId ?? undefined, subtree: true, active: 'true', page: 1, pageSize: 200 },
    { enabled: unitId !== null },
  )

  const data = useMemo(() => {
    const items = [...(people.data?.items ?? [])]
    // Prosecutors (kiểm sát viên) first: they are the ones a matter is assigned to.
    items.sort(
      (a, b) =>
        Number(!a.title.startsWith('ksv')) - Number(!b.title.startsWith('ksv')) ||
        a.fullName.localeCompare(b.fullName, 'vi'),
    )
    const options = items.map((p) => ({ value: String(p.id), label: `${p.fullName} – ${STAFF_TITLE_LABELS[p.title]}` }))
    if (keep && !options.some((o) => o.value === String(keep.id)))
      options.unshift({ value: String(keep.id), label: keep.name })
    if (value !== null && !options.some((o) => o.value === String(value)) && people.isFetching)
      options.unshift({ value: String(value), label: 'Đang tải…' })
    return options
  }, [people.data, people.isFetching, keep, value])

  return (
    <Select
      searchable
      clearable
      nothingFoundMessage={people.isPending ? 'Đang tải…' : 'Không có cán bộ phù hợp'}
      maxDropdownHeight={320}
      {...props}
      data={data}
      filter={accentInsensitiveFilter}
      value={value === null ? null : String(value)}
      onChange={(next) => onChange(next === null ? null : Number(next))}
    />
  )
}
