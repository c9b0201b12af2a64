import { useMutation } from '@tanstack/react-query'
import { getFile, saveResponse } from './binaryRequests.ts'

/** Downloads a file the server builds (the template, an export); `error` is an ApiError. */
export const useDownload = () =>
  useMutation({
    mutationFn: async ({ url, fileName }: { url: string; fileName: string }) =>
      saveResponse(await getFile(url), fileName),
  })
