// The articles Luật 86/2025/QH15 (passed 25/06/2025, in force 01/07/2025) gave a new text, as
// far as the brackets go. Every row replaces the 2017 row of the same article from 01/07/2025;
// the older text stays in the catalogue for offences committed before (BLHS Điều 7, see
// applicable.ts). Notation in define.ts; every row is unverified against the official text.
//
// What the sources say:
// - Death removed from eight crimes — Điều 109, 110, 114, 194, 250, 353, 354, 421 — and replaced
//   by life imprisonment: "bỏ hình phạt tử hình đối với 8 tội danh gồm: Tội hoạt động nhằm lật đổ
//   chính quyền nhân dân (Điều 109); Tội gián điệp (Điều 110); Tội phá hoại cơ sở vật chất - kỹ thuật
//   … (Điều 114); Tội sản xuất, buôn bán hàng giả là thuốc chữa bệnh, thuốc phòng bệnh (Điều 194);
//   Tội vận chuyển trái phép chất ma tuý (Điều 250); Tội tham ô tài sản (Điều 353); Tội nhận hối lộ
//   (Điều 354); Tội phá hoại hòa bình, gây chiến tranh xâm lược (Điều 421)"
//   [confirmed: https://baolamdong.vn/luat-sua-doi-bo-sung-mot-so-dieu-cua-bo-luat-hinh-su-bo-hinh-phat-tu-hinh-o-8-toi-danh-384104.html;
//   same list in https://lsvn.vn/mot-so-diem-moi-cua-bo-luat-hinh-su-nhin-tu-goc-do-chinh-sach-hinh-su-a160958.html].
//   "thay bằng hình phạt tù chung thân không xét giảm án" [news: https://baomoi.net.vn/tu-1-7-bo-an-tu-hinh-doi-voi-8-toi-danh-nay-c52590713.epi].
//   That the other brackets of these articles kept their terms is [unconfirmed].
// - Điều 256a added, Tội sử dụng trái phép chất ma túy: khoản 1 "bị phạt tù từ 02 năm đến 03 năm",
//   tái phạm "phạt tù từ 03 năm đến 05 năm" [confirmed: https://phaply.net.vn/noi-dung-co-ban-cua-luat-sua-doi-bo-sung-mot-so-dieu-cua-bo-luat-hinh-su-a260488.html,
//   https://n2law.vn/mot-so-diem-moi-noi-bat-cua-luat-sua-doi-bo-sung-bo-luat-hinh-su-nam-2025.html]; that the
//   tái phạm bracket is khoản 2 is [unconfirmed].
// - Điều 249 khoản 1 now "bị phạt tù từ 03 năm đến 05 năm" (was 01 – 05 năm) [news: nghean24h.vn quoting
//   "Điều 249 Bộ luật Hình sự 2015 (sửa đổi 2025)"]. Điều 251 khoản 1's minimum was raised as well
//   (issue 9 item 8); the new minimum (03 năm here) is [unconfirmed], its maximum 07 năm is kept.
//   A higher minimum is harsher, so it never reaches an offence committed before 01/07/2025 (Điều 7 khoản 2).
// The 2025 law amended 39 articles in all ("sửa đổi, bổ sung 39 điều"); only those whose brackets
// matter to the category or to the Điều 7 comparison of a catalogued article are listed here.
import { art, type PenalCodeText } from './define.ts'
import type { PenalArticle } from './types.ts'

export const AMENDMENT_2025_SOURCE =
  'Luật 86/2025/QH15 sửa đổi, bổ sung một số điều của Bộ luật Hình sự (thông qua 25/06/2025, hiệu lực 01/07/2025): ' +
  'khung hình phạt ghi theo các bài giới thiệu luật (baolamdong.vn, lsvn.vn, phaply.net.vn, n2law.vn), chưa đối chiếu văn bản chính thức.'

export const TEXT_2025: PenalCodeText = {
  inForceFrom: '2025-07-01',
  law: 'Luật 86/2025/QH15',
  source: AMENDMENT_2025_SOURCE,
}

const text = TEXT_2025

export const AMENDED_2025: readonly PenalArticle[] = [
  // Death penalty removed: the top bracket now reaches life imprisonment.
  art(109, 'Tội hoạt động nhằm lật đổ chính quyền nhân dân', ['life', 15], { prep: 5, text }),
  art(110, 'Tội gián điệp', ['life', 15], { prep: 5, text }),
  art(114, 'Tội phá hoại cơ sở vật chất – kỹ thuật của nước Cộng hòa xã hội chủ nghĩa Việt Nam', ['life', 15], {
    prep: 5,
    text,
  }),
  art(194, 'Tội sản xuất, buôn bán hàng giả là thuốc chữa bệnh, thuốc phòng bệnh', [5, 12, 20, 'life'], { text }),
  art(250, 'Tội vận chuyển trái phép chất ma túy', [7, 15, 20, 'life'], { text }),
  art(353, 'Tội tham ô tài sản', [7, 15, 20, 'life'], { text }),
  art(354, 'Tội nhận hối lộ', [7, 15, 20, 'life'], { text }),
  art(421, 'Tội phá hoại hòa bình, gây chiến tranh xâm lược', ['life', 20], { text }),
  // Minimum of khoản 1 raised; highest unchanged.
  art(249, 'Tội tàng trữ trái phép chất ma túy', [5, 10, 15, 'life'], { lowest: [3], text }),
  art(251, 'Tội mua bán trái phép chất ma túy', [7, 15, 20, 'death'], { lowest: [3], text }),
  // A new crime: it exists only from 01/07/2025.
  art('256a', 'Tội sử dụng trái phép chất ma túy', [3, 5], { text }),
]
