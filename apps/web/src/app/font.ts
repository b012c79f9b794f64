// Pretendard GOV (its stylesheet and the ranges a Korean page needs: some 190 KB) is fetched once the first page's
// data is drawn, or a few seconds after the load where a page has no data: on a slow phone link it would otherwise
// come before the page's own data (Lighthouse's LCP waited for it). Until it swaps in, the text shows in the
// system's Korean font, and the layout holds still when it does (styles.css).
let requested = false;

export function loadFont(): void {
  if (requested) return;
  requested = true;
  void import('./fonts.css');
}

addEventListener('load', () => setTimeout(loadFont, 3000), { once: true });
