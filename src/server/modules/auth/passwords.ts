// argon2id with the library's defaults (19 MiB, t=2), the OWASP-recommended baseline.
import { hash, verify } from '@node-rs/argon2'

export const hashPassword = (password: string): Promise<string> => hash(password, { algorithm: 2 })

export const verifyPassword = async (passwordHash: string, password: string): Promise<boolean> => {
  try {
    return await verify(passwordHash, password)
  } catch {
    return false
  }
}

// Verifying against this when the username does not exist keeps the answer time the same,
// so timing does not tell which usernames exist.
let dummyHash: Promise<string> | null = null
export const verifyAgainstDummy = async (password: string): Promise<void> => {
  dummyHash ??= hashPassword('kiemsat-dummy-password')
  await verifyPassword(await dummyHash, password)
}
