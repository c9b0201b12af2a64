import { Alert, Box, Button, Center, Paper, PasswordInput, Stack, Text, TextInput, Title } from '@mantine/core'
import { getRouteApi, useRouter } from '@tanstack/react-router'
import { IconAlertTriangle, IconScale } from '@tabler/icons-react'
import type { FormEvent } from 'react'
import { LoginRequest } from '@/shared/api/auth.ts'
import { errorMessage } from '@/web/shared/api/ApiError.ts'
import { fieldErrorsFromZod } from '@/web/shared/form/fieldErrors.ts'
import { useFormState } from '@/web/shared/form/useFormState.ts'
import { usePageTitle } from '@/web/shared/hooks/usePageTitle.ts'
import { useLogin } from '../hooks/useLogin.ts'

const routeApi = getRouteApi('/dang-nhap')

export function SignInPage() {
  usePageTitle('Đăng nhập')
  const search = routeApi.useSearch()
  const router = useRouter()
  const login = useLogin()
  const form = useFormState({ username: '', password: '' })

  const onSubmit = (event: FormEvent) => {
    event.preventDefault()
    const parsed = LoginRequest.safeParse(form.values)
    if (!parsed.success) {
      form.setErrors(fieldErrorsFromZod(parsed.error))
      return
    }
    login.mutate(parsed.data, {
      onSuccess: () => router.history.push(search.redirect ?? '/'),
      onError: () => form.setValue('password', ''),
    })
  }

  return (
    <Center mih="100vh" bg="gray.0" p="md">
      <Stack w="100%" maw={420} gap="lg">
        <Stack align="center" gap={6}>
          <Box
            bg="crimson.8"
            c="yellow.4"
            w={56}
            h={56}
            style={{ borderRadius: 12, display: 'grid', placeItems: 'center' }}
            aria-hidden
          >
            <IconScale size={34} stroke={1.8} />
          </Box>
          <Text fw={700} size="xl" c="crimson.8">
            kiemsat
          </Text>
          <Text size="sm" c="dimmed" ta="center">
            Hệ thống quản lý công tác và báo cáo – Viện kiểm sát nhân dân
          </Text>
        </Stack>
        <Paper withBorder shadow="sm" radius="md" p="xl">
          <form onSubmit={onSubmit} noValidate aria-labelledby="sign-in-title">
            <Stack gap="md">
              <Title order={1} size="h3" id="sign-in-title">
                Đăng nhập
              </Title>
              {login.isError ? (
                <Alert
                  role="alert"
                  color="red"
                  variant="light"
                  icon={<IconAlertTriangle size={20} />}
                  data-testid="sign-in-error"
                >
                  {errorMessage(login.error)}
                </Alert>
              ) : null}
              <TextInput
                label="Tên đăng nhập"
                name="username"
                autoComplete="username"
                autoCapitalize="none"
                spellCheck={false}
                autoFocus
                required
                {...form.text('username')}
              />
              <PasswordInput
                label="Mật khẩu"
                name="password"
                autoComplete="current-password"
                required
                {...form.text('password')}
              />
              <Button type="submit" fullWidth loading={login.isPending} mt="xs">
                Đăng nhập
              </Button>
            </Stack>
          </form>
        </Paper>
        <Text size="xs" c="dimmed" ta="center">
          Quên mật khẩu? Liên hệ quản trị hệ thống của đơn vị để được cấp lại.
        </Text>
      </Stack>
    </Center>
  )
}
