import { Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core'
import { IconBuilding, IconCalendarTime, IconChartBar, IconHistory, IconNotebook, IconUsers } from '@tabler/icons-react'
import { ROLE_LABELS, STAFF_TITLE_LABELS, UNIT_LEVEL_LABELS } from '@/shared/vocabulary.ts'
import { useMe } from '@/web/features/auth/hooks/useMe.ts'
import { DigestCard } from '@/web/features/deadlines/components/DigestCard.tsx'
import { UpcomingDeadlinesCard } from '@/web/features/deadlines/components/UpcomingDeadlinesCard.tsx'
import { useCurrentUnit } from '@/web/features/units/hooks/useCurrentUnit.ts'
import { unitOptionLabel } from '@/web/features/units/utils/unitLabels.ts'
import { ErrorAlert } from '@/web/shared/components/ErrorAlert.tsx'
import { PageHeader } from '@/web/shared/components/PageHeader.tsx'
import { useUnitSummary } from '../hooks/useUnitSummary.ts'
import { QuickLink } from './QuickLink.tsx'
import { StatCard } from './StatCard.tsx'

export function HomePage() {
  const me = useMe()
  const { unit } = useCurrentUnit()
  const summary = useUnitSummary(unit.id)

  return (
    <>
      <PageHeader
        title="Tổng quan"
        description={`Xin chào ${me.user.fullName} (${STAFF_TITLE_LABELS[me.user.title]}, ${me.user.unitName}).`}
      />
      <Stack gap="lg">
        <Paper withBorder radius="md" p="lg" data-testid="current-unit-card">
          <Text size="xs" tt="uppercase" fw={700} c="dimmed">
            Đơn vị đang xem
          </Text>
          <Title order={2} size="h3" mt={4} data-testid="current-unit-name">
            {unitOptionLabel(unit)}
          </Title>
          <Text size="sm" c="dimmed" mt={2}>
            {UNIT_LEVEL_LABELS[unit.level]} · mã {unit.code}
          </Text>
          <Text size="sm" mt="sm">
            Mọi danh sách mặc định hiển thị dữ liệu của đơn vị này và các đơn vị trực thuộc. Đổi đơn vị ở ô “Chọn đơn
            vị” phía trên.
          </Text>
        </Paper>
        {me.can.readMatters ? <UpcomingDeadlinesCard /> : null}
        {me.can.readMatters ? <DigestCard /> : null}
        {summary.error ? <ErrorAlert error={summary.error} /> : null}
        <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }}>
          <StatCard
            label="Cán bộ đang công tác"
            value={summary.peopleCount}
            icon={<IconUsers size={24} />}
            color="blue"
            testId="stat-people"
          />
          <StatCard
            label="Đơn vị trực thuộc"
            value={summary.subUnitCount}
            icon={<IconBuilding size={24} />}
            color="teal"
            testId="stat-units"
          />
          <Paper withBorder radius="md" p="lg">
            <Text size="sm" c="dimmed" fw={500}>
              Vai trò của bạn
            </Text>
            <Stack gap={2} mt={6}>
              {me.user.roles.length === 0 ? <Text size="sm">Chưa được giao vai trò</Text> : null}
              {me.user.roles.map((r) => (
                <Text size="sm" key={`${r.role}:${r.unitId}`}>
                  <b>{ROLE_LABELS[r.role]}</b> – {r.unitName}
                </Text>
              ))}
            </Stack>
          </Paper>
        </SimpleGrid>
        <div>
          <Title order={2} size="h4" mb="sm">
            Truy cập nhanh
          </Title>
          <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }}>
            <QuickLink
              to="/can-bo"
              title="Cán bộ"
              description="Tra cứu, cập nhật thông tin cán bộ"
              icon={<IconUsers size={20} />}
            />
            <QuickLink
              to="/don-vi"
              title="Đơn vị"
              description="Cơ cấu tổ chức, sáp nhập, kế thừa"
              icon={<IconBuilding size={20} />}
            />
            {me.can.viewAudit ? (
              <QuickLink
                to="/nhat-ky"
                title="Nhật ký hệ thống"
                description="Ai đã thay đổi gì, khi nào"
                icon={<IconHistory size={20} />}
              />
            ) : null}
            <QuickLink
              to="/so-thu-ly"
              title="Sổ thụ lý"
              description="Tố giác, tin báo, vụ án"
              icon={<IconNotebook size={20} />}
            />
            <QuickLink
              to="/thoi-han"
              title="Thời hạn"
              description="Thời hạn tố tụng sắp đến, quá hạn"
              icon={<IconCalendarTime size={20} />}
            />
            {me.can.readIndicators ? (
              <QuickLink
                to="/chi-tieu"
                title="Chỉ tiêu"
                description="Chỉ tiêu nghiệp vụ so với yêu cầu"
                icon={<IconChartBar size={20} />}
              />
            ) : null}
          </SimpleGrid>
        </div>
      </Stack>
    </>
  )
}
