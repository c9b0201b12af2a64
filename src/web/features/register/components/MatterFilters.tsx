import { useEffect, useState } from 'react'
import { Button, Group, SegmentedControl, Select, SimpleGrid, Stack, Switch, TextInput } from '@mantine/core'
import { IconFilterOff, IconSearch } from '@tabler/icons-react'
import { useSearchBox } from '@/web/shared/hooks/useSearchBox.ts'
import { MATTER_KIND_SHORT_LABELS, MATTER_KINDS } from '@/domain/register/matter-kinds.ts'
import type { MatterKind } from '@/domain/register/matter-kinds.ts'
import { VnDateInput } from '@/web/shared/components/VnDateInput.tsx'
import { MATTER_SORT_LABELS, MATTER_SORTS } from '../utils/mattersSearch.ts'
import type { MatterStatus, MattersSearch } from '../utils/mattersSearch.ts'
import { stageOptions } from '../utils/stages.ts'
import { UnitPeopleSelect } from './UnitPeopleSelect.tsx'

const kindOptions = MATTER_KINDS.map((value) => ({ value, label: MATTER_KIND_SHORT_LABELS[value] }))
const sortOptions = MATTER_SORTS.map((value) => ({ value, label: MATTER_SORT_LABELS[value] }))
const statusOptions: { value: MatterStatus; label: string }[] = [
  { value: 'all', label: 'Tất cả' },
  { value: 'open', label: 'Đang giải quyết' },
  { value: 'closed', label: 'Đã kết thúc' },
]

// An article id as the code numbers it: 173, 217a.
const ARTICLE_ID = /^[1-9]\d{0,2}[a-z]?$/

type MatterFiltersProps = {
  search: MattersSearch
  unitId: number
  onChange: (patch: Partial<MattersSearch>) => void
  onClear: () => void
}

export function MatterFilters({ search, unitId, onChange, onClear }: MatterFiltersProps) {
  const { text, setText, error, onSubmit } = useSearchBox(search.q, (q) => onChange({ q }))
  const [article, setArticle] = useState<string>(search.article ?? '')
  // The URL changed from elsewhere (a link, Back): show its value in the box.
  useEffect(() => setArticle(search.article ?? ''), [search.article])

  const commitArticle = () => {
    const typed = article.trim().toLowerCase()
    const value = ARTICLE_ID.test(typed) ? typed : undefined
    if (value !== search.article) onChange({ article: value })
  }

  const hasFilters = ['q', 'kind', 'stage', 'prosecutorId', 'article', 'from', 'to', 'status'].some(
    (key) => search[key as keyof MattersSearch] !== undefined,
  )

  return (
    <form onSubmit={onSubmit} role="search" aria-label="Lọc sổ thụ lý">
      <Stack gap="sm">
        <Group gap="md" align="flex-end" wrap="wrap">
          <TextInput
            aria-label="Tìm vụ việc"
            data-testid="matters-search"
            placeholder="Tìm theo số thụ lý, nội dung, tên bị can, đương sự…"
            leftSection={<IconSearch size={16} aria-hidden />}
            value={text}
            error={error}
            onChange={(event) => setText(event.currentTarget.value)}
            type="search"
            style={{ flex: '1 1 320px' }}
          />
          <SegmentedControl
            aria-label="Tình trạng"
            data={statusOptions}
            value={search.status ?? 'all'}
            onChange={(value) => onChange({ status: value === 'all' ? undefined : (value as MatterStatus) })}
          />
          <Switch
            label="Gồm đơn vị trực thuộc"
            checked={search.subtree ?? true}
            onChange={(event) => onChange({ subtree: event.currentTarget.checked ? undefined : false })}
            mb={8}
          />
        </Group>
        <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }} spacing="md" verticalSpacing="sm">
          <Select
            label="Loại"
            placeholder="Tất cả các loại"
            data={kindOptions}
            clearable
            value={search.kind ?? null}
            onChange={(value) => onChange({ kind: (value as MatterKind | null) ?? undefined, stage: undefined })}
          />
          <Select
            label="Giai đoạn"
            placeholder="Tất cả giai đoạn"
            data={stageOptions(search.kind)}
            clearable
            searchable
            value={search.stage ?? null}
            onChange={(value) => onChange({ stage: value ?? undefined })}
          />
          <TextInput
            label="Điều luật (BLHS)"
            placeholder="Ví dụ 173 hoặc 217a"
            maxLength={4}
            value={article}
            onChange={(event) => setArticle(event.currentTarget.value)}
            onBlur={commitArticle}
            error={
              article.trim() !== '' && !ARTICLE_ID.test(article.trim().toLowerCase())
                ? 'Số điều, có thể kèm một chữ cái'
                : undefined
            }
            onKeyDown={(event) => {
              if (event.key === 'Enter') {
                event.preventDefault()
                commitArticle()
              }
            }}
          />
          <UnitPeopleSelect
            label="Kiểm sát viên"
            placeholder="Tất cả"
            unitId={unitId}
            value={search.prosecutorId ?? null}
            onChange={(prosecutorId) => onChange({ prosecutorId: prosecutorId ?? undefined })}
          />
          <VnDateInput
            label="Thụ lý từ ngày"
            value={search.from ?? null}
            onChange={(from) => onChange({ from: from ?? undefined })}
            maxDate={search.to}
          />
          <VnDateInput
            label="Đến ngày"
            value={search.to ?? null}
            onChange={(to) => onChange({ to: to ?? undefined })}
            minDate={search.from}
          />
          <Select
            label="Sắp xếp"
            data={sortOptions}
            value={search.sort ?? '-receivedOn'}
            allowDeselect={false}
            onChange={(value) =>
              onChange({
                sort: value === '-receivedOn' || value === null ? undefined : (value as MattersSearch['sort']),
              })
            }
          />
          {hasFilters ? (
            <Group align="flex-end">
              <Button variant="subtle" leftSection={<IconFilterOff size={16} />} onClick={onClear}>
                Xóa bộ lọc
              </Button>
            </Group>
          ) : null}
        </SimpleGrid>
      </Stack>
    </form>
  )
}
