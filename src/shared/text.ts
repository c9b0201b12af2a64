// The Vietnamese text folding is the domain's (the Penal Code catalogue searches with it);
// the server and the web app import it from here.
export { foldVietnamese } from '@/domain/vocabulary/text.ts'
