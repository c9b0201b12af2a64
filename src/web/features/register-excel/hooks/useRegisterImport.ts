import { useMutation, useQueryClient } from '@tanstack/react-query'
import { ImportResult } from '@/shared/api/register-excel.ts'
import { useMe } from '@/web/features/auth/hooks/useMe.ts'
import { ApiError } from '@/web/shared/api/ApiError.ts'
import { postWorkbook, saveResponse } from './binaryRequests.ts'

const IMPORT_URL = '/api/register/import'

const resultOf = async (response: Response): Promise<ImportResult> => {
  const parsed = ImportResult.safeParse(await response.json().catch(() => null))
  if (!parsed.success)
    throw new ApiError({
      status: response.status,
      code: 'INVALID_RESPONSE',
      message: 'Máy chủ trả về dữ liệu không hợp lệ. Vui lòng thử lại sau.',
    })
  return parsed.data
}

/**
 * The import's three requests: check (dry run), import, and the error report. A failing
 * file rejects with an ApiError whose details are the row problems ('row 12.Ngày thụ lý').
 */
export const useRegisterImport = () => {
  const { csrfToken } = useMe()
  const queryClient = useQueryClient()
  const check = useMutation({
    mutationFn: async (file: File) => resultOf(await postWorkbook(`${IMPORT_URL}?dryRun=true`, file, csrfToken)),
  })
  const run = useMutation({
    mutationFn: async (file: File) => resultOf(await postWorkbook(IMPORT_URL, file, csrfToken)),
    // New matters change every list and every deadline view.
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: ['matters'] }),
        queryClient.invalidateQueries({ queryKey: ['deadlines'] }),
      ]),
  })
  const report = useMutation({
    mutationFn: async (file: File) =>
      saveResponse(await postWorkbook(`${IMPORT_URL}?report=xlsx`, file, csrfToken), 'bao-cao-loi-nhap-so-thu-ly.xlsx'),
  })
  return { check, run, report }
}
