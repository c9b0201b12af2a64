import { makeTemplate, templateFolder } from '@/server/db/data-folder-template.ts'

/** `kiemsat data-template`: run by npm's `prepare` (scripts/prepare.mjs); see data-folder-template.ts. */
export const runMakeDataTemplate = async (): Promise<number> => {
  const started = performance.now()
  const template = templateFolder()
  const outcome = await makeTemplate(template)
  const seconds = ((performance.now() - started) / 1000).toFixed(1)
  console.log(
    outcome === 'made'
      ? `kiemsat: đã tạo thư mục dữ liệu mẫu ${template} (${seconds} giây).`
      : `kiemsat: thư mục dữ liệu mẫu đã có: ${template}.`,
  )
  return 0
}
