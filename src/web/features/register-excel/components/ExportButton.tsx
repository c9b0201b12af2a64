import { Button } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { IconFileSpreadsheet } from '@tabler/icons-react'
import { buildQuery } from '@/web/shared/api/httpClient.ts'
import type { QueryParams } from '@/web/shared/api/httpClient.ts'
import { errorMessage } from '@/web/shared/api/ApiError.ts'
import { useDownload } from '../hooks/useDownload.ts'

const TARGETS = {
  matters: { url: '/api/matters/export.xlsx', fileName: 'so-thu-ly.xlsx' },
  deadlines: { url: '/api/deadlines/export.xlsx', fileName: 'thoi-han.xlsx' },
} as const

type ExportButtonProps = {
  /** Which list: the register (GET /api/matters) or the deadlines (GET /api/deadlines). */
  list: keyof typeof TARGETS
  /** The list's current filters, exactly as sent to its GET; paging is ignored, every page is exported. */
  filters: QueryParams
  disabled?: boolean
}

/** "Xuất Excel": the whole filtered list as a workbook; the server audits the export. */
export function ExportButton({ list, filters, disabled }: ExportButtonProps) {
  const download = useDownload()
  const target = TARGETS[list]
  const onClick = () =>
    download.mutate(
      {
        url: `${target.url}${buildQuery({ ...filters, page: undefined, pageSize: undefined })}`,
        fileName: target.fileName,
      },
      {
        onError: (error) =>
          notifications.show({ color: 'red', title: 'Không xuất được tệp Excel', message: errorMessage(error) }),
      },
    )
  return (
    <Button
      variant="default"
      leftSection={<IconFileSpreadsheet size={18} />}
      loading={download.isPending}
      disabled={disabled}
      onClick={onClick}
      data-testid={`export-${list}`}
    >
      Xuất Excel
    </Button>
  )
}
