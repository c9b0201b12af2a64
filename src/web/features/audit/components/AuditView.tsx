import { CloseButton, Group, Paper, Pill, Stack, Text } from '@mantine/core'
import { getRouteApi } from '@tanstack/react-router'
import { AUDIT_ENTITY_LABELS } from '@/shared/vocabulary.ts'
import { ErrorAlert } from '@/web/shared/components/ErrorAlert.tsx'
import { LoadingState } from '@/web/shared/components/LoadingState.tsx'
import { PageHeader } from '@/web/shared/components/PageHeader.tsx'
import { PaginationBar } from '@/web/shared/components/PaginationBar.tsx'
import { useAudit } from '../hooks/useAudit.ts'
import type { AuditSearch } from '../utils/auditSearch.ts'
import { AuditFilters } from './AuditFilters.tsx'
import { AuditTable } from './AuditTable.tsx'

const routeApi = getRouteApi('/_app/nhat-ky')
const PAGE_SIZE = 50

/** The audit trail with its filters; filters live in the URL. */
export function AuditView() {
  const search = routeApi.useSearch()
  const navigate = routeApi.useNavigate()
  const page = search.page ?? 1
  const { data, error, isPending, isFetching, refetch } = useAudit({ ...search, page, pageSize: PAGE_SIZE })

  const setSearch = (patch: Partial<AuditSearch>) =>
    void navigate({ search: (prev) => ({ ...prev, ...patch, page: patch.page }), replace: true })

  return (
    <>
      <PageHeader
        title="Nhật ký hệ thống"
        description="Ai đã làm gì, khi nào, trên dữ liệu nào — kèm giá trị trước và sau mỗi thay đổi."
      />
      <Stack gap="lg">
        <Paper withBorder radius="md" p="md">
          <AuditFilters
            search={search}
            onChange={setSearch}
            onClear={() => void navigate({ search: {}, replace: true })}
          />
        </Paper>
        <Paper withBorder radius="md" p="md">
          <Stack gap="md">
            {search.entityId ? (
              <Group gap="xs">
                <Text size="sm" c="dimmed">
                  Chỉ hiển thị:
                </Text>
                <Pill size="md">
                  <Group gap={4} wrap="nowrap">
                    {(search.entity ? (AUDIT_ENTITY_LABELS[search.entity] ?? search.entity) : 'Đối tượng') +
                      ` #${search.entityId}`}
                    <CloseButton
                      size="xs"
                      aria-label="Bỏ lọc theo đối tượng"
                      onClick={() => setSearch({ entityId: undefined })}
                    />
                  </Group>
                </Pill>
              </Group>
            ) : null}
            {error ? <ErrorAlert error={error} onRetry={() => void refetch()} /> : null}
            {isPending && !data ? <LoadingState /> : null}
            {data && data.items.length > 0 ? <AuditTable entries={data.items} busy={isFetching} /> : null}
            {data && data.items.length === 0 ? (
              <Text c="dimmed" ta="center" py="xl" data-testid="audit-empty">
                Không có bản ghi nào phù hợp.
              </Text>
            ) : null}
            {data ? (
              <PaginationBar
                page={page}
                pageSize={PAGE_SIZE}
                total={data.total}
                noun="bản ghi"
                onChange={(p) => setSearch({ page: p })}
              />
            ) : null}
          </Stack>
        </Paper>
      </Stack>
    </>
  )
}
