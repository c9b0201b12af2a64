import type { Me } from '@/shared/api/auth.ts'
import type { HomeKind } from './homeKind.ts'

export type QuickLinkTarget =
  | '/so-thu-ly'
  | '/so-thu-ly/moi'
  | '/thoi-han'
  | '/chi-tieu'
  | '/chi-tieu/muc-tieu'
  | '/don-vi'
  | '/can-bo'
  | '/lich-nghi'
  | '/nhat-ky'
  | '/tac-vu-nen'

export type QuickLinkItem = { to: QuickLinkTarget; title: string; description: string }

type Can = Me['can']

/** Each page and the right it opens with (the page's own guard, src/web/app/routeTree.tsx); null: any signed-in user. */
const PAGES: Record<QuickLinkTarget, { title: string; description: string; needs: keyof Can | null }> = {
  '/so-thu-ly': { title: 'Sổ thụ lý', description: 'Tố giác, tin báo, vụ án, vụ việc', needs: 'readMatters' },
  '/so-thu-ly/moi': { title: 'Thêm vụ việc', description: 'Thụ lý tin báo, vụ án mới', needs: 'recordMatters' },
  '/thoi-han': { title: 'Thời hạn', description: 'Thời hạn tố tụng sắp đến, quá hạn', needs: 'readMatters' },
  '/chi-tieu': { title: 'Chỉ tiêu', description: 'Chỉ tiêu nghiệp vụ so với yêu cầu', needs: 'readIndicators' },
  '/chi-tieu/muc-tieu': {
    title: 'Mục tiêu, công thức',
    description: 'Giao chỉ tiêu, xem công thức tính',
    needs: 'manageIndicators',
  },
  '/don-vi': { title: 'Đơn vị', description: 'Cơ cấu tổ chức, sáp nhập, kế thừa', needs: null },
  '/can-bo': { title: 'Cán bộ', description: 'Tra cứu, cập nhật thông tin cán bộ', needs: null },
  '/lich-nghi': { title: 'Lịch nghỉ', description: 'Ngày nghỉ, ngày làm bù chính thức', needs: null },
  '/nhat-ky': { title: 'Nhật ký hệ thống', description: 'Ai đã thay đổi gì, khi nào', needs: 'viewAudit' },
  '/tac-vu-nen': { title: 'Tác vụ nền', description: 'Các tác vụ định kỳ của hệ thống', needs: 'manageUnits' },
}

/** The pages each home offers first, in order. */
const LINKS_OF: Record<HomeKind, readonly QuickLinkTarget[]> = {
  leadership: ['/thoi-han', '/so-thu-ly', '/chi-tieu', '/don-vi', '/can-bo', '/nhat-ky'],
  prosecutor: ['/so-thu-ly/moi', '/so-thu-ly', '/thoi-han', '/chi-tieu', '/lich-nghi'],
  statistics: ['/chi-tieu', '/so-thu-ly', '/thoi-han', '/don-vi'],
  emulation: ['/chi-tieu', '/don-vi', '/can-bo'],
  admin: ['/can-bo', '/don-vi', '/chi-tieu/muc-tieu', '/lich-nghi', '/nhat-ky', '/tac-vu-nen'],
  readonly: ['/so-thu-ly', '/thoi-han', '/chi-tieu', '/don-vi', '/can-bo'],
}

/** The home's quick links: only pages the user may open — a link that leads to "no access" is not offered. */
export const quickLinksFor = (kind: HomeKind, can: Can): QuickLinkItem[] =>
  LINKS_OF[kind].flatMap((to) => {
    const page = PAGES[to]
    return page.needs === null || can[page.needs] ? [{ to, title: page.title, description: page.description }] : []
  })
