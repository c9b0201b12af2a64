import { ActionIcon, Button, Group, Select, Stack, Text } from '@mantine/core'
import { IconPlus, IconTrash } from '@tabler/icons-react'
import { ROLE_LABELS, ROLES } from '@/shared/vocabulary.ts'
import type { Role } from '@/shared/vocabulary.ts'
import { UnitSelect } from '@/web/features/units/components/UnitSelect.tsx'
import { newRoleRow } from '../utils/roleRows.ts'
import type { RoleRow } from '../utils/roleRows.ts'

const roleOptions = ROLES.map((value) => ({ value, label: ROLE_LABELS[value] }))

type RolesEditorProps = {
  rows: RoleRow[]
  onChange: (rows: RoleRow[]) => void
  errors: Record<string, string>
  defaultUnitId: string | null
}

/** The list of {role, unit} grants of an account. */
export function RolesEditor({ rows, onChange, errors, defaultUnitId }: RolesEditorProps) {
  const update = (key: string, patch: Partial<RoleRow>) =>
    onChange(rows.map((row) => (row.key === key ? { ...row, ...patch } : row)))

  return (
    <Stack gap="xs" data-testid="roles-editor">
      <Text size="sm" fw={500}>
        Vai trò
      </Text>
      {rows.length === 0 ? (
        <Text size="sm" c="dimmed">
          Chưa có vai trò nào: tài khoản đăng nhập được nhưng không xem được dữ liệu.
        </Text>
      ) : null}
      {rows.map((row, index) => (
        <Group key={row.key} align="flex-start" gap="xs" wrap="nowrap">
          <Select
            aria-label={`Vai trò ${index + 1}`}
            placeholder="Chọn vai trò"
            data={roleOptions}
            value={row.role}
            onChange={(value) => update(row.key, { role: value as Role | null })}
            error={errors[`roles.${index}.role`]}
            style={{ flex: '0 0 42%' }}
          />
          <UnitSelect
            aria-label={`Đơn vị của vai trò ${index + 1}`}
            placeholder="Chọn đơn vị"
            value={row.unitId}
            onChange={(value) => update(row.key, { unitId: value })}
            error={errors[`roles.${index}.unitId`]}
            style={{ flex: 1 }}
          />
          <ActionIcon
            variant="subtle"
            color="red"
            size="lg"
            aria-label={`Xóa vai trò ${index + 1}`}
            onClick={() => onChange(rows.filter((r) => r.key !== row.key))}
          >
            <IconTrash size={18} />
          </ActionIcon>
        </Group>
      ))}
      <Group>
        <Button
          variant="subtle"
          size="xs"
          leftSection={<IconPlus size={16} />}
          onClick={() => onChange([...rows, newRoleRow(null, defaultUnitId)])}
        >
          Thêm vai trò
        </Button>
      </Group>
    </Stack>
  )
}
