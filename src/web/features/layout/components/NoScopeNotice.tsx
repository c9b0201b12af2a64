import { Alert, Button, Center, Stack } from '@mantine/core'
import { useLogout } from '@/web/features/auth/hooks/useLogout.ts'

/** A signed-in account that reaches no unit has nothing to show. */
export function NoScopeNotice() {
  const logout = useLogout()
  return (
    <Center mih="100vh" p="md">
      <Stack maw={480}>
        <Alert role="alert" color="orange" title="Tài khoản chưa được phân quyền">
          Tài khoản của bạn chưa được gán vai trò ở đơn vị nào nên chưa xem được dữ liệu. Hãy liên hệ quản trị hệ thống.
        </Alert>
        <Button variant="default" onClick={() => logout.mutate()} loading={logout.isPending}>
          Đăng xuất
        </Button>
      </Stack>
    </Center>
  )
}
