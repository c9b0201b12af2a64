import { Anchor } from '@mantine/core'
import type { AnchorProps } from '@mantine/core'
import { createLink } from '@tanstack/react-router'
import type { LinkComponent } from '@tanstack/react-router'
import type { Ref } from 'react'

type MantineAnchorProps = Omit<AnchorProps, 'href'> & { ref?: Ref<HTMLAnchorElement> }

function MantineAnchor(props: MantineAnchorProps) {
  return <Anchor component="a" {...props} />
}

const CreatedAnchor = createLink(MantineAnchor)

/** Mantine's Anchor that navigates with the router. */
export const RouterAnchor: LinkComponent<typeof MantineAnchor> = (props) => (
  <CreatedAnchor preload="intent" {...props} />
)
