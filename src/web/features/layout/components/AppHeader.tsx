import { Burger, Group } from '@mantine/core'
import { UnitSwitcher } from '@/web/features/units/components/UnitSwitcher.tsx'
import { BrandMark } from './BrandMark.tsx'
import { UserMenu } from './UserMenu.tsx'

type AppHeaderProps = { navOpened: boolean; onToggleNav: () => void }

export function AppHeader({ navOpened, onToggleNav }: AppHeaderProps) {
  return (
    <Group h="100%" px="md" justify="space-between" wrap="nowrap" gap="md">
      <Group gap="md" wrap="nowrap">
        <Burger
          opened={navOpened}
          onClick={onToggleNav}
          hiddenFrom="sm"
          size="sm"
          aria-label={navOpened ? 'Đóng menu' : 'Mở menu'}
        />
        <BrandMark />
        <UnitSwitcher />
      </Group>
      <UserMenu />
    </Group>
  )
}
