import { CloseButton, Group, Paper, Pill, Stack, Text } from '@mantine/core'
import { getRouteApi } from '@tanstack/react-router'
import type { AuditEntry } from '@/shared/api/audit.ts'
import { AUDIT_ENTITY_LABELS } from '@/shared/vocabulary.ts'
import { ErrorAlert } from '@/web/shared/components/ErrorAlert.tsx'
import { LoadingState } from '@/web/shared/components/LoadingState.tsx'
import { PageHeader } from '@/web/shared/components/PageHeader.tsx'
import { PaginationBar } from '@/web/shared/components/PaginationBar.tsx'
import { useAudit } from '../hooks/useAudit.ts'
import type { AuditSearch } from '../utils/auditSearch.ts'
import { matterName } from '../utils/auditSubject.ts'
import { AuditFilters } from './AuditFilters.tsx'
import { AuditTable } from './AuditTable.tsx'

const routeApi = getRouteApi('/_app/nhat-ky')

/** "Lịch sử của Vụ án số 12/2026", "Cán bộ Nguyễn Văn A" — named from the rows shown, never by id. */
const focusLabel = (search: AuditSearch, first: AuditEntry | undefined): string => {
  if (search.matterId !== undefined)
    return first?.matter ? `Lịch sử của ${matterName(first.matter)}` : 'Lịch sử của một vụ việc'
  const kind = search.entity ? (AUDIT_ENTITY_LABELS[search.entity] ?? 'Dữ liệu khác') : 'Một bản ghi'
  const name =
    first && first.entity === search.entity && first.entityId === search.entityId
      ? first.matter
        ? matterName(first.matter)
        : null
      : null
  return name ? `${kind}: ${name}` : `${kind} đã chọn`
}
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
            {search.entityId || search.matterId ? (
              <Group gap="xs">
                <Text size="sm" c="dimmed">
                  Chỉ hiển thị:
                </Text>
                <Pill size="md" data-testid="audit-focus">
                  <Group gap={4} wrap="nowrap">
                    {focusLabel(search, data?.items[0])}
                    <CloseButton
                      size="xs"
                      aria-label="Bỏ lọc theo đối tượng"
                      onClick={() => setSearch({ entityId: undefined, matterId: undefined })}
                    />
                  </Group>
                </Pill>
              </Group>
            ) : null}
            {error ? <ErrorAlert error={error} onRetry={() => void refetch()} /> : null}
            {isPending && !data ? <LoadingState /> : null}
            {data && data.items.length > 0 ? (
              <AuditTable entries={data.items} names={data.names} busy={isFetching} />
            ) : null}
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
