// Writes src/domain/auth/common-passwords.txt: passwords too common to allow (NIST SP 800-63B
// §5.1.1.2 asks verifiers to refuse "passwords obtained from previous breach corpuses,
// dictionary words, repetitive or sequential characters, context-specific words").
//
// The machines that build kiemsat have no network, so the list is generated here rather than
// downloaded: the well-known top passwords of the public yearly lists (SplashData's and
// NordPass's "most common passwords", the head of SecLists' 10k-most-common), the patterns
// those lists are made of (sequences, repeated characters, keyboard walks, words + years +
// digits), Vietnamese ones (matkhau, anhyeuem, common names, places) and this system's own
// names (kiemsat, vksnd, the published demo password). Deterministic: run it again and the
// file is the same. Run: npx tsx scripts/generate-common-passwords.ts
import { writeFileSync } from 'node:fs'

const LIMIT = 20_000

const TOP = `123456 password 123456789 12345678 12345 qwerty 1234567 111111 1234567890 123123 abc123 1234 password1
iloveyou 1q2w3e4r 000000 qwerty123 zaq12wsx dragon sunshine princess letmein 654321 monkey 27653 1qaz2wsx 123321
qwertyuiop superman asdfghjkl trustno1 football baseball welcome admin master shadow michael jennifer hunter
passw0rd p@ssw0rd p@ssword pass123 password123 password12 password1234 administrator root toor changeme secret
login guest test test123 default access 121212 112233 123qwe qwe123 1qazxsw2 qazwsx qwertyu asdfgh zxcvbnm
zxcvbn azerty qwertz 159753 147258369 987654321 789456123 456789 11111111 88888888 66666666 00000000 12341234
aa123456 a123456 123456a abcd1234 abcdef 1a2b3c 1q2w3e 1q2w3e4r5t q1w2e3r4 qwer1234 asdf1234 zxcv1234 google
facebook youtube instagram samsung apple iphone whatever freedom charlie donald batman starwars pokemon naruto
lovely loveme love123 iloveu flower hello hello123 hellokitty cookie chocolate daniel thomas jordan jessica
ashley michelle nicole andrew joshua matthew robert william soccer hockey killer ninja mustang harley ranger
computer internet server system windows linux ubuntu oracle mysql postgres database backup office company
summer winter spring autumn monday friday sunday january december secret123 master123 admin123 admin1234
root123 user user123 demo demo123 welcome1 welcome123 letmein1 qwerty1 111222 112233445566 123123123 123654
147258 159357 741852963 963852741 135792468 102030 10203040 5201314 520520 1314520 woaini woaini1314 aini1314
iloveyou1 iloveyou2 iloveyou123 princess1 sunshine1 football1 baseball1 superman1 batman123 dragon123 monkey123`

const VIETNAMESE = `matkhau matkhau123 matkhaucuatoi matkhaumoi anhyeuem emyeuanh yeuem yeuanh toiyeuem toiyeuban yeuemnhieu
anhyeuemnhieu emyeuanhnhieu iloveyouvn vietnam vietnam123 vietnamvodich vietnamoi hanoi saigon hochiminh danang
haiphong cantho hue nhatrang dalat vungtau quangninh nghean thanhhoa conyeume conyeuba giadinh hanhphuc
thanhcong maimai muonnam tinhyeu tinhban banbe xinchao chaoban hoilamgi khongbiet khongco khongnho quenmatkhau
matkhaukhongdung abc123456 123456abc 123456aa 123456789a a123456789 hoangsa truongsa bachdang thanglong
dienbienphu baclieu camau tayninh binhduong dongnai longan angiang kiengiang soctrang haugiang vinhlong
kiemsat vienkiemsat vienkiemsatnhandan vksnd vksndtc vkstc vks kiemsatvien kiemtravien congto toaan
congan phapluat luatsu thamphan chanhan vienmtruong vientruong phovientruong truongphong phophong
quantri quantrivien admin.vks kiemsat-demo-2026 kiemsatdemo kiemsat2025 kiemsat2026 kiemsat@2026 vksnd@2026`

const SURNAMES = 'nguyen tran le pham hoang huynh phan vu vo dang bui do ho ngo duong ly'.split(' ')
const GIVEN =
  'anh minh hung tuan linh trang huong lan mai hoa thao ngoc duc long nam quang thanh thu ha phuong hai son dung binh cuong khanh hieu trung tam nhung yen vy'.split(
    ' ',
  )

const KEYBOARD_ROWS = ['1234567890', 'qwertyuiop', 'asdfghjkl', 'zxcvbnm', '!@#$%^&*()']
const WALKS = `1qaz2wsx3edc 1qaz2wsx3edc4rfv qazwsxedc qazwsxedcrfv qazwsxedcrfvtgb 1q2w3e4r5t6y 1q2w3e4r5t6y7u8i
zaq12wsx xsw2zaq1 !qaz@wsx !qaz2wsx 1qaz@wsx qwertyuiop123 qwertyuiopasdfghjkl asdfghjkl123 zxcvbnm123
qwerty123456 qwertyqwerty asdfasdfasdf zxczxczxc qweasdzxc qweasdzxc123 123qweasdzxc 1234qwerasdf
qwer1234asdf 1234qwer!@#$ 1qa2ws3ed4rf 1234567890qwertyuiop poiuytrewq lkjhgfdsa mnbvcxz 0987654321
0987654321poiuytrewq qwaszx qwaszxqwaszx 147852369 123698745 741236985 q1w2e3r4t5y6 a1s2d3f4g5h6 z1x2c3v4b5n6`

const SUFFIXES = [
  '',
  '1',
  '12',
  '123',
  '1234',
  '12345',
  '123456',
  '!',
  '@',
  '@123',
  '123!',
  '123@',
  '!@#',
  '.',
  '#1',
  '2024',
  '2025',
  '2026',
]
const YEARS = Array.from({ length: 2026 - 1960 + 1 }, (_, i) => String(1960 + i))

const out = new Set<string>()
const add = (word: string) => {
  const w = word.trim().toLowerCase()
  if (w.length >= 4 && w.length <= 64) out.add(w)
}
const words = (text: string) => text.split(/\s+/).filter(Boolean)

// 1. The well-known ones as they are.
for (const w of [...words(TOP), ...words(VIETNAMESE), ...words(WALKS)]) add(w)

// 2. Repeated characters and short repeated units, 6 to 20 long.
for (const c of '0123456789abcdefghijklmnopqrstuvwxyz!@#.*') for (let n = 6; n <= 20; n++) add(c.repeat(n))
for (const unit of [
  '12',
  '123',
  '1234',
  'ab',
  'abc',
  'abcd',
  '01',
  '69',
  '88',
  '99',
  'aa',
  'qwe',
  'asd',
  'hi',
  'ha',
  'hihi',
  'haha',
  'hehe',
  'love',
  'xo',
])
  for (let n = 2; unit.length * n <= 24; n++) add(unit.repeat(n))

// 3. Sequences: ascending and descending digit runs (wrapping 9→0) and alphabet runs.
for (let start = 0; start <= 9; start++)
  for (let len = 6; len <= 20; len++) {
    const up = Array.from({ length: len }, (_, i) => String((start + i) % 10)).join('')
    add(up)
    add([...up].reverse().join(''))
  }
const ALPHABET = 'abcdefghijklmnopqrstuvwxyz'
for (let start = 0; start < 26; start++)
  for (let len = 6; start + len <= 26; len++) {
    add(ALPHABET.slice(start, start + len))
    add([...ALPHABET.slice(start, start + len)].reverse().join(''))
  }

// 4. Keyboard rows and their prefixes, forwards and backwards, doubled.
for (const row of KEYBOARD_ROWS)
  for (let len = 6; len <= row.length; len++) {
    const part = row.slice(0, len)
    add(part)
    add([...part].reverse().join(''))
    add(part + part)
  }

// 5. Words with the suffixes people add, and with years (the patterns the lists are made of).
const BASES = [...words(TOP).filter((w) => /^[a-z]+$/.test(w)), ...words(VIETNAMESE).filter((w) => /^[a-z]+$/.test(w))]
for (const base of BASES) for (const suffix of SUFFIXES) add(base + suffix)
for (const base of BASES.slice(0, 60)) for (const year of YEARS) add(base + year)
for (const base of BASES.slice(0, 40)) for (const year of YEARS.slice(-27)) add(`${base}@${year}`)

// 6. Vietnamese names: surname + given name, with years and digits (birth years are the
//    commonest suffix in Vietnamese leaks).
for (const surname of SURNAMES)
  for (const given of GIVEN) {
    for (const suffix of ['', '123', '123456', '@123', '1990', '1995', '2000']) add(surname + given + suffix)
    add(given + surname)
  }
for (const given of GIVEN) for (const year of YEARS.slice(-46)) add(given + year)

const list = [...out].slice(0, LIMIT)
const header = [
  '# Passwords too common to allow (kiemsat password policy, NIST SP 800-63B §5.1.1.2).',
  '# Generated by scripts/generate-common-passwords.ts from well-known top passwords and their',
  '# patterns (sequences, repeats, keyboard walks, words + years), Vietnamese words and names,',
  "# and this system's own names. Lower case, without diacritics; one per line.",
]
writeFileSync(
  new URL('../src/domain/auth/common-passwords.txt', import.meta.url),
  `${header.join('\n')}\n${list.join('\n')}\n`,
)
console.log(`${list.length} passwords (of ${out.size} generated)`)
