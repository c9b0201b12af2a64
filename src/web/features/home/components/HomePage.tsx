import { SimpleGrid, Stack } from '@mantine/core'
import { STAFF_TITLE_LABELS } from '@/shared/vocabulary.ts'
import { useMe } from '@/web/features/auth/hooks/useMe.ts'
import { DigestCard } from '@/web/features/deadlines/components/DigestCard.tsx'
import { UpcomingDeadlinesCard } from '@/web/features/deadlines/components/UpcomingDeadlinesCard.tsx'
import { todayInVietnam } from '@/web/features/deadlines/utils/deadlineTone.ts'
import { MyTasksCard } from '@/web/features/plan/components/MyTasksCard.tsx'
import { useCurrentUnit } from '@/web/features/units/hooks/useCurrentUnit.ts'
import { PageHeader } from '@/web/shared/components/PageHeader.tsx'
import { homeKindOf, type HomeKind } from '../utils/homeKind.ts'
import { homePeriod } from '../utils/homePeriod.ts'
import { ClosuresCard } from './ClosuresCard.tsx'
import { DetentionCard } from './DetentionCard.tsx'
import { KpiSection } from './KpiSection.tsx'
import { QuickLinks } from './QuickLinks.tsx'
import { RankingCard } from './RankingCard.tsx'
import { UnitDeadlinesCard } from './UnitDeadlinesCard.tsx'
import { UnitHeading } from './UnitHeading.tsx'

const DESCRIPTIONS: Record<HomeKind, string> = {
  leadership: 'Tình hình của đơn vị hôm nay: chỉ tiêu, người bị tạm giữ, tạm giam, thời hạn và xếp hạng các đơn vị.',
  prosecutor: 'Thời hạn tố tụng của các vụ việc bạn được phân công.',
  statistics: 'Chốt số liệu, chỉ tiêu và thời hạn của đơn vị.',
  emulation: 'Chỉ tiêu và xếp hạng các đơn vị, căn cứ để chấm điểm thi đua.',
  admin: 'Quản trị đơn vị, cán bộ, tài khoản và hệ thống.',
  readonly: 'Chỉ tiêu và thời hạn của đơn vị.',
}

/** The home: what each role needs first (issue 12, item 1). */
export function HomePage() {
  const me = useMe()
  const { unit } = useCurrentUnit()
  const kind = homeKindOf(me.user.roles)
  const period = homePeriod(todayInVietnam())
  const canDrill = me.can.readMatters
  const isProsecutor = me.user.roles.some((r) => r.role === 'prosecutor')

  return (
    <>
      <PageHeader
        title="Tổng quan"
        description={`Xin chào ${me.user.fullName} (${STAFF_TITLE_LABELS[me.user.title]}, ${me.user.unitName}). ${DESCRIPTIONS[kind]}`}
      />
      <Stack gap="lg" data-testid={`home-${kind}`}>
        {kind === 'prosecutor' || (isProsecutor && canDrill) ? (
          <>
            {me.can.readPlans ? (
              <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
                <UpcomingDeadlinesCard />
                <MyTasksCard />
              </SimpleGrid>
            ) : (
              <UpcomingDeadlinesCard />
            )}
            <DigestCard />
          </>
        ) : null}
        {kind !== 'prosecutor' ? <UnitHeading /> : null}
        {kind === 'statistics' ? <ClosuresCard unitId={unit.id} period={period} /> : null}
        {kind !== 'prosecutor' && kind !== 'admin' && me.can.readIndicators ? (
          <KpiSection unitId={unit.id} period={period} canDrill={canDrill} />
        ) : null}
        {(kind === 'leadership' || kind === 'statistics' || kind === 'readonly') && canDrill ? (
          <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
            {kind === 'leadership' ? <DetentionCard unitId={unit.id} /> : null}
            <UnitDeadlinesCard unitId={unit.id} />
          </SimpleGrid>
        ) : null}
        {(kind === 'leadership' || kind === 'emulation') && me.can.readIndicators ? (
          <RankingCard unitId={unit.id} period={period} canDrill={canDrill} />
        ) : null}
        <QuickLinks kind={kind} />
      </Stack>
    </>
  )
}
