// Chapters XXII (administrative order), XXIII (crimes of office), XXIV (judicial
// activities) and XXVI (peace, humanity, war crimes). Notation in define.ts; every row is unverified.
import { art } from './define.ts'
import type { PenalArticle } from './types.ts'

export const ADMINISTRATION_ARTICLES: readonly PenalArticle[] = [
  art(330, 'Tội chống người thi hành công vụ', [3, 7]),
  art(
    331,
    'Tội lợi dụng các quyền tự do dân chủ xâm phạm lợi ích của Nhà nước, quyền, lợi ích hợp pháp của tổ chức, cá nhân',
    [3, 7],
  ),
  art(
    341,
    'Tội làm giả con dấu, tài liệu của cơ quan, tổ chức; tội sử dụng con dấu, tài liệu giả của cơ quan, tổ chức',
    [2, 5, 7],
  ),
]

// Corruption crimes (tham nhũng, Mục 1) reach death for embezzlement and bribe-taking.
export const OFFICE_ARTICLES: readonly PenalArticle[] = [
  art(353, 'Tội tham ô tài sản', [7, 15, 20, 'death']),
  art(354, 'Tội nhận hối lộ', [7, 15, 20, 'death']),
  art(355, 'Tội lạm dụng chức vụ, quyền hạn chiếm đoạt tài sản', [6, 13, 20, 'life']),
  art(356, 'Tội lợi dụng chức vụ, quyền hạn trong khi thi hành công vụ', [5, 10, 15]),
  art(357, 'Tội lạm quyền trong khi thi hành công vụ', [7, 10, 15]),
  art(358, 'Tội lợi dụng chức vụ, quyền hạn gây ảnh hưởng đối với người khác để trục lợi', [6, 13, 20]),
  art(359, 'Tội giả mạo trong công tác', [5, 10, 15, 20]),
  art(364, 'Tội đưa hối lộ', [3, 7, 12, 20]),
  art(365, 'Tội môi giới hối lộ', [3, 7, 10, 15]),
]

export const JUSTICE_ARTICLES: readonly PenalArticle[] = [
  art(386, 'Tội trốn khỏi nơi giam, giữ hoặc trốn khi đang bị áp giải, đang bị xét xử', [3, 7]),
  art(389, 'Tội che giấu tội phạm', [5, 7]),
  art(390, 'Tội không tố giác tội phạm', [3]),
]

// Khoản 1: tù 12 – 20 năm, chung thân hoặc tử hình; khoản 2 (under duress or a superior's order): tù 10 – 20 năm
// [confirmed: luatnghinhphong.vn and sachsongngu.top quote Điều 421 as in force from 2018].
export const WAR_ARTICLES: readonly PenalArticle[] = [
  art(421, 'Tội phá hoại hòa bình, gây chiến tranh xâm lược', ['death', 20]),
]
