/** Polls `read` until `done` holds (a background job finishing), failing after `ms` with the last value seen. */
export const until = async <T>(
  read: () => Promise<T>,
  done: (value: T) => boolean,
  what: string,
  ms = 20_000,
): Promise<T> => {
  const end = Date.now() + ms
  for (;;) {
    const value = await read()
    if (done(value)) return value
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}: ${JSON.stringify(value).slice(0, 800)}`)
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
}
