import { useEffect } from 'react'

/** "Cán bộ – kiemsat": the browser tab names the page. */
export const usePageTitle = (title: string): void => {
  useEffect(() => {
    document.title = `${title} – kiemsat`
  }, [title])
}
