import { useEffect, useRef } from 'react'
import { Button, Paper, Stack, Text } from '@mantine/core'
import { useDisclosure } from '@mantine/hooks'
import { getRouteApi } from '@tanstack/react-router'
import { IconUserPlus } from '@tabler/icons-react'
import { useMe } from '@/web/features/auth/hooks/useMe.ts'
import { BlockedSignInsSection } from '@/web/features/auth/components/BlockedSignInsSection.tsx'
import { useCurrentUnit } from '@/web/features/units/hooks/useCurrentUnit.ts'
import { ErrorAlert } from '@/web/shared/components/ErrorAlert.tsx'
import { LoadingState } from '@/web/shared/components/LoadingState.tsx'
import { PageHeader } from '@/web/shared/components/PageHeader.tsx'
import { PaginationBar } from '@/web/shared/components/PaginationBar.tsx'
import { usePeople } from '../hooks/usePeople.ts'
import type { PeopleSearch, PersonStatus } from '../utils/peopleSearch.ts'
import { CreatePersonModal } from './CreatePersonModal.tsx'
import { PeopleFilters } from './PeopleFilters.tsx'
import { PeopleTable } from './PeopleTable.tsx'

const routeApi = getRouteApi('/_app/can-bo')
const PAGE_SIZE = 25
const ACTIVE_PARAM: Record<PersonStatus, 'true' | 'false' | 'all'> = { active: 'true', inactive: 'false', all: 'all' }

export function PeoplePage() {
  const me = useMe()
  const { unit } = useCurrentUnit()
  const search = routeApi.useSearch()
  const navigate = routeApi.useNavigate()
  const [createOpened, createModal] = useDisclosure(false)
  const page = search.page ?? 1
  const subtree = search.subtree ?? true

  const { data, error, isPending, isFetching, refetch } = usePeople({
    unitId: unit.id,
    subtree,
    q: search.q,
    title: search.title,
    active: ACTIVE_PARAM[search.status ?? 'active'],
    page,
    pageSize: PAGE_SIZE,
  })

  // Any new filter starts again from the first page.
  const setSearch = (patch: Partial<PeopleSearch>) =>
    void navigate({ search: (prev) => ({ ...prev, ...patch, page: patch.page }), replace: true })

  const previousUnit = useRef(unit.id)
  useEffect(() => {
    if (previousUnit.current !== unit.id && search.page)
      void navigate({ search: (prev) => ({ ...prev, page: undefined }), replace: true })
    previousUnit.current = unit.id
  }, [unit.id, search.page, navigate])

  return (
    <>
      <PageHeader
        title="Cán bộ"
        description={`Cán bộ của ${unit.name}${subtree ? ' và các đơn vị trực thuộc' : ''}`}
        actions={
          me.can.managePeople ? (
            <Button leftSection={<IconUserPlus size={18} />} onClick={createModal.open}>
              Thêm cán bộ
            </Button>
          ) : null
        }
      />
      <Paper withBorder radius="md" p="md">
        <Stack gap="md">
          <PeopleFilters search={search} onChange={setSearch} />
          {error ? <ErrorAlert error={error} onRetry={() => void refetch()} /> : null}
          {isPending && !data ? <LoadingState /> : null}
          {data && data.items.length > 0 ? (
            <PeopleTable people={data.items} busy={isFetching} unitId={unit.id} />
          ) : null}
          {data && data.items.length === 0 ? (
            <Text c="dimmed" ta="center" py="xl" data-testid="people-empty">
              Không có cán bộ nào phù hợp với điều kiện tìm kiếm.
            </Text>
          ) : null}
          {data ? (
            <PaginationBar
              page={page}
              pageSize={PAGE_SIZE}
              total={data.total}
              noun="cán bộ"
              onChange={(p) => setSearch({ page: p })}
            />
          ) : null}
        </Stack>
      </Paper>
      {me.can.managePeople ? <BlockedSignInsSection /> : null}
      {me.can.managePeople ? <CreatePersonModal opened={createOpened} onClose={createModal.close} /> : null}
    </>
  )
}
