import { Avatar, Box, Group, Menu, Text, UnstyledButton } from '@mantine/core'
import { useDisclosure } from '@mantine/hooks'
import { IconChevronDown, IconKey, IconLogout } from '@tabler/icons-react'
import { STAFF_TITLE_LABELS } from '@/shared/vocabulary.ts'
import { ChangePasswordModal } from '@/web/features/auth/components/ChangePasswordModal.tsx'
import { useLogout } from '@/web/features/auth/hooks/useLogout.ts'
import { useMe } from '@/web/features/auth/hooks/useMe.ts'
import { initials } from '@/web/shared/utils/initials.ts'

export function UserMenu() {
  const me = useMe()
  const logout = useLogout()
  const [passwordOpened, passwordModal] = useDisclosure(false)
  const title = STAFF_TITLE_LABELS[me.user.title]

  return (
    <>
      <Menu position="bottom-end" width={240} shadow="md" withinPortal>
        <Menu.Target>
          <UnstyledButton
            data-testid="user-menu"
            aria-label={`Tài khoản: ${me.user.fullName}`}
            px="xs"
            py={4}
            style={{ borderRadius: 8 }}
          >
            <Group gap="sm" wrap="nowrap">
              <Avatar color="blue" radius="xl" size={36}>
                {initials(me.user.fullName)}
              </Avatar>
              <Box visibleFrom="sm">
                <Text size="sm" fw={600} lh={1.2} data-testid="user-name">
                  {me.user.fullName}
                </Text>
                <Text size="xs" c="dimmed" lh={1.2}>
                  {title} · {me.user.unitName}
                </Text>
              </Box>
              <IconChevronDown size={16} aria-hidden />
            </Group>
          </UnstyledButton>
        </Menu.Target>
        <Menu.Dropdown>
          <Menu.Label>{me.user.username}</Menu.Label>
          <Menu.Item leftSection={<IconKey size={16} />} onClick={passwordModal.open}>
            Đổi mật khẩu
          </Menu.Item>
          <Menu.Divider />
          <Menu.Item
            color="red"
            leftSection={<IconLogout size={16} />}
            onClick={() => logout.mutate()}
            disabled={logout.isPending}
          >
            Đăng xuất
          </Menu.Item>
        </Menu.Dropdown>
      </Menu>
      <ChangePasswordModal opened={passwordOpened} onClose={passwordModal.close} />
    </>
  )
}
