/** A one-line progress bar on stderr for long work (seeding, restore). Quiet when not a terminal. */
export const progressBar = (stream: NodeJS.WriteStream = process.stderr) => {
  let last = ''
  return (done: number, total: number, label: string) => {
    const width = 30
    const ratio = total === 0 ? 1 : Math.min(1, done / total)
    const filled = Math.round(ratio * width)
    const line = `[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${Math.round(ratio * 100)}% ${label} ${done}/${total}`
    if (line === last) return
    last = line
    if (stream.isTTY) stream.write(`\r${line}${done >= total ? '\n' : ''}`)
    else if (done >= total) stream.write(`${line}\n`)
  }
}
