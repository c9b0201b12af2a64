import { Alert, Anchor, Badge, Breadcrumbs, Grid, Group, Stack, Text } from '@mantine/core'
import { getRouteApi } from '@tanstack/react-router'
import { IconHistory } from '@tabler/icons-react'
import { MATTER_KIND_LABELS } from '@/domain/register/matter-kinds.ts'
import { formatDate } from '@/shared/format.ts'
import { useMe } from '@/web/features/auth/hooks/useMe.ts'
import { MatterDeadlines } from '@/web/features/deadlines/components/MatterDeadlines.tsx'
import { isApiError } from '@/web/shared/api/ApiError.ts'
import { ErrorAlert } from '@/web/shared/components/ErrorAlert.tsx'
import { LoadingState } from '@/web/shared/components/LoadingState.tsx'
import { PageHeader } from '@/web/shared/components/PageHeader.tsx'
import { RouterAnchor } from '@/web/shared/components/RouterAnchor.tsx'
import { RouterButton } from '@/web/shared/components/RouterButton.tsx'
import { useMatter } from '../hooks/useMatter.ts'
import { canRecordMatters } from '../utils/permissions.ts'
import { categoryLabel } from '../utils/labels.ts'
import { MatterTimeline } from './MatterTimeline.tsx'
import { RecordEventForm } from './RecordEventForm.tsx'
import { StageBadge } from './StageBadge.tsx'
import { SubjectsCard } from './SubjectsCard.tsx'

const routeApi = getRouteApi('/_app/so-thu-ly/$matterId')

export function MatterPage() {
  const { matterId } = routeApi.useParams()
  const id = Number(matterId)
  const me = useMe()
  const canRecord = canRecordMatters(me)
  const { data: matter, error, isPending, refetch } = useMatter(id)

  const crumbs = (
    <Breadcrumbs mb="xs" aria-label="Đường dẫn">
      <RouterAnchor to="/so-thu-ly" size="sm">
        Sổ thụ lý
      </RouterAnchor>
      <Anchor component="span" size="sm" c="dimmed" aria-current="page">
        {matter ? `Số ${matter.number}` : 'Vụ việc'}
      </Anchor>
    </Breadcrumbs>
  )

  if (!Number.isInteger(id) || id <= 0 || (isApiError(error) && error.status === 404)) {
    return (
      <>
        {crumbs}
        <PageHeader title="Không tìm thấy vụ việc" />
        <Alert role="alert" color="orange" variant="light">
          Không có vụ việc nào ứng với đường dẫn này, hoặc vụ việc thuộc đơn vị ngoài phạm vi bạn được xem.
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
  if (!matter)
    return (
      <>
        {crumbs}
        <ErrorAlert error={error} onRetry={() => void refetch()} />
      </>
    )

  const category = categoryLabel(matter.category)

  return (
    <>
      {crumbs}
      <PageHeader
        title={matter.title}
        description={
          <Stack gap={6} data-testid="matter-header">
            <Group gap="xs" component="span" wrap="wrap">
              <Text span fw={700} c="dark" data-testid="matter-number">
                Số thụ lý {matter.number}
              </Text>
              <Text span>·</Text>
              <span>{MATTER_KIND_LABELS[matter.kind]}</span>
              <StageBadge matter={matter} />
              {category ? (
                <Badge color="grape" variant="light" data-testid="matter-category">
                  {category}
                </Badge>
              ) : null}
            </Group>
            <Group gap="lg" component="span" wrap="wrap">
              <span>Đơn vị: {matter.unitName}</span>
              <span>Kiểm sát viên: {matter.prosecutorName ?? 'chưa phân công'}</span>
              <span>Ngày thụ lý: {formatDate(matter.receivedOn)}</span>
            </Group>
          </Stack>
        }
        actions={
          me.can.viewAudit ? (
            <RouterButton
              to="/nhat-ky"
              search={{ matterId: matter.id }}
              variant="default"
              leftSection={<IconHistory size={18} />}
            >
              Lịch sử thay đổi
            </RouterButton>
          ) : null
        }
      />
      {/* On a phone the deadlines come first, before the whole timeline (issue 12, item 5). */}
      <Grid gutter="lg">
        <Grid.Col span={{ base: 12, lg: 7 }} order={{ base: 2, lg: 1 }}>
          <Stack gap="lg">
            {canRecord ? <RecordEventForm matter={matter} /> : null}
            <MatterTimeline matter={matter} canRecord={canRecord} />
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 5 }} order={{ base: 1, lg: 2 }}>
          <Stack gap="lg">
            <MatterDeadlines deadlines={matter.deadlines} />
            <SubjectsCard matter={matter} canRecord={canRecord} />
          </Stack>
        </Grid.Col>
      </Grid>
    </>
  )
}
