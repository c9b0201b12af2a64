import { useEffect, useState } from 'react'
import { Button, Group, Stack, TextInput } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import type { FormEvent } from 'react'
import type { Person, UpdatePerson } from '@/shared/api/people.ts'
import { Username } from '@/shared/api/people.ts'
import type { FieldErrors } from '@/web/shared/form/fieldErrors.ts'
import { useSavePersonPart } from '../hooks/useSavePersonPart.ts'
import { roleRowErrors, rolesToRows, rowsToRoles } from '../utils/roleRows.ts'
import type { RoleRow } from '../utils/roleRows.ts'
import { RolesEditor } from './RolesEditor.tsx'
import { SaveProblems } from './SaveProblems.tsx'

const sameRoles = (a: { role: string; unitId: number }[], b: { role: string; unitId: number }[]) =>
  JSON.stringify([...a].map((r) => `${r.role}:${r.unitId}`).sort()) ===
  JSON.stringify([...b].map((r) => `${r.role}:${r.unitId}`).sort())

/** Username and role grants; only for those who manage people. */
export function PersonAccountForm({ person }: { person: Person }) {
  const [username, setUsername] = useState(person.username ?? '')
  const [rows, setRows] = useState<RoleRow[]>(() => rolesToRows(person.roles))
  const [errors, setErrors] = useState<FieldErrors>({})
  const { save, pending, conflict, failure } = useSavePersonPart(person)

  useEffect(() => {
    setUsername(person.username ?? '')
    setRows(rolesToRows(person.roles))
    setErrors({})
  }, [person])

  const savedRoles = person.roles.map(({ role, unitId }) => ({ role, unitId }))

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault()
    const nextErrors: FieldErrors = roleRowErrors(rows)
    const trimmed = username.trim()
    const parsedUsername = trimmed === '' ? null : Username.safeParse(trimmed)
    if (parsedUsername && !parsedUsername.success)
      nextErrors.username = parsedUsername.error.issues[0]?.message ?? 'Tên đăng nhập không hợp lệ'
    if (trimmed === '' && person.username) nextErrors.username = 'Không thể bỏ trống tên đăng nhập của tài khoản đã có'
    if (Object.keys(nextErrors).length > 0) {
      setErrors(nextErrors)
      return
    }
    const roles = rowsToRoles(rows)
    const data: UpdatePerson['data'] = {}
    if ((person.username ?? '') !== trimmed) data.username = trimmed === '' ? null : trimmed
    if (!sameRoles(roles, savedRoles)) data.roles = roles
    if (Object.keys(data).length === 0) {
      notifications.show({ color: 'gray', message: 'Không có thay đổi nào để lưu.' })
      return
    }
    const outcome = await save(data)
    if (outcome.ok)
      notifications.show({
        color: 'green',
        title: 'Đã lưu thay đổi',
        message: 'Tài khoản và vai trò đã được cập nhật.',
      })
    else setErrors(outcome.fieldErrors)
  }

  return (
    <form onSubmit={(event) => void onSubmit(event)} noValidate data-testid="person-account-form">
      <Stack gap="md">
        <SaveProblems conflict={conflict} failure={failure} />
        <TextInput
          label="Tên đăng nhập"
          description="Chữ thường không dấu, số, dấu chấm, gạch ngang."
          autoComplete="off"
          autoCapitalize="none"
          spellCheck={false}
          value={username}
          error={errors.username}
          onChange={(event) => {
            setUsername(event.currentTarget.value)
            setErrors(({ username: _removed, ...rest }) => rest)
          }}
        />
        <RolesEditor
          rows={rows}
          onChange={(next) => {
            setRows(next)
            setErrors((current) =>
              Object.fromEntries(Object.entries(current).filter(([key]) => !key.startsWith('roles.'))),
            )
          }}
          errors={errors}
          defaultUnitId={String(person.unitId)}
        />
        <Group justify="flex-end">
          <Button type="submit" variant="light" loading={pending}>
            Lưu tài khoản
          </Button>
        </Group>
      </Stack>
    </form>
  )
}
