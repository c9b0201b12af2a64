// The documents module's codes.
import { defineErrors } from '../../platform/error-catalogue.ts'

export const DOCUMENT_ERRORS = defineErrors({
  DOCUMENT_INVALID_DATE: {
    status: 422,
    message: 'Ngày ban hành văn bản không hợp lệ',
  },
  DOCUMENT_INVALID_CODE: {
    status: 422,
    message: 'Ký hiệu văn bản không hợp lệ (ví dụ đúng: KH-VKS)',
  },
})
