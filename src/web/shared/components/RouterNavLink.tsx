import { NavLink } from '@mantine/core'
import type { NavLinkProps } from '@mantine/core'
import { createLink } from '@tanstack/react-router'
import type { LinkComponent } from '@tanstack/react-router'
import type { Ref } from 'react'

type MantineNavLinkProps = Omit<NavLinkProps, 'href'> & { ref?: Ref<HTMLAnchorElement> }

function MantineNavLinkAnchor(props: MantineNavLinkProps) {
  return <NavLink component="a" {...props} />
}

const CreatedNavLink = createLink(MantineNavLinkAnchor)

/** Mantine's NavLink that navigates with the router (typed `to`, preloading on hover). */
export const RouterNavLink: LinkComponent<typeof MantineNavLinkAnchor> = (props) => (
  <CreatedNavLink preload="intent" {...props} />
)
