/**
 * The form in which names are compared: lower case, without diacritics, apostrophes, joiners or
 * tatweel, with the letters that writers of one script use interchangeably made one ("Yılmaz",
 * "YILMAZ", "yilmaz"; "فاطمة" and "فاطمه"; "علي" and "علی"). Used both when the name lists are built
 * (scripts/build-name-lists.ts) and when a word of a text is looked up, so both sides fold alike.
 */
const ARABIC_VARIANTS: Record<string, string> = { 'ة': 'ه', 'ى': 'ي', 'ی': 'ي', 'ک': 'ك', 'ۀ': 'ه', 'ە': 'ه' };

export function foldName(word: string): string {
  return word
    .replace(/İ/g, 'i')
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\p{M}'’ʼ`\u200c\u200d\u0640]/gu, '')
    .replace(/ı/g, 'i')
    .replace(/ß/g, 'ss')
    .replace(/ə/g, 'e')
    .replace(/[ةىیکۀە]/g, (char) => ARABIC_VARIANTS[char]!);
}
