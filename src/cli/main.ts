// kiemsat serve | migrate | seed-demo | create-user | backup | restore | recompute-deadlines | data-template
import { parseArgs } from 'node:util'
import { runBackup, runRestore } from './backup.ts'
import { runCreateUser } from './create-user.ts'
import { runMakeDataTemplate } from './data-template.ts'
import { runRecomputeDeadlines } from './recompute-deadlines.ts'
import { isDemoMode, runMigrate, runSeedDemo, runServe } from './serve.ts'

const HELP = `kiemsat – hệ thống quản lý công tác Viện kiểm sát nhân dân

Cách dùng: kiemsat <lệnh> [tùy chọn]

  serve        Chạy máy chủ (mặc định PGlite tại ./data; DATABASE_URL để dùng PostgreSQL)
                 --port 3000  --host 127.0.0.1  --data-dir ./data  --no-demo
  migrate      Áp dụng các bản cập nhật cấu trúc cơ sở dữ liệu
  seed-demo    Nạp dữ liệu mẫu vào cơ sở dữ liệu trống   --scale 1  --seed 2025
  create-user  Tạo tài khoản   --username  --full-name  --unit <mã đơn vị>  --role admin
                 --title chuyen_vien  (mật khẩu đọc từ biến KIEMSAT_PASSWORD hoặc nhập từ bàn phím)
  backup       Sao lưu   --out <tệp>   (PGlite: bản sao thư mục dữ liệu .tar.gz; PostgreSQL: SQL của pg_dump)
  restore      Phục hồi  --from <tệp>  (PGlite: vào thư mục dữ liệu trống, hoặc --force)
  recompute-deadlines
               Tính lại mọi thời hạn đang chạy bằng quy tắc hiện hành (sau khi nâng cấp cách tính)
                 --batch 200 (hồ sơ mỗi giao dịch)  --all (mọi hồ sơ, kể cả đã kết thúc)
  data-template
               Tạo sẵn thư mục dữ liệu mẫu (PGlite đã khởi tạo, đủ bản cập nhật cấu trúc) để lần chạy
                 đầu tiên khởi động nhanh; npm install tự chạy lệnh này

Biến môi trường: DATABASE_URL, KIEMSAT_DATA_DIR, PORT, HOST, LOG_LEVEL, KIEMSAT_DEMO (1/0: chế độ trình diễn),
  KIEMSAT_TRUST_PROXY (proxy tin cậy: true, số tầng, hoặc địa chỉ/CIDR cách nhau bởi dấu phẩy)`

export const main = async (argv: string[]): Promise<number> => {
  const [command, ...rest] = argv
  const { values } = parseArgs({
    args: rest,
    allowPositionals: false,
    options: {
      port: { type: 'string' },
      host: { type: 'string' },
      'data-dir': { type: 'string' },
      'no-demo': { type: 'boolean', default: false },
      scale: { type: 'string' },
      seed: { type: 'string' },
      username: { type: 'string' },
      'full-name': { type: 'string' },
      unit: { type: 'string' },
      role: { type: 'string', multiple: true },
      title: { type: 'string' },
      out: { type: 'string' },
      from: { type: 'string' },
      force: { type: 'boolean', default: false },
      batch: { type: 'string' },
      all: { type: 'boolean', default: false },
    },
  })
  if (values['data-dir']) process.env.KIEMSAT_DATA_DIR = values['data-dir']
  if (values.port) process.env.PORT = values.port
  if (values.host) process.env.HOST = values.host

  try {
    switch (command) {
      case 'serve':
        return await runServe({ demo: isDemoMode(process.env, values['no-demo'] ?? false) })
      case 'migrate':
        return await runMigrate()
      case 'seed-demo':
        return await runSeedDemo({ scale: Number(values.scale ?? 1), seed: Number(values.seed ?? 2025) })
      case 'create-user':
        return await runCreateUser(values)
      case 'backup':
        return await runBackup({ out: values.out })
      case 'restore':
        return await runRestore({ from: values.from, force: values.force ?? false })
      case 'recompute-deadlines':
        return await runRecomputeDeadlines({ batch: values.batch, all: values.all ?? false })
      case 'data-template':
        return await runMakeDataTemplate()
      case undefined:
      case 'help':
      case '--help':
        console.log(HELP)
        return 0
      default:
        console.error(`Lệnh không hợp lệ: ${command}\n\n${HELP}`)
        return 2
    }
  } catch (error) {
    console.error(`Lỗi: ${error instanceof Error ? error.message : String(error)}`)
    return 1
  }
}
