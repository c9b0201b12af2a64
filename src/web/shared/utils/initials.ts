/** "Nguyễn Văn An" → "VA": the last two words, as Vietnamese names are called by the given name. */
export const initials = (fullName: string): string => {
  const words = fullName.trim().split(/\s+/).filter(Boolean)
  return words
    .slice(-2)
    .map((w) => w.charAt(0).toUpperCase())
    .join('')
}
