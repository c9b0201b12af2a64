// The emulation facts' codes (issue 14 items 1, 2, 8).
import { defineErrors } from '../../platform/error-catalogue.ts'

export const EMULATION_FACTS_ERRORS = defineErrors({
  EMULATION_FACT_NOT_FOUND: { status: 404, message: 'Không tìm thấy dữ liệu thi đua' },
  EMULATION_PERSON_NOT_FOUND: { status: 404, message: 'Không tìm thấy cán bộ' },
  EMULATION_UNIT_NOT_FOUND: { status: 404, message: 'Không tìm thấy đơn vị' },
  EMULATION_RATING_EXISTS: {
    status: 409,
    message: 'Cán bộ đã có xếp loại chất lượng của năm này; hãy sửa bản đã có',
  },
  EMULATION_COLLECTIVE_RATING_EXISTS: {
    status: 409,
    message: 'Tập thể đã có xếp loại của năm này; hãy sửa bản đã có',
  },
  EMULATION_AWARD_EXISTS: {
    status: 409,
    message: 'Thành tích này đã được khen thưởng danh hiệu, hình thức này (mỗi thành tích chỉ khen một lần)',
  },
  EMULATION_AWARD_SUBJECT_INVALID: {
    status: 422,
    message: 'Khen thưởng phải ghi hoặc cá nhân hoặc tập thể (chỉ một)',
  },
  EMULATION_IMPORT_INVALID: { status: 422, message: 'Tệp xếp loại có dòng không hợp lệ; chưa nhập dòng nào' },
})
