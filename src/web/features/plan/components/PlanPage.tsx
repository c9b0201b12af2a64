import { Alert, Badge, Button, Group, Paper, Stack, Text, Title } from '@mantine/core'
import { IconFileTypeDocx, IconFileTypePdf, IconFileSpreadsheet, IconPrinter } from '@tabler/icons-react'
import { useParams } from '@tanstack/react-router'
import { formatDate } from '@/shared/format.ts'
import { ErrorAlert } from '@/web/shared/components/ErrorAlert.tsx'
import { LoadingState } from '@/web/shared/components/LoadingState.tsx'
import { RouterAnchor } from '@/web/shared/components/RouterAnchor.tsx'
import { usePageTitle } from '@/web/shared/hooks/usePageTitle.ts'
import { planDocumentUrl, planWorkbookUrl } from '../api/planApi.ts'
import { usePlan } from '../hooks/usePlans.ts'
import { PLAN_APPROVER_LABELS, PLAN_KIND_LABELS } from '../utils/planFormat.ts'
import { LowerPlansSection } from './LowerPlansSection.tsx'
import { PlanActions } from './PlanActions.tsx'
import { PlanStatusBadge } from './PlanStatusBadge.tsx'
import { TargetsSection } from './TargetsSection.tsx'
import { TasksSection } from './TasksSection.tsx'
import './plan.css'

/** One plan as the Viện trưởng opens it each Monday (issue 13 item 7). */
export function PlanPage() {
  const { planId } = useParams({ from: '/_app/ke-hoach/$planId' })
  const id = Number(planId)
  const { data: plan, error, refetch } = usePlan(id)
  usePageTitle(plan ? (plan.numberAndCode ? `Kế hoạch số ${plan.numberAndCode}` : 'Dự thảo kế hoạch') : 'Kế hoạch')

  if (error) return <ErrorAlert error={error} onRetry={() => void refetch()} />
  if (!plan) return <LoadingState />
  const editable = plan.canManage && plan.status === 'draft'

  return (
    <Stack gap="lg" className="plan-print-root" data-testid="plan-page">
      <Paper withBorder radius="md" p="lg">
        <Stack gap={6}>
          <Group justify="space-between" align="flex-start" gap="xs">
            <Text size="sm" c="dimmed" className="plan-wrap">
              {plan.unitName} · {PLAN_KIND_LABELS[plan.kind]} · năm {plan.year}
            </Text>
            <Group gap="xs">
              <PlanStatusBadge status={plan.status} />
              <Badge variant="outline" color="gray" data-testid="plan-version">
                Phiên bản {plan.version}
              </Badge>
            </Group>
          </Group>
          <Title order={1} size="h3" className="plan-wrap" data-testid="plan-heading">
            {plan.numberAndCode ? `Kế hoạch số ${plan.numberAndCode}` : 'Dự thảo kế hoạch'}
            {plan.issuedOn ? ` ngày ${formatDate(plan.issuedOn)}` : ''}
          </Title>
          <Text className="plan-wrap">{plan.title}</Text>
          {plan.approver ? (
            <Text size="sm" c="dimmed">
              Phê duyệt: {PLAN_APPROVER_LABELS[plan.approver]}
            </Text>
          ) : null}
          {plan.amendmentReason ? (
            <Text size="sm" className="plan-wrap">
              Điều chỉnh theo {plan.amendmentDocument ?? ''}
              {plan.amendmentDocumentDate ? ` ngày ${formatDate(plan.amendmentDocumentDate)}` : ''}:{' '}
              {plan.amendmentReason}
            </Text>
          ) : null}
          {plan.amendedById ? (
            <Alert color="yellow" variant="light">
              Kế hoạch này đã có bản điều chỉnh.{' '}
              <RouterAnchor to="/ke-hoach/$planId" params={{ planId: String(plan.amendedById) }}>
                Mở bản điều chỉnh
              </RouterAnchor>
            </Alert>
          ) : null}
          {plan.amendsId ? (
            <RouterAnchor to="/ke-hoach/$planId" params={{ planId: String(plan.amendsId) }} size="sm">
              Xem phiên bản trước
            </RouterAnchor>
          ) : null}
          {plan.superiorPlanId ? (
            <RouterAnchor to="/ke-hoach/$planId" params={{ planId: String(plan.superiorPlanId) }} size="sm">
              Kế hoạch cấp trên được thực hiện
            </RouterAnchor>
          ) : null}
          <Text fw={600} data-testid="plan-totals" className="plan-wrap">
            {plan.totalsLine}
          </Text>
          <Group gap="xs" className="plan-no-print">
            <Button
              component="a"
              href={planDocumentUrl(plan.id, 'docx')}
              download
              variant="light"
              size="xs"
              leftSection={<IconFileTypeDocx size={16} />}
              data-testid="plan-docx"
            >
              Tải văn bản (.docx)
            </Button>
            <Button
              component="a"
              href={planDocumentUrl(plan.id, 'pdf')}
              target="_blank"
              rel="noopener"
              variant="light"
              size="xs"
              leftSection={<IconFileTypePdf size={16} />}
            >
              Xem PDF
            </Button>
            <Button
              component="a"
              href={planWorkbookUrl(plan.id)}
              download
              variant="light"
              size="xs"
              leftSection={<IconFileSpreadsheet size={16} />}
            >
              Xuất Excel
            </Button>
            <Button variant="subtle" size="xs" leftSection={<IconPrinter size={16} />} onClick={() => window.print()}>
              In
            </Button>
          </Group>
          <PlanActions plan={plan} />
        </Stack>
      </Paper>
      {plan.purpose ? (
        <Paper withBorder radius="md" p="lg">
          <Title order={2} size="h4" mb="xs">
            Mục đích, yêu cầu
          </Title>
          <Text size="sm" style={{ whiteSpace: 'pre-wrap' }} className="plan-wrap">
            {plan.purpose}
          </Text>
        </Paper>
      ) : null}
      <TargetsSection plan={plan} editable={editable} />
      <TasksSection plan={plan} editable={editable} />
      <LowerPlansSection planId={plan.id} />
      {plan.organisation ? (
        <Paper withBorder radius="md" p="lg">
          <Title order={2} size="h4" mb="xs">
            Tổ chức thực hiện
          </Title>
          <Text size="sm" style={{ whiteSpace: 'pre-wrap' }} className="plan-wrap">
            {plan.organisation}
          </Text>
        </Paper>
      ) : null}
    </Stack>
  )
}
