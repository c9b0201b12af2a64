import { useMemo, useState } from 'react'
import { Select } from '@mantine/core'
import type { SelectProps } from '@mantine/core'
import { useDebouncedValue } from '@mantine/hooks'
import { STAFF_TITLE_LABELS } from '@/shared/vocabulary.ts'
import { usePeople } from '../hooks/usePeople.ts'
import { usePerson } from '../hooks/usePerson.ts'

type PersonPickerProps = Omit<
  SelectProps,
  'data' | 'value' | 'onChange' | 'searchValue' | 'onSearchChange' | 'filter'
> & {
  value: number | null
  onChange: (id: number | null) => void
}

/** Pick a person by typing part of the name; the server searches, accent-insensitive. */
export function PersonPicker({ value, onChange, ...props }: PersonPickerProps) {
  const [search, setSearch] = useState('')
  const [chosenLabel, setChosenLabel] = useState<string | null>(null)
  const [debounced] = useDebouncedValue(search.trim(), 300)
  // A person chosen before this page opened (actorId in the URL) is looked up for their name.
  const selected = usePerson(value !== null && chosenLabel === null ? value : 0)
  const selectedLabel = value === null ? null : (chosenLabel ?? selected.data?.fullName ?? null)
  // While the box shows the chosen name, that text is not a new search.
  const query = debounced && debounced !== selectedLabel ? debounced : ''
  const results = usePeople({ q: query, active: 'all', pageSize: 20 }, { enabled: query.length >= 2 })

  const data = useMemo(() => {
    const options = (query ? (results.data?.items ?? []) : []).map((p) => ({
      value: String(p.id),
      label: `${p.fullName} – ${STAFF_TITLE_LABELS[p.title]}, ${p.unitName}`,
    }))
    if (value !== null && selectedLabel && !options.some((o) => o.value === String(value))) {
      options.unshift({ value: String(value), label: selectedLabel })
    }
    return options
  }, [query, results.data, value, selectedLabel])

  return (
    <Select
      searchable
      clearable
      {...props}
      data={data}
      value={value === null ? null : String(value)}
      onChange={(next, option) => {
        setChosenLabel(next === null ? null : option.label)
        onChange(next === null ? null : Number(next))
      }}
      searchValue={search}
      onSearchChange={setSearch}
      filter={({ options }) => options}
      nothingFoundMessage={
        query.length < 2 ? 'Nhập ít nhất 2 ký tự để tìm' : results.isFetching ? 'Đang tìm…' : 'Không tìm thấy cán bộ'
      }
    />
  )
}
