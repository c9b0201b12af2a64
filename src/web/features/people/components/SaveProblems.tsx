import { Alert } from '@mantine/core'
import { IconRefreshAlert } from '@tabler/icons-react'
import { errorMessage, needsSummary } from '@/web/shared/api/ApiError.ts'

type SaveProblemsProps = { conflict: boolean; failure: unknown }

/** Why the last save did not go through: someone else saved first, or the server refused. */
export function SaveProblems({ conflict, failure }: SaveProblemsProps) {
  return (
    <>
      {conflict ? (
        <Alert
          role="alert"
          color="orange"
          variant="light"
          icon={<IconRefreshAlert size={20} />}
          title="Hồ sơ vừa được người khác cập nhật"
        >
          Thay đổi của bạn chưa được lưu. Dữ liệu mới nhất đã được tải lại — hãy kiểm tra rồi thực hiện lại.
        </Alert>
      ) : null}
      {failure && needsSummary(failure) ? (
        <Alert role="alert" color="red" variant="light">
          {errorMessage(failure)}
        </Alert>
      ) : null}
    </>
  )
}
