/**
 * "Nguyễn Văn Đức" → "nguyen van duc": the same folding the database does with
 * search_normalize (unaccent + lower), for matching in the browser and ASCII e-mail names.
 */
export const foldVietnamese = (text: string): string =>
  text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase()
    .trim()
