import { Button, Center, Stack } from '@mantine/core'
import { useRouter } from '@tanstack/react-router'
import type { ErrorComponentProps } from '@tanstack/react-router'
import { ErrorAlert } from '@/web/shared/components/ErrorAlert.tsx'

/** An error no page handled (often the server unreachable while loading the session). */
export function RootErrorPage({ error, reset }: ErrorComponentProps) {
  const router = useRouter()
  const retry = () => {
    reset()
    void router.invalidate()
  }
  return (
    <Center py={80} px="md">
      <Stack maw={560} w="100%">
        <ErrorAlert error={error} title="Trang gặp lỗi" />
        <Button variant="default" onClick={retry}>
          Thử lại
        </Button>
      </Stack>
    </Center>
  )
}
