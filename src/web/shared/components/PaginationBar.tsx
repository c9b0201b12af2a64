import { Group, Pagination, Text } from '@mantine/core'
import { formatNumber } from '@/shared/format.ts'

type PaginationBarProps = {
  page: number
  pageSize: number
  total: number
  noun: string
  onChange: (page: number) => void
}

/**
 * "Hiển thị 1–25 trên 1.234 cán bộ" and the page buttons. Nothing when the list is empty: every
 * page says so once in its own words ("Không có vụ việc nào phù hợp…"), not a second time here
 * (issue 12, item 15).
 */
export function PaginationBar({ page, pageSize, total, noun, onChange }: PaginationBarProps) {
  if (total === 0) return null
  const pages = Math.max(1, Math.ceil(total / pageSize))
  const first = (page - 1) * pageSize + 1
  const last = Math.min(total, page * pageSize)
  return (
    <Group justify="space-between" mt="md" gap="sm" wrap="wrap">
      <Text size="sm" c="dimmed" data-testid="pagination-summary" aria-live="polite">
        {`Hiển thị ${formatNumber(first)}–${formatNumber(last)} trên ${formatNumber(total)} ${noun}`}
      </Text>
      {pages > 1 ? (
        <Pagination
          total={pages}
          value={Math.min(page, pages)}
          onChange={onChange}
          size="sm"
          siblings={1}
          aria-label="Phân trang"
          getItemProps={(p) => ({ 'aria-label': `Trang ${p}` })}
          getControlProps={(control) => {
            const labels = {
              first: 'Trang đầu',
              previous: 'Trang trước',
              next: 'Trang sau',
              last: 'Trang cuối',
            } as const
            return { 'aria-label': labels[control] }
          }}
        />
      ) : null}
    </Group>
  )
}
