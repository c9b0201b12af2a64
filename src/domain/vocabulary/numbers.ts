// Numbers written the Vietnamese way (1.234,5): the indicators' comparisons put them in their
// sentences, so the rule is the domain's; src/shared/format.ts re-exports it for the web app.

const numberFormat = new Intl.NumberFormat('vi-VN')

export const formatNumber = (value: number, fractionDigits?: number): string =>
  fractionDigits === undefined
    ? numberFormat.format(value)
    : new Intl.NumberFormat('vi-VN', {
        minimumFractionDigits: fractionDigits,
        maximumFractionDigits: fractionDigits,
      }).format(value)
