import { Anchor } from '@mantine/core'
import classes from './SkipLink.module.css'

/** First tab stop: keyboard users jump past the header and navigation. */
export function SkipLink() {
  return (
    <Anchor href="#noi-dung-chinh" className={classes.skip}>
      Bỏ qua đến nội dung chính
    </Anchor>
  )
}
