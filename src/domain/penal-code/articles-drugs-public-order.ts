// Chapters XX (drugs) and XXI (public safety and public order, including the
// information-technology crimes of Mục 2). Notation in define.ts; every row is unverified.
import { art } from './define.ts'
import type { PenalArticle } from './types.ts'

export const DRUG_ARTICLES: readonly PenalArticle[] = [
  art(247, 'Tội trồng cây thuốc phiện, cây côca, cây cần sa hoặc các loại cây khác có chứa chất ma túy', [3, 7]),
  art(248, 'Tội sản xuất trái phép chất ma túy', [7, 15, 20, 'death']),
  // Khoản 1 "phạt tù từ 01 năm đến 05 năm" (tuyetnhunglaw.vn quoting the 2017 text); the 2025 text raised the minimum.
  art(249, 'Tội tàng trữ trái phép chất ma túy', [5, 10, 15, 'life'], { lowest: [1] }),
  art(250, 'Tội vận chuyển trái phép chất ma túy', [7, 15, 20, 'death']),
  // Khoản 1 "phạt tù từ 02 năm đến 07 năm" (lazi.vn, luatsubaoho.com quoting the 2017 text); the 2025 text raised the minimum.
  art(251, 'Tội mua bán trái phép chất ma túy', [7, 15, 20, 'death'], { lowest: [2] }),
  art(252, 'Tội chiếm đoạt chất ma túy', [7, 15, 20, 'life']),
  art(253, 'Tội tàng trữ, vận chuyển, mua bán hoặc chiếm đoạt tiền chất dùng vào việc sản xuất trái phép chất ma túy', [
    5,
    10,
    15,
    'life',
  ]),
  art(
    254,
    'Tội sản xuất, tàng trữ, vận chuyển hoặc mua bán phương tiện, dụng cụ dùng vào việc sản xuất hoặc sử dụng trái phép chất ma túy',
    [5, 10, 15],
  ),
  art(255, 'Tội tổ chức sử dụng trái phép chất ma túy', [7, 15, 20, 'life']),
  art(256, 'Tội chứa chấp việc sử dụng trái phép chất ma túy', [7, 15]),
  art(257, 'Tội cưỡng bức người khác sử dụng trái phép chất ma túy', [7, 15, 20, 'life']),
]

export const PUBLIC_ORDER_ARTICLES: readonly PenalArticle[] = [
  // Khoản 4: conduct that could in fact have caused the consequences of khoản 1–3 (≤ 01 năm).
  art(260, 'Tội vi phạm quy định về tham gia giao thông đường bộ', [5, 10, 15, 1]),
  art(
    285,
    'Tội sản xuất, mua bán, trao đổi hoặc tặng cho công cụ, thiết bị, phần mềm để sử dụng vào mục đích trái pháp luật',
    [3, 7],
  ),
  art(
    286,
    'Tội phát tán chương trình tin học gây hại cho hoạt động của mạng máy tính, mạng viễn thông, phương tiện điện tử',
    [3, 7, 12],
  ),
  art(
    287,
    'Tội cản trở hoặc gây rối loạn hoạt động của mạng máy tính, mạng viễn thông, phương tiện điện tử',
    [3, 7, 12],
  ),
  art(288, 'Tội đưa hoặc sử dụng trái phép thông tin mạng máy tính, mạng viễn thông', [3, 7]),
  art(
    289,
    'Tội xâm nhập trái phép vào mạng máy tính, mạng viễn thông hoặc phương tiện điện tử của người khác',
    [5, 7, 12],
  ),
  art(290, 'Tội sử dụng mạng máy tính, mạng viễn thông, phương tiện điện tử thực hiện hành vi chiếm đoạt tài sản', [
    3,
    7,
    15,
    'life',
  ]),
  art(
    304,
    'Tội chế tạo, tàng trữ, vận chuyển, sử dụng, mua bán trái phép hoặc chiếm đoạt vũ khí quân dụng, phương tiện kỹ thuật quân sự',
    [7, 12, 15, 'life'],
  ),
  art(318, 'Tội gây rối trật tự công cộng', [2, 7]),
  art(321, 'Tội đánh bạc', [3, 7]),
  art(322, 'Tội tổ chức đánh bạc hoặc gá bạc', [5, 10]),
  art(323, 'Tội chứa chấp hoặc tiêu thụ tài sản do người khác phạm tội mà có', [3, 7, 10, 15]),
  art(324, 'Tội rửa tiền', [5, 10, 15]),
]
