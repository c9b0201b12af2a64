import { Button } from '@mantine/core'
import type { ButtonProps } from '@mantine/core'
import { createLink } from '@tanstack/react-router'
import type { LinkComponent } from '@tanstack/react-router'
import type { Ref } from 'react'

type MantineButtonLinkProps = Omit<ButtonProps, 'href'> & { ref?: Ref<HTMLAnchorElement> }

function MantineButtonLink(props: MantineButtonLinkProps) {
  return <Button component="a" {...props} />
}

const CreatedButtonLink = createLink(MantineButtonLink)

/** A link that looks like a Mantine button. */
export const RouterButton: LinkComponent<typeof MantineButtonLink> = (props) => (
  <CreatedButtonLink preload="intent" {...props} />
)
