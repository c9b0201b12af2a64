import { Center, Stack, Text, Title } from '@mantine/core'
import { usePageTitle } from '@/web/shared/hooks/usePageTitle.ts'
import { RouterButton } from '@/web/shared/components/RouterButton.tsx'

export function NotFoundPage() {
  usePageTitle('Không tìm thấy trang')
  return (
    <Center py={80} px="md">
      <Stack align="center" gap="sm">
        <Title order={1} size="h2">
          Không tìm thấy trang
        </Title>
        <Text c="dimmed" ta="center">
          Đường dẫn không đúng hoặc trang đã được chuyển đi.
        </Text>
        <RouterButton to="/" variant="light">
          Về trang Tổng quan
        </RouterButton>
      </Stack>
    </Center>
  )
}
