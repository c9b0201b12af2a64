import { Button, Group, Select, SimpleGrid } from '@mantine/core'
import { IconFilterOff } from '@tabler/icons-react'
import { AUDIT_ACTION_LABELS, AUDIT_ACTIONS, AUDIT_ENTITY_LABELS } from '@/shared/vocabulary.ts'
import type { AuditAction } from '@/shared/vocabulary.ts'
import { PersonPicker } from '@/web/features/people/components/PersonPicker.tsx'
import { UnitSelect } from '@/web/features/units/components/UnitSelect.tsx'
import { VnDateInput } from '@/web/shared/components/VnDateInput.tsx'
import type { AuditSearch } from '../utils/auditSearch.ts'

const actionOptions = AUDIT_ACTIONS.map((value) => ({ value, label: AUDIT_ACTION_LABELS[value] }))
const entityOptions = Object.entries(AUDIT_ENTITY_LABELS).map(([value, label]) => ({ value, label }))

type AuditFiltersProps = { search: AuditSearch; onChange: (patch: Partial<AuditSearch>) => void; onClear: () => void }

export function AuditFilters({ search, onChange, onClear }: AuditFiltersProps) {
  const hasFilters = Object.entries(search).some(([key, value]) => key !== 'page' && value !== undefined)
  return (
    <div role="search" aria-label="Lọc nhật ký">
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="md" verticalSpacing="sm">
        <PersonPicker
          label="Người thực hiện"
          placeholder="Gõ tên để tìm"
          value={search.actorId ?? null}
          onChange={(actorId) => onChange({ actorId: actorId ?? undefined })}
        />
        <UnitSelect
          label="Đơn vị"
          placeholder="Tất cả đơn vị"
          clearable
          value={search.unitId ? String(search.unitId) : null}
          onChange={(value) => onChange({ unitId: value ? Number(value) : undefined })}
        />
        <Select
          label="Đối tượng"
          placeholder="Tất cả đối tượng"
          data={entityOptions}
          clearable
          value={search.entity ?? null}
          onChange={(value) => onChange({ entity: value ?? undefined, entityId: undefined })}
        />
        <Select
          label="Hành động"
          placeholder="Tất cả hành động"
          data={actionOptions}
          clearable
          value={search.action ?? null}
          onChange={(value) => onChange({ action: (value as AuditAction | null) ?? undefined })}
        />
        <VnDateInput
          label="Từ ngày"
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
      </SimpleGrid>
      {hasFilters ? (
        <Group mt="sm">
          <Button variant="subtle" size="xs" leftSection={<IconFilterOff size={16} />} onClick={onClear}>
            Xóa bộ lọc
          </Button>
        </Group>
      ) : null}
    </div>
  )
}
