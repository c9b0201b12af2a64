import { useEffect, useState } from 'react'
import { Group, SegmentedControl, Select, Switch, TextInput } from '@mantine/core'
import { useDebouncedValue } from '@mantine/hooks'
import { IconSearch } from '@tabler/icons-react'
import type { FormEvent } from 'react'
import { STAFF_TITLE_LABELS, STAFF_TITLES } from '@/shared/vocabulary.ts'
import type { StaffTitle } from '@/shared/vocabulary.ts'
import type { PeopleSearch, PersonStatus } from '../utils/peopleSearch.ts'

const titleOptions = STAFF_TITLES.map((value) => ({ value, label: STAFF_TITLE_LABELS[value] }))
const statusOptions: { value: PersonStatus; label: string }[] = [
  { value: 'active', label: 'Đang công tác' },
  { value: 'inactive', label: 'Đã nghỉ' },
  { value: 'all', label: 'Tất cả' },
]

type PeopleFiltersProps = { search: PeopleSearch; onChange: (patch: Partial<PeopleSearch>) => void }

export function PeopleFilters({ search, onChange }: PeopleFiltersProps) {
  const [text, setText] = useState(search.q ?? '')
  const [debounced] = useDebouncedValue(text, 350)

  // Typing searches after a short pause; Enter searches at once.
  useEffect(() => {
    const q = debounced.trim() || undefined
    if (q !== search.q) onChange({ q })
  }, [debounced]) // only a new debounced value triggers a search

  // The URL changed from elsewhere (navigation link, Back): show its query in the box.
  useEffect(() => {
    if ((search.q ?? '') !== debounced.trim()) setText(search.q ?? '')
  }, [search.q]) // not on debounced: that would undo keystrokes made while a search is in flight

  const onSubmit = (event: FormEvent) => {
    event.preventDefault()
    onChange({ q: text.trim() || undefined })
  }

  return (
    <form onSubmit={onSubmit} role="search" aria-label="Lọc danh sách cán bộ">
      <Group gap="md" align="flex-end" wrap="wrap">
        <TextInput
          aria-label="Tìm cán bộ"
          data-testid="people-search"
          placeholder="Tìm theo họ tên, email, điện thoại…"
          leftSection={<IconSearch size={16} aria-hidden />}
          value={text}
          onChange={(event) => setText(event.currentTarget.value)}
          type="search"
          style={{ flex: '1 1 280px' }}
        />
        <Select
          aria-label="Chức danh"
          placeholder="Tất cả chức danh"
          data={titleOptions}
          value={search.title ?? null}
          onChange={(value) => onChange({ title: (value as StaffTitle | null) ?? undefined })}
          clearable
          searchable
          w={230}
        />
        <SegmentedControl
          aria-label="Trạng thái"
          data={statusOptions}
          value={search.status ?? 'active'}
          onChange={(value) => onChange({ status: value === 'active' ? undefined : (value as PersonStatus) })}
        />
        <Switch
          label="Gồm đơn vị trực thuộc"
          checked={search.subtree ?? true}
          onChange={(event) => onChange({ subtree: event.currentTarget.checked ? undefined : false })}
          mb={8}
        />
      </Group>
    </form>
  )
}
