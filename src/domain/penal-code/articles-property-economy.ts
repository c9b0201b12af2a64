// Chapters XVI (property), XVIII (economic order) and XIX (environment). Notation in
// define.ts; every row is unverified. Clauses on commercial legal entities (pháp nhân
// thương mại phạm tội) set fines for the entity, not brackets for a person: not listed.
import { art } from './define.ts'
import type { PenalArticle } from './types.ts'

export const PROPERTY_ARTICLES: readonly PenalArticle[] = [
  // Khoản 5: preparation 01–05 năm; khoản 6 only adds penalties.
  art(168, 'Tội cướp tài sản', [10, 15, 20, 'life'], { prep: 5 }),
  art(169, 'Tội bắt cóc nhằm chiếm đoạt tài sản', [7, 12, 18, 'life'], { prep: 5 }),
  art(170, 'Tội cưỡng đoạt tài sản', [5, 10, 15, 20]),
  art(171, 'Tội cướp giật tài sản', [5, 10, 15, 'life']),
  art(172, 'Tội công nhiên chiếm đoạt tài sản', [3, 7, 12, 20]),
  art(173, 'Tội trộm cắp tài sản', [3, 7, 15, 20]),
  art(174, 'Tội lừa đảo chiếm đoạt tài sản', [3, 7, 15, 'life']),
  art(175, 'Tội lạm dụng tín nhiệm chiếm đoạt tài sản', [3, 7, 12, 20]),
  art(176, 'Tội chiếm giữ trái phép tài sản', [2, 5]),
  art(177, 'Tội sử dụng trái phép tài sản', [2, 5, 7]),
  art(178, 'Tội hủy hoại hoặc cố ý làm hư hỏng tài sản', [3, 7, 10, 20]),
]

export const ECONOMY_ARTICLES: readonly PenalArticle[] = [
  art(188, 'Tội buôn lậu', [3, 7, 15, 20]),
  art(190, 'Tội sản xuất, buôn bán hàng cấm', [5, 10, 15]),
  art(191, 'Tội tàng trữ, vận chuyển hàng cấm', [3, 5, 10]),
  art(192, 'Tội sản xuất, buôn bán hàng giả', [5, 10, 15]),
  art(193, 'Tội sản xuất, buôn bán hàng giả là lương thực, thực phẩm, phụ gia thực phẩm', [5, 10, 15, 'life']),
  art(194, 'Tội sản xuất, buôn bán hàng giả là thuốc chữa bệnh, thuốc phòng bệnh', [5, 12, 20, 'death']),
  art(200, 'Tội trốn thuế', [1, 3, 7]),
  // Khoản 1: a fine or non-custodial reform only; khoản 2: up to 03 năm (text before the 2025 amendments).
  art(201, 'Tội cho vay lãi nặng trong giao dịch dân sự', ['nc', 3]),
  art(203, 'Tội in, phát hành, mua bán trái phép hóa đơn, chứng từ thu nộp ngân sách nhà nước', [3, 5]),
  art(207, 'Tội làm, tàng trữ, vận chuyển, lưu hành tiền giả', [7, 12, 'life']),
  // Inserted by Luật 12/2017/QH14 (khoản 51 Điều 1), in force 01/01/2018 with the code. Khoản 1: a fine,
  // cải tạo không giam giữ đến 03 năm or tù 06 tháng – 02 năm; khoản 2: a fine or tù 01 – 05 năm
  // [confirmed: luatnghinhphong.vn and lawfirm.vn quote the article: "…hoặc phạt tù từ 06 tháng đến 02 năm", "…hoặc phạt tù từ 01 năm đến 05 năm"].
  art('217a', 'Tội vi phạm quy định về kinh doanh theo phương thức đa cấp', [2, 5]),
  art(227, 'Tội vi phạm quy định về nghiên cứu, thăm dò, khai thác tài nguyên', [3, 7]),
  art(232, 'Tội vi phạm quy định về khai thác, bảo vệ rừng và quản lý lâm sản', [3, 7, 10]),
  art(234, 'Tội vi phạm quy định về quản lý, bảo vệ động vật hoang dã', [3, 7]),
]

export const ENVIRONMENT_ARTICLES: readonly PenalArticle[] = [
  art(244, 'Tội vi phạm quy định về quản lý, bảo vệ động vật nguy cấp, quý, hiếm', [5, 10, 15]),
]
