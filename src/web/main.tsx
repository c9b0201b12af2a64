import '@mantine/core/styles.css'
import '@mantine/dates/styles.css'
import '@mantine/notifications/styles.css'
import './app/global.css'
import 'dayjs/locale/vi'
import dayjs from 'dayjs'
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { installVietnameseIssues } from '@/shared/validation/vietnamese-issues.ts'
import { App } from './app/App.tsx'

dayjs.locale('vi')
installVietnameseIssues()

const container = document.getElementById('root')
if (!container) throw new Error('Missing #root element in index.html')

createRoot(container).render(
  <StrictMode>
    <App />
  </StrictMode>,
)
