import { useEffect, useRef } from 'react'
import { Group, Paper, Stack, Text } from '@mantine/core'
import { getRouteApi } from '@tanstack/react-router'
import { IconFileSpreadsheet, IconPlus } from '@tabler/icons-react'
import { useMe } from '@/web/features/auth/hooks/useMe.ts'
import { useCurrentUnit } from '@/web/features/units/hooks/useCurrentUnit.ts'
import { ErrorAlert } from '@/web/shared/components/ErrorAlert.tsx'
import { ForbiddenPage } from '@/web/shared/components/ForbiddenNotice.tsx'
import { LoadingState } from '@/web/shared/components/LoadingState.tsx'
import { PageHeader } from '@/web/shared/components/PageHeader.tsx'
import { PaginationBar } from '@/web/shared/components/PaginationBar.tsx'
import { RouterButton } from '@/web/shared/components/RouterButton.tsx'
import { useMatters } from '../hooks/useMatters.ts'
import { CLOSED_PARAM } from '../utils/mattersSearch.ts'
import type { MattersSearch } from '../utils/mattersSearch.ts'
import { canReadMatters, canRecordMatters } from '../utils/permissions.ts'
import { MatterFilters } from './MatterFilters.tsx'
import { MattersTable } from './MattersTable.tsx'
import { ExportButton } from '@/web/features/register-excel/components/ExportButton.tsx'

const routeApi = getRouteApi('/_app/so-thu-ly')
const PAGE_SIZE = 25

export function RegisterPage() {
  const me = useMe()
  if (!canReadMatters(me)) {
    return <ForbiddenPage title="Sổ thụ lý" what="xem sổ thụ lý" />
  }
  return <RegisterView canRecord={canRecordMatters(me)} />
}

function RegisterView({ canRecord }: { canRecord: boolean }) {
  const { unit } = useCurrentUnit()
  const search = routeApi.useSearch()
  const navigate = routeApi.useNavigate()
  const page = search.page ?? 1
  const subtree = search.subtree ?? true

  const filters = {
    unitId: unit.id,
    subtree,
    kind: search.kind,
    q: search.q,
    stage: search.stage,
    prosecutorId: search.prosecutorId,
    article: search.article,
    from: search.from,
    to: search.to,
    closed: CLOSED_PARAM[search.status ?? 'all'],
    sort: search.sort,
  }
  const { data, error, isPending, isFetching, refetch } = useMatters({ ...filters, page, pageSize: PAGE_SIZE })

  // Any new filter starts again from the first page.
  const setSearch = (patch: Partial<MattersSearch>) =>
    void navigate({ search: (prev) => ({ ...prev, ...patch, page: patch.page }), replace: true })

  const previousUnit = useRef(unit.id)
  useEffect(() => {
    if (previousUnit.current !== unit.id && (search.page || search.prosecutorId)) {
      void navigate({ search: (prev) => ({ ...prev, page: undefined, prosecutorId: undefined }), replace: true })
    }
    previousUnit.current = unit.id
  }, [unit.id, search.page, search.prosecutorId, navigate])

  return (
    <>
      <PageHeader
        title="Sổ thụ lý"
        description={`Tin báo, vụ án, vụ việc của ${unit.name}${subtree ? ' và các đơn vị trực thuộc' : ''}`}
        actions={
          <Group gap="xs">
            <ExportButton list="matters" filters={filters} />
            {canRecord ? (
              <>
                <RouterButton
                  to="/so-thu-ly/nhap-excel"
                  variant="default"
                  leftSection={<IconFileSpreadsheet size={18} />}
                  data-testid="import-matters"
                >
                  Nhập từ Excel
                </RouterButton>
                <RouterButton to="/so-thu-ly/moi" leftSection={<IconPlus size={18} />} data-testid="create-matter">
                  Thêm vụ việc
                </RouterButton>
              </>
            ) : null}
          </Group>
        }
      />
      <Paper withBorder radius="md" p="md">
        <Stack gap="md">
          <MatterFilters
            search={search}
            unitId={unit.id}
            onChange={setSearch}
            onClear={() =>
              void navigate({ search: (prev) => ({ subtree: prev.subtree, sort: prev.sort }), replace: true })
            }
          />
          {error ? <ErrorAlert error={error} onRetry={() => void refetch()} /> : null}
          {isPending && !data ? <LoadingState /> : null}
          {data && data.items.length > 0 ? (
            <MattersTable matters={data.items} busy={isFetching} currentUnitId={unit.id} />
          ) : null}
          {data && data.items.length === 0 ? (
            <Text c="dimmed" ta="center" py="xl" data-testid="matters-empty">
              Không có vụ việc nào phù hợp với điều kiện tìm kiếm.
            </Text>
          ) : null}
          {data ? (
            <PaginationBar
              page={page}
              pageSize={PAGE_SIZE}
              total={data.total}
              noun="vụ việc"
              onChange={(p) => setSearch({ page: p })}
            />
          ) : null}
        </Stack>
      </Paper>
    </>
  )
}
