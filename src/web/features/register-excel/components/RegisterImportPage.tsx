import { useState } from 'react'
import { Alert, Anchor, Breadcrumbs, Button, FileInput, Group, List, Paper, Stack, Text, Title } from '@mantine/core'
import { IconCircleCheck, IconDownload, IconFileCheck, IconFileSpreadsheet, IconFileUpload } from '@tabler/icons-react'
import type { ImportResult } from '@/shared/api/register-excel.ts'
import { formatNumber } from '@/shared/format.ts'
import { useMe } from '@/web/features/auth/hooks/useMe.ts'
import { isApiError } from '@/web/shared/api/ApiError.ts'
import { ErrorAlert } from '@/web/shared/components/ErrorAlert.tsx'
import { ForbiddenPage } from '@/web/shared/components/ForbiddenNotice.tsx'
import { PageHeader } from '@/web/shared/components/PageHeader.tsx'
import { RouterAnchor } from '@/web/shared/components/RouterAnchor.tsx'
import { useDownload } from '../hooks/useDownload.ts'
import { useRegisterImport } from '../hooks/useRegisterImport.ts'
import { ImportErrorsTable } from './ImportErrorsTable.tsx'

const TITLE = 'Nhập sổ thụ lý từ Excel'

type Outcome = { kind: 'checked' | 'imported'; result: ImportResult } | { kind: 'failed'; error: unknown } | null

function Crumbs() {
  return (
    <Breadcrumbs mb="xs" aria-label="Đường dẫn">
      <RouterAnchor to="/so-thu-ly" size="sm">
        Sổ thụ lý
      </RouterAnchor>
      <Anchor component="span" size="sm" c="dimmed" aria-current="page">
        Nhập từ Excel
      </Anchor>
    </Breadcrumbs>
  )
}

/** Import an existing register: template, check (dry run), import, and the rows at fault. */
export function RegisterImportPage() {
  const me = useMe()
  if (!me.can.recordMatters) {
    return <ForbiddenPage title={TITLE} what="nhập sổ thụ lý" crumbs={<Crumbs />} />
  }
  return (
    <>
      <Crumbs />
      <PageHeader
        title={TITLE}
        description="Chuyển sổ thụ lý đang theo dõi bằng Excel vào hệ thống; giai đoạn và thời hạn của từng vụ việc được tính tự động."
      />
      <ImportView />
    </>
  )
}

function ImportView() {
  const [file, setFile] = useState<File | null>(null)
  const [outcome, setOutcome] = useState<Outcome>(null)
  const template = useDownload()
  const { check, run, report } = useRegisterImport()
  const busy = check.isPending || run.isPending

  const choose = (chosen: File | null) => {
    setFile(chosen)
    setOutcome(null)
  }
  const submit = (action: typeof check, kind: 'checked' | 'imported') => {
    if (!file) return
    action.mutate(file, {
      onSuccess: (result) => setOutcome({ kind, result }),
      onError: (error) => setOutcome({ kind: 'failed', error }),
    })
  }

  return (
    <Stack gap="md">
      <Paper withBorder radius="md" p="md">
        <Stack gap="sm">
          <Title order={2} size="h4">
            1. Tải tệp mẫu và điền dữ liệu
          </Title>
          <List size="sm" spacing={4}>
            <List.Item>
              Mỗi vụ việc một dòng trong trang "Sổ thụ lý"; trang "Hướng dẫn" giải thích từng cột. Các cột có dấu * là
              bắt buộc.
            </List.Item>
            <List.Item>Ngày nhập dạng dd/mm/yyyy. Dòng ví dụ in nghiêng được bỏ qua nếu giữ nguyên.</List.Item>
            <List.Item>
              Nhập theo nguyên tắc tất cả hoặc không: chỉ cần một dòng lỗi thì chưa dòng nào được nhập.
            </List.Item>
          </List>
          <Group>
            <Button
              variant="light"
              leftSection={<IconDownload size={18} />}
              loading={template.isPending}
              onClick={() =>
                template.mutate({ url: '/api/register/import/template', fileName: 'mau-nhap-so-thu-ly.xlsx' })
              }
              data-testid="download-template"
            >
              Tải tệp mẫu
            </Button>
          </Group>
          {template.error ? <ErrorAlert error={template.error} title="Không tải được tệp mẫu" /> : null}
        </Stack>
      </Paper>

      <Paper withBorder radius="md" p="md">
        <Stack gap="sm">
          <Title order={2} size="h4">
            2. Chọn tệp, kiểm tra rồi nhập
          </Title>
          <FileInput
            label="Tệp Excel (.xlsx)"
            placeholder="Chọn tệp sổ thụ lý đã điền"
            accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            leftSection={<IconFileSpreadsheet size={18} />}
            value={file}
            onChange={choose}
            clearable
            maw={520}
            data-testid="import-file"
          />
          <Group>
            <Button
              variant="default"
              leftSection={<IconFileCheck size={18} />}
              disabled={!file || busy}
              loading={check.isPending}
              onClick={() => submit(check, 'checked')}
              data-testid="import-check"
            >
              Kiểm tra
            </Button>
            <Button
              leftSection={<IconFileUpload size={18} />}
              disabled={!file || busy || outcome?.kind === 'imported'}
              loading={run.isPending}
              onClick={() => submit(run, 'imported')}
              data-testid="import-run"
            >
              Nhập dữ liệu
            </Button>
          </Group>
          {outcome ? (
            <OutcomeView outcome={outcome} onReport={() => file && report.mutate(file)} reporting={report.isPending} />
          ) : null}
          {report.error ? <ErrorAlert error={report.error} title="Không tải được báo cáo lỗi" /> : null}
        </Stack>
      </Paper>
    </Stack>
  )
}

type OutcomeViewProps = { outcome: NonNullable<Outcome>; onReport: () => void; reporting: boolean }

function OutcomeView({ outcome, onReport, reporting }: OutcomeViewProps) {
  if (outcome.kind === 'checked') {
    return (
      <Alert
        color="green"
        variant="light"
        icon={<IconCircleCheck size={20} />}
        title="Tệp hợp lệ"
        data-testid="import-outcome"
      >
        {formatNumber(outcome.result.imported)} dòng sẵn sàng nhập. Bấm "Nhập dữ liệu" để ghi vào sổ thụ lý.
      </Alert>
    )
  }
  if (outcome.kind !== 'failed') {
    return (
      <Alert
        color="green"
        variant="light"
        icon={<IconCircleCheck size={20} />}
        title="Đã nhập xong"
        data-testid="import-outcome"
      >
        <Text size="sm">
          Đã nhập {formatNumber(outcome.result.imported)} vụ việc vào sổ thụ lý; giai đoạn và thời hạn đã được tính.{' '}
          <RouterAnchor to="/so-thu-ly" size="sm">
            Mở sổ thụ lý
          </RouterAnchor>
        </Text>
      </Alert>
    )
  }
  const { error } = outcome
  if (!isApiError(error) || error.code !== 'IMPORT_ROWS_INVALID')
    return <ErrorAlert error={error} title="Tệp chưa nhập được" />
  return (
    <Stack gap="sm" data-testid="import-outcome">
      <ErrorAlert error={error} title="Tệp chưa nhập được" />
      <Group>
        <Button
          variant="light"
          color="red"
          leftSection={<IconDownload size={18} />}
          loading={reporting}
          onClick={onReport}
          data-testid="import-report"
        >
          Tải báo cáo lỗi (.xlsx)
        </Button>
        <Text size="sm" c="dimmed">
          Tệp của bạn kèm cột "Lỗi" tô đỏ ở từng dòng sai; sửa xong có thể gửi lại chính tệp đó.
        </Text>
      </Group>
      <ImportErrorsTable issues={error.details} />
    </Stack>
  )
}
