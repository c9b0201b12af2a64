// Chapters XIII (national security), XIV (life, health, dignity), XV (freedoms) and
// XVII (marriage and family). Notation in define.ts; every row is unverified.
import { art } from './define.ts'
import type { PenalArticle } from './types.ts'

// Chapter XIII: the organiser's bracket reaches death; the other participants' bracket
// and the preparation clause (chuẩn bị phạm tội) follow.
export const SECURITY_ARTICLES: readonly PenalArticle[] = [
  art(108, 'Tội phản bội Tổ quốc', ['death', 15], { prep: 5 }),
  art(109, 'Tội hoạt động nhằm lật đổ chính quyền nhân dân', ['death', 15], { prep: 5 }),
  art(110, 'Tội gián điệp', ['death', 15], { prep: 5 }),
  art(111, 'Tội xâm phạm an ninh lãnh thổ', ['death', 15], { prep: 5 }),
  art(112, 'Tội bạo loạn', ['death', 15], { prep: 5 }),
  // Khoản 4 (terrorising foreign persons or organisations) is punished "theo Điều này": no bracket of its own.
  art(113, 'Tội khủng bố nhằm chống chính quyền nhân dân', ['death', 15, 10], { prep: 5, prepClause: 5 }),
  art(114, 'Tội phá hoại cơ sở vật chất – kỹ thuật của nước Cộng hòa xã hội chủ nghĩa Việt Nam', ['death', 15], {
    prep: 5,
  }),
  art(115, 'Tội phá hoại việc thực hiện các chính sách kinh tế – xã hội', [15, 7], { prep: 3 }),
  art(116, 'Tội phá hoại chính sách đoàn kết', [15, 7], { prep: 3 }),
  art(
    117,
    'Tội làm, tàng trữ, phát tán hoặc tuyên truyền thông tin, tài liệu, vật phẩm nhằm chống Nhà nước Cộng hòa xã hội chủ nghĩa Việt Nam',
    [12, 20],
    { prep: 5 },
  ),
  art(118, 'Tội phá rối an ninh', [15, 7], { prep: 3 }),
  art(119, 'Tội chống phá cơ sở giam giữ', ['death', 15], { prep: 5 }),
  art(
    120,
    'Tội tổ chức, cưỡng ép, xúi giục người khác trốn đi nước ngoài hoặc trốn ở lại nước ngoài nhằm chống chính quyền nhân dân',
    [12, 'life'],
    { prep: 5 },
  ),
  art(121, 'Tội trốn đi nước ngoài hoặc trốn ở lại nước ngoài nhằm chống chính quyền nhân dân', [12, 'life']),
]

export const PERSON_ARTICLES: readonly PenalArticle[] = [
  art(123, 'Tội giết người', ['death', 15], { prep: 5 }),
  art(125, 'Tội giết người trong trạng thái tinh thần bị kích động mạnh', [3, 7]),
  art(
    126,
    'Tội giết người do vượt quá giới hạn phòng vệ chính đáng hoặc do vượt quá mức cần thiết khi bắt giữ người phạm tội',
    [2, 5],
  ),
  art(128, 'Tội vô ý làm chết người', [5, 10]),
  art(129, 'Tội vô ý làm chết người do vi phạm quy tắc nghề nghiệp hoặc quy tắc hành chính', [5, 10]),
  art(130, 'Tội bức tử', [7, 12]),
  art(131, 'Tội xúi giục hoặc giúp người khác tự sát', [3, 7]),
  art(133, 'Tội đe dọa giết người', [3, 7]),
  // As amended in 2017: khoản 1 ≤ 03 năm, 2: 02–06, 3: 05–10, 4: 07–14, 5: 12–20 or life; khoản 6 preparation ≤ 02 năm.
  art(134, 'Tội cố ý gây thương tích hoặc gây tổn hại cho sức khỏe của người khác', [3, 6, 10, 14, 'life'], {
    prep: 2,
  }),
  art(140, 'Tội hành hạ người khác', [3, 5]),
  art(141, 'Tội hiếp dâm', [7, 15, 18]),
  art(142, 'Tội hiếp dâm người dưới 16 tuổi', [15, 20, 'death']),
  art(143, 'Tội cưỡng dâm', [5, 10, 18]),
  art(146, 'Tội dâm ô đối với người dưới 16 tuổi', [3, 7, 12]),
  art(150, 'Tội mua bán người', [10, 15, 'life']),
  art(155, 'Tội làm nhục người khác', ['nc', 2, 5]),
  art(156, 'Tội vu khống', [1, 3, 7]),
]

export const FREEDOM_FAMILY_ARTICLES: readonly PenalArticle[] = [
  art(157, 'Tội bắt, giữ hoặc giam người trái pháp luật', [3, 7, 12]),
  art(158, 'Tội xâm phạm chỗ ở của người khác', [2, 5]),
  art(185, 'Tội ngược đãi hoặc hành hạ ông bà, cha mẹ, vợ chồng, con, cháu hoặc người có công nuôi dưỡng mình', [2, 5]),
]
