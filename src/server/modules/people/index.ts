// The people module's public surface: its routes and staff names by id (the register and the
// indicators name prosecutors and recorders with it).
export { peopleRoutes } from './people.routes.ts'
export { personNames } from './people.repository.ts'
