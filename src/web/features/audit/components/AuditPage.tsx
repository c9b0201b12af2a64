import { useMe } from '@/web/features/auth/hooks/useMe.ts'
import { ForbiddenPage } from '@/web/shared/components/ForbiddenNotice.tsx'
import { AuditView } from './AuditView.tsx'

export function AuditPage() {
  const me = useMe()
  if (!me.can.viewAudit) {
    return <ForbiddenPage title="Nhật ký hệ thống" what="xem nhật ký hệ thống" />
  }
  return <AuditView />
}
