/** The desk's headline limit, remembered on this computer (localStorage). */
const HEADLINE_LIMIT_KEY = 'newsdesk.headlineLimit';
export const DEFAULT_HEADLINE_LIMIT = 70;

export function savedHeadlineLimit(): number {
  const saved = Number(localStorage.getItem(HEADLINE_LIMIT_KEY));
  return Number.isInteger(saved) && saved > 0 ? saved : DEFAULT_HEADLINE_LIMIT;
}

export function saveHeadlineLimit(limit: number): void {
  localStorage.setItem(HEADLINE_LIMIT_KEY, String(limit));
}
