// The auth module's public surface: sign-in routes, password hashing and rules (the people
// module sets passwords, the CLI creates users), and the session reads the request hook and the
// periodic sweep need.
export { authRoutes } from './auth.routes.ts'
export { hashPassword } from './passwords.ts'
export { assertPasswordAllowed } from './password-rules.ts'
export { deleteExpiredSessions, deleteSessionsOf, findLiveSession, touchSession } from './sessions.repository.ts'
export { deleteStaleAttempts } from './throttle.repository.ts'
