import { Paper, Stack, Text, ThemeIcon, Title } from '@mantine/core'
import { IconBarrierBlock } from '@tabler/icons-react'
import { PageHeader } from './PageHeader.tsx'

type UnderConstructionPageProps = { title: string; description: string }

/** A module that is planned but not built yet. */
export function UnderConstructionPage({ title, description }: UnderConstructionPageProps) {
  return (
    <>
      <PageHeader title={title} />
      <Paper withBorder radius="md" p="xl" data-testid="under-construction">
        <Stack align="center" gap="sm" py="lg">
          <ThemeIcon size={56} radius="xl" variant="light" color="yellow">
            <IconBarrierBlock size={30} />
          </ThemeIcon>
          <Title order={2} size="h3">
            Đang xây dựng
          </Title>
          <Text c="dimmed" ta="center" maw={520}>
            {description}
          </Text>
        </Stack>
      </Paper>
    </>
  )
}
