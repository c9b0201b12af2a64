import { useEffect, useRef } from 'react'
import { Anchor, Badge, Group, Paper, SegmentedControl, Stack, Tabs, Text } from '@mantine/core'
import { getRouteApi } from '@tanstack/react-router'
import { formatNumber } from '@/shared/format.ts'
import { useMe } from '@/web/features/auth/hooks/useMe.ts'
import { useCurrentUnit } from '@/web/features/units/hooks/useCurrentUnit.ts'
import { ErrorAlert } from '@/web/shared/components/ErrorAlert.tsx'
import { ForbiddenPage } from '@/web/shared/components/ForbiddenNotice.tsx'
import { LoadingState } from '@/web/shared/components/LoadingState.tsx'
import { PageHeader } from '@/web/shared/components/PageHeader.tsx'
import { RecomputeNotice } from '@/web/features/calendar/components/RecomputeNotice.tsx'
import { PaginationBar } from '@/web/shared/components/PaginationBar.tsx'
import { useDeadlines } from '../hooks/useDeadlines.ts'
import { urgencyTone } from '../utils/deadlineTone.ts'
import { DEADLINE_TAB_LABELS, DEADLINE_TABS, defaultDeadlineScope } from '../utils/deadlinesSearch.ts'
import type { DeadlineTab, DeadlinesSearch } from '../utils/deadlinesSearch.ts'
import { DeadlinesTable } from './DeadlinesTable.tsx'
import { ExportButton } from '@/web/features/register-excel/components/ExportButton.tsx'

const routeApi = getRouteApi('/_app/thoi-han')
const PAGE_SIZE = 25

const TAB_COLORS: Record<DeadlineTab, string> = {
  overdue: urgencyTone('overdue').color,
  due_today: urgencyTone('due_today').color,
  due_3: urgencyTone('due_3').color,
  due_7: urgencyTone('due_7').color,
  week: urgencyTone('due_3').color,
  open: 'gray',
}

const EMPTY_TEXT: Record<DeadlineTab, string> = {
  overdue: 'Không có thời hạn nào đã quá hạn.',
  due_today: 'Không có thời hạn nào hết hạn hôm nay.',
  due_3: 'Không có thời hạn nào hết hạn trong 3 ngày tới.',
  due_7: 'Không có thời hạn nào còn 4–7 ngày.',
  week: 'Không có thời hạn nào hết hạn từ hôm nay đến 7 ngày tới.',
  open: 'Không có thời hạn nào đang mở.',
}

export function DeadlinesPage() {
  const me = useMe()
  if (!(me.can.readMatters ?? true)) {
    return <ForbiddenPage title="Thời hạn" what="xem thời hạn tố tụng" />
  }
  return <DeadlinesView defaultScope={defaultDeadlineScope(me.user.roles)} />
}

function DeadlinesView({ defaultScope }: { defaultScope: 'mine' | 'unit' }) {
  const { unit } = useCurrentUnit()
  const search = routeApi.useSearch()
  const navigate = routeApi.useNavigate()
  const scope = search.scope ?? defaultScope
  const tab = search.urgency ?? 'open'
  const page = search.page ?? 1
  const group = search.group

  const { data, error, isPending, isFetching, refetch } = useDeadlines({
    scope,
    unitId: unit.id,
    urgency: tab,
    group,
    page,
    pageSize: PAGE_SIZE,
  })

  const setSearch = (patch: Partial<DeadlinesSearch>) =>
    void navigate({ search: (prev) => ({ ...prev, ...patch, page: patch.page }), replace: true })

  // The unit list belongs to the unit chosen in the header: a new unit starts from the first page.
  const previousUnit = useRef(unit.id)
  useEffect(() => {
    if (previousUnit.current !== unit.id && search.page)
      void navigate({ search: (prev) => ({ ...prev, page: undefined }), replace: true })
    previousUnit.current = unit.id
  }, [unit.id, search.page, navigate])

  return (
    <>
      <PageHeader
        title="Thời hạn"
        description={
          scope === 'mine'
            ? 'Thời hạn tố tụng của các vụ việc bạn được phân công, kèm căn cứ pháp lý.'
            : `Thời hạn tố tụng của ${unit.name} và các đơn vị trực thuộc.`
        }
        actions={
          <Group gap="xs">
            <ExportButton
              list="deadlines"
              filters={{ scope, unitId: scope === 'unit' ? unit.id : undefined, urgency: tab, group }}
            />
            <SegmentedControl
              aria-label="Phạm vi"
              data-testid="deadline-scope"
              data={[
                { value: 'mine', label: 'Thời hạn của tôi' },
                { value: 'unit', label: 'Thời hạn của đơn vị' },
              ]}
              value={scope}
              onChange={(value) => setSearch({ scope: value === 'unit' ? 'unit' : 'mine' })}
            />
          </Group>
        }
      />
      <Paper withBorder radius="md" p="md">
        <Stack gap="md">
          <RecomputeNotice />
          {group === 'detention' ? (
            <Group gap="xs" data-testid="deadline-group">
              <Badge color="grape" variant="light" size="lg">
                Chỉ người bị tạm giữ, tạm giam
              </Badge>
              <Anchor component="button" size="sm" onClick={() => setSearch({ group: undefined })}>
                Xem mọi thời hạn
              </Anchor>
            </Group>
          ) : null}
          <Tabs
            value={tab}
            onChange={(value) =>
              setSearch({ urgency: value === 'open' || value === null ? undefined : (value as DeadlineTab) })
            }
          >
            <Tabs.List data-testid="deadline-tabs">
              {DEADLINE_TABS.map((t) => {
                const count = data?.counts[t]
                return (
                  <Tabs.Tab
                    key={t}
                    value={t}
                    data-testid={`deadline-tab-${t}`}
                    rightSection={
                      count === undefined ? null : (
                        <Badge
                          size="sm"
                          circle={count < 10}
                          color={count > 0 ? TAB_COLORS[t] : 'gray'}
                          variant={count > 0 && t !== 'open' ? 'filled' : 'light'}
                        >
                          {formatNumber(count)}
                        </Badge>
                      )
                    }
                  >
                    {DEADLINE_TAB_LABELS[t]}
                  </Tabs.Tab>
                )
              })}
            </Tabs.List>
          </Tabs>
          {error ? <ErrorAlert error={error} onRetry={() => void refetch()} /> : null}
          {isPending && !data ? <LoadingState /> : null}
          {data && data.items.length > 0 ? (
            <DeadlinesTable deadlines={data.items} busy={isFetching} unitId={unit.id} showUnit={scope === 'unit'} />
          ) : null}
          {data && data.items.length === 0 ? (
            <Text c="dimmed" ta="center" py="xl" data-testid="deadlines-empty">
              {EMPTY_TEXT[tab]}
            </Text>
          ) : null}
          {data ? (
            <PaginationBar
              page={page}
              pageSize={PAGE_SIZE}
              total={data.total}
              noun="thời hạn"
              onChange={(p) => setSearch({ page: p })}
            />
          ) : null}
        </Stack>
      </Paper>
    </>
  )
}
