import { Alert, Anchor, Badge, Breadcrumbs, Grid, Group, Stack } from '@mantine/core'
import { getRouteApi } from '@tanstack/react-router'
import { IconHistory } from '@tabler/icons-react'
import { STAFF_TITLE_LABELS } from '@/shared/vocabulary.ts'
import { useMe } from '@/web/features/auth/hooks/useMe.ts'
import { isApiError } from '@/web/shared/api/ApiError.ts'
import { ErrorAlert } from '@/web/shared/components/ErrorAlert.tsx'
import { LoadingState } from '@/web/shared/components/LoadingState.tsx'
import { PageHeader } from '@/web/shared/components/PageHeader.tsx'
import { RouterAnchor } from '@/web/shared/components/RouterAnchor.tsx'
import { RouterButton } from '@/web/shared/components/RouterButton.tsx'
import { usePerson } from '../hooks/usePerson.ts'
import { PersonAccountCard } from './PersonAccountCard.tsx'
import { PersonForm } from './PersonForm.tsx'
import { PersonStatusButton } from './PersonStatusButton.tsx'

const routeApi = getRouteApi('/_app/can-bo/$personId')

export function PersonPage() {
  const { personId } = routeApi.useParams()
  const id = Number(personId)
  const me = useMe()
  const { data: person, error, isPending, refetch } = usePerson(id)

  const crumbs = (
    <Breadcrumbs mb="xs" aria-label="Đường dẫn">
      <RouterAnchor to="/can-bo" size="sm">
        Cán bộ
      </RouterAnchor>
      <Anchor component="span" size="sm" c="dimmed" aria-current="page">
        {person?.fullName ?? 'Hồ sơ cán bộ'}
      </Anchor>
    </Breadcrumbs>
  )

  if (!Number.isInteger(id) || id <= 0 || (isApiError(error) && error.status === 404)) {
    return (
      <>
        {crumbs}
        <PageHeader title="Không tìm thấy cán bộ" />
        <Alert role="alert" color="orange" variant="light">
          Không có cán bộ nào ứng với đường dẫn này, hoặc hồ sơ nằm ngoài phạm vi bạn được xem.
        </Alert>
      </>
    )
  }
  if (isPending)
    return (
      <>
        {crumbs}
        <LoadingState />
      </>
    )
  if (!person)
    return (
      <>
        {crumbs}
        <ErrorAlert error={error} onRetry={() => void refetch()} />
      </>
    )

  return (
    <>
      {crumbs}
      <PageHeader
        title={person.fullName}
        description={
          <Group gap="xs" component="span">
            <span>
              {STAFF_TITLE_LABELS[person.title]} · {person.unitName}
            </span>
            <Badge color={person.active ? 'green' : 'gray'} variant="light" data-testid="person-status">
              {person.active ? 'Đang công tác' : 'Đã nghỉ'}
            </Badge>
          </Group>
        }
        actions={
          <>
            {me.can.viewAudit ? (
              <RouterButton
                to="/nhat-ky"
                search={{ entity: 'person', entityId: String(person.id) }}
                variant="default"
                leftSection={<IconHistory size={18} />}
              >
                Lịch sử thay đổi
              </RouterButton>
            ) : null}
            {me.can.managePeople && person.id !== me.user.personId ? <PersonStatusButton person={person} /> : null}
          </>
        }
      />
      <Grid gutter="lg">
        <Grid.Col span={{ base: 12, lg: 7 }}>
          <PersonForm person={person} canEdit={me.can.editPeople} />
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 5 }}>
          <Stack gap="lg">
            <PersonAccountCard person={person} canManage={me.can.managePeople} />
          </Stack>
        </Grid.Col>
      </Grid>
    </>
  )
}
