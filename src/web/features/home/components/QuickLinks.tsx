import { SimpleGrid, Stack, Title } from '@mantine/core'
import { useMe } from '@/web/features/auth/hooks/useMe.ts'
import type { HomeKind } from '../utils/homeKind.ts'
import { quickLinksFor } from '../utils/quickLinks.ts'
import { QuickLink } from './QuickLink.tsx'

/** Only the pages this user may open (issue 12, item 1: no link to a "no access" page). */
export function QuickLinks({ kind }: { kind: HomeKind }) {
  const me = useMe()
  const links = quickLinksFor(kind, me.can)
  if (links.length === 0) return null
  return (
    <Stack gap="sm" data-testid="quick-links">
      <Title order={2} size="h4">
        Mở nhanh
      </Title>
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="sm">
        {links.map((link) => (
          <QuickLink key={link.to} {...link} />
        ))}
      </SimpleGrid>
    </Stack>
  )
}
