// Error codes are declared by the part of the server that throws them, each with its HTTP status
// and a Vietnamese message (the default; a throw may say more, such as which unit or date).
// src/server/errors.ts merges the catalogues once, at start-up, and refuses a code declared twice.

export type ErrorSpec = { readonly status: number; readonly message: string }
export type ErrorCatalogue = Readonly<Record<string, ErrorSpec>>

/** A module's codes, checked for their shape and kept with their literal names. */
export const defineErrors = <const T extends ErrorCatalogue>(errors: T): T => errors

type Merged<T extends Record<string, ErrorCatalogue>> =
  { [K in keyof T]: (x: T[K]) => void } extends Record<keyof T, (x: infer I) => void> ? I : never

/** One catalogue of every module's codes; throws on a code two of them declare. */
export const mergeErrorCatalogues = <T extends Record<string, ErrorCatalogue>>(byOwner: T): Merged<T> => {
  const merged: Record<string, ErrorSpec> = {}
  const ownerOf = new Map<string, string>()
  for (const [owner, catalogue] of Object.entries(byOwner))
    for (const [code, spec] of Object.entries(catalogue)) {
      const first = ownerOf.get(code)
      if (first !== undefined) throw new Error(`Error code ${code} is declared twice: by ${first} and by ${owner}`)
      ownerOf.set(code, owner)
      merged[code] = spec
    }
  return merged as Merged<T>
}
