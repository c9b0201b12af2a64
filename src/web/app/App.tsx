import { useEffect, useState } from 'react'
import { MantineProvider } from '@mantine/core'
import { DatesProvider } from '@mantine/dates'
import { Notifications } from '@mantine/notifications'
import { QueryClientProvider } from '@tanstack/react-query'
import { RouterProvider } from '@tanstack/react-router'
import { ME_QUERY_KEY } from '@/web/features/auth/hooks/meQuery.ts'
import { setUnauthorizedHandler } from '@/web/shared/api/httpClient.ts'
import { createQueryClient } from './queryClient.ts'
import { createAppRouter } from './router.ts'
import { theme } from './theme.ts'

export function App() {
  const [queryClient] = useState(createQueryClient)
  const [router] = useState(() => createAppRouter(queryClient))

  useEffect(() => {
    // A 401 on any call means the session ended: forget the user; the layout sends them to sign in.
    setUnauthorizedHandler(() => queryClient.setQueryData(ME_QUERY_KEY, null))
    return () => setUnauthorizedHandler(null)
  }, [queryClient])

  return (
    <MantineProvider theme={theme} defaultColorScheme="light">
      <DatesProvider settings={{ locale: 'vi', firstDayOfWeek: 1, weekendDays: [0, 6] }}>
        <Notifications position="bottom-right" limit={4} />
        <QueryClientProvider client={queryClient}>
          <RouterProvider router={router} />
        </QueryClientProvider>
      </DatesProvider>
    </MantineProvider>
  )
}
