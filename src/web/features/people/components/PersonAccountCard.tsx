import { Divider, List, Paper, Stack, Text, Title } from '@mantine/core'
import type { Person } from '@/shared/api/people.ts'
import { ROLE_LABELS } from '@/shared/vocabulary.ts'
import { PersonAccountForm } from './PersonAccountForm.tsx'
import { ResetPasswordForm } from './ResetPasswordForm.tsx'

type PersonAccountCardProps = { person: Person; canManage: boolean }

/** Sign-in account and roles: editable by those who manage people, visible to the rest. */
export function PersonAccountCard({ person, canManage }: PersonAccountCardProps) {
  return (
    <Paper withBorder radius="md" p="lg" aria-labelledby="person-account-title" component="section">
      <Stack gap="md">
        <Title order={2} size="h4" id="person-account-title">
          Tài khoản và phân quyền
        </Title>
        {canManage ? (
          <>
            <PersonAccountForm person={person} />
            <Divider />
            <Title order={3} size="h5">
              Đặt lại mật khẩu
            </Title>
            <ResetPasswordForm person={person} />
          </>
        ) : (
          <>
            <Text size="sm">
              <Text span c="dimmed">
                Tên đăng nhập:{' '}
              </Text>
              {person.username ?? 'Chưa có tài khoản'}
            </Text>
            {person.roles.length > 0 ? (
              <List size="sm" spacing={4}>
                {person.roles.map((r) => (
                  <List.Item key={`${r.role}:${r.unitId}`}>
                    {ROLE_LABELS[r.role]} – {r.unitName}
                  </List.Item>
                ))}
              </List>
            ) : (
              <Text size="sm" c="dimmed">
                Chưa được giao vai trò nào.
              </Text>
            )}
          </>
        )}
      </Stack>
    </Paper>
  )
}
