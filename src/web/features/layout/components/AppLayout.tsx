import { AppShell, Container } from '@mantine/core'
import { useDisclosure } from '@mantine/hooks'
import { useQuery, useQueryClient } from '@tanstack/react-query'
import { useEffect } from 'react'
import { Outlet, useRouter } from '@tanstack/react-router'
import { meQueryOptions } from '@/web/features/auth/hooks/meQuery.ts'
import { MeContext } from '@/web/features/auth/hooks/MeContext.ts'
import { ME_QUERY_KEY } from '@/web/features/auth/hooks/meQuery.ts'
import { useLogout } from '@/web/features/auth/hooks/useLogout.ts'
import { ChangePasswordModal } from '@/web/features/auth/components/ChangePasswordModal.tsx'
import { CurrentUnitProvider } from '@/web/features/units/context/CurrentUnitProvider.tsx'
import { AppHeader } from './AppHeader.tsx'
import { AppNavbar } from './AppNavbar.tsx'
import { NoScopeNotice } from './NoScopeNotice.tsx'
import { SkipLink } from './SkipLink.tsx'

/** The signed-in frame: header with the unit switcher and user menu, module navigation, page content. */
export function AppLayout() {
  const { data: me } = useQuery(meQueryOptions)
  const router = useRouter()
  const [navOpened, { toggle: toggleNav, close: closeNav }] = useDisclosure(false)
  const queryClient = useQueryClient()
  const signOut = useLogout()

  // The session ended (signed out, expired, revoked): go to sign-in once, coming back here afterwards.
  useEffect(() => {
    if (me) return
    const { pathname, href } = router.state.location
    if (pathname.startsWith('/dang-nhap')) return
    void router.navigate({ to: '/dang-nhap', search: { redirect: href }, replace: true })
  }, [me, router])

  if (!me) return null
  // A demo login outside demo mode: the server answers nothing else until the password changes.
  if (me.mustChangePassword)
    return (
      <ChangePasswordModal
        opened
        onClose={() => {}}
        forced={{
          onChanged: () => void queryClient.invalidateQueries({ queryKey: ME_QUERY_KEY }),
          onSignOut: () => signOut.mutate(),
        }}
      />
    )

  return (
    <MeContext.Provider value={me}>
      {me.scopeUnits.length === 0 ? (
        <NoScopeNotice />
      ) : (
        <CurrentUnitProvider>
          <SkipLink />
          <AppShell
            header={{ height: 64 }}
            navbar={{ width: 248, breakpoint: 'sm', collapsed: { mobile: !navOpened } }}
            padding="lg"
          >
            <AppShell.Header>
              <AppHeader navOpened={navOpened} onToggleNav={toggleNav} />
            </AppShell.Header>
            <AppShell.Navbar p="sm" aria-label="Điều hướng chính">
              <AppNavbar onNavigate={closeNav} />
            </AppShell.Navbar>
            <AppShell.Main id="noi-dung-chinh" tabIndex={-1} bg="gray.0">
              <Container size="xl" px={0}>
                <Outlet />
              </Container>
            </AppShell.Main>
          </AppShell>
        </CurrentUnitProvider>
      )}
    </MeContext.Provider>
  )
}
