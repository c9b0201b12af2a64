import { Group, SegmentedControl, Select, Switch, TextInput } from '@mantine/core'
import { IconSearch } from '@tabler/icons-react'
import { useSearchBox } from '@/web/shared/hooks/useSearchBox.ts'
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
  const { text, setText, error, onSubmit } = useSearchBox(search.q, (q) => onChange({ q }))

  return (
    <form onSubmit={onSubmit} role="search" aria-label="Lọc danh sách cán bộ">
      <Group gap="md" align="flex-end" wrap="wrap">
        <TextInput
          aria-label="Tìm cán bộ"
          data-testid="people-search"
          placeholder="Tìm theo họ tên, email, điện thoại…"
          leftSection={<IconSearch size={16} aria-hidden />}
          value={text}
          error={error}
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
