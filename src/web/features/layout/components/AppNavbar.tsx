import { Badge, Divider, Stack, Text } from '@mantine/core'
import { useMatchRoute } from '@tanstack/react-router'
import {
  IconAward,
  IconBuilding,
  IconCalendarEvent,
  IconCalendarTime,
  IconChartBar,
  IconHistory,
  IconHome,
  IconListCheck,
  IconListDetails,
  IconNotebook,
  IconUsers,
} from '@tabler/icons-react'
import type { ReactNode } from 'react'
import { useMe } from '@/web/features/auth/hooks/useMe.ts'
import { RouterNavLink } from '@/web/shared/components/RouterNavLink.tsx'

type NavTarget =
  | '/'
  | '/so-thu-ly'
  | '/thoi-han'
  | '/chi-tieu'
  | '/ke-hoach'
  | '/thi-dua'
  | '/don-vi'
  | '/can-bo'
  | '/nhat-ky'
  | '/lich-nghi'
  | '/tac-vu-nen'
type NavItem = { to: NavTarget; label: string; icon: ReactNode; planned?: boolean }

const sections = ({
  viewAudit,
  viewJobs,
  readMatters,
  readIndicators,
  readPlans,
  readEmulation,
}: {
  viewAudit: boolean
  viewJobs: boolean
  readMatters: boolean
  readIndicators: boolean
  readPlans: boolean
  readEmulation: boolean
}): { title: string | null; items: NavItem[] }[] => [
  { title: null, items: [{ to: '/', label: 'Tổng quan', icon: <IconHome size={18} /> }] },
  {
    title: 'Nghiệp vụ',
    items: [
      ...(readMatters
        ? [
            { to: '/so-thu-ly' as const, label: 'Sổ thụ lý', icon: <IconNotebook size={18} /> },
            { to: '/thoi-han' as const, label: 'Thời hạn', icon: <IconCalendarTime size={18} /> },
          ]
        : []),
      ...(readIndicators ? [{ to: '/chi-tieu' as const, label: 'Chỉ tiêu', icon: <IconChartBar size={18} /> }] : []),
      ...(readPlans
        ? [{ to: '/ke-hoach' as const, label: 'Kế hoạch công tác', icon: <IconListDetails size={18} /> }]
        : []),
      ...(readEmulation
        ? [{ to: '/thi-dua' as const, label: 'Thi đua – Khen thưởng', icon: <IconAward size={18} /> }]
        : []),
    ],
  },
  {
    title: 'Tổ chức',
    items: [
      { to: '/don-vi', label: 'Đơn vị', icon: <IconBuilding size={18} /> },
      { to: '/can-bo', label: 'Cán bộ', icon: <IconUsers size={18} /> },
      { to: '/lich-nghi', label: 'Lịch nghỉ', icon: <IconCalendarEvent size={18} /> },
    ],
  },
  ...(viewAudit || viewJobs
    ? [
        {
          title: 'Hệ thống',
          items: [
            ...(viewAudit
              ? [{ to: '/nhat-ky' as const, label: 'Nhật ký hệ thống', icon: <IconHistory size={18} /> }]
              : []),
            // GET /api/jobs is for administrators (unit.manage anywhere), as the page is.
            ...(viewJobs
              ? [{ to: '/tac-vu-nen' as const, label: 'Tác vụ nền', icon: <IconListCheck size={18} /> }]
              : []),
          ],
        },
      ]
    : []),
]

export function AppNavbar({ onNavigate }: { onNavigate: () => void }) {
  const me = useMe()
  const matchRoute = useMatchRoute()

  return (
    <Stack gap={4} data-testid="main-nav">
      {sections({
        viewAudit: me.can.viewAudit,
        viewJobs: me.can.manageUnits,
        readMatters: me.can.readMatters ?? true,
        readIndicators: me.can.readIndicators ?? true,
        readPlans: me.can.readPlans ?? false,
        readEmulation: me.can.readEmulation ?? false,
      }).map((section, index) => (
        <Stack gap={2} key={section.title ?? 'home'}>
          {index > 0 ? <Divider my={6} /> : null}
          {section.title ? (
            <Text size="xs" fw={700} c="dimmed" tt="uppercase" px="sm" py={4}>
              {section.title}
            </Text>
          ) : null}
          {section.items.map((item) => (
            <RouterNavLink
              key={item.to}
              to={item.to}
              label={item.label}
              leftSection={item.icon}
              active={Boolean(matchRoute({ to: item.to, fuzzy: item.to !== '/' }))}
              c={item.planned ? 'dimmed' : undefined}
              rightSection={
                item.planned ? (
                  <Badge size="xs" variant="light" color="gray">
                    Sắp có
                  </Badge>
                ) : undefined
              }
              onClick={onNavigate}
              style={{ borderRadius: 8 }}
            />
          ))}
        </Stack>
      ))}
    </Stack>
  )
}
