import { useMe } from '@/web/features/auth/hooks/useMe.ts'
import { ForbiddenNotice } from '@/web/shared/components/ForbiddenNotice.tsx'
import { PageHeader } from '@/web/shared/components/PageHeader.tsx'
import { AuditView } from './AuditView.tsx'

export function AuditPage() {
  const me = useMe()
  if (!me.can.viewAudit) {
    return (
      <>
        <PageHeader title="Nhật ký hệ thống" />
        <ForbiddenNotice what="xem nhật ký hệ thống" />
      </>
    )
  }
  return <AuditView />
}
