// A chart's first view is the server's SVG picture of it (components/LazyChart.tsx), drawn for the width of its box.
// A chart screen opened directly asks for its pictures beside its data (the features' prefetch modules, run from
// app/router.tsx) at the width lib/frameLayout.ts expects; LazyChart then shows the same address, which the browser
// keeps for the document whatever the response's caching headers, instead of asking for it once the page has rendered
// and been laid out — on issue 11's slow connection that round trip came last.
import { currentLang, type Lang } from './i18n';
import { isPhone } from './useIsPhone';

/** The picture's address: the chart's SVG route (`svgPath`) with the drawing parameters. */
export function pictureSrc(svgPath: string, { width, lang, compact }: { width: number; lang: Lang; compact: boolean }) {
  const drawing = new URLSearchParams({ width: String(Math.max(200, width)), lang, compact: String(compact) });
  return `${svgPath}${svgPath.includes('?') ? '&' : '?'}${drawing}`;
}

/** The pictures asked for ahead, by chart route: the width asked for, and the image, held until the page shows it. */
const ahead = new Map<string, { width: number; image: HTMLImageElement }>();

/** Asks for a chart's picture ahead of its page, after the page's data and code (low priority), once. */
export function prefetchPicture(svgPath: string, width: number): void {
  if (ahead.has(svgPath)) return;
  const image = new Image();
  image.fetchPriority = 'low';
  image.src = pictureSrc(svgPath, { width, lang: currentLang(), compact: isPhone() });
  ahead.set(svgPath, { width, image });
}

/**
 * The width to draw a chart's picture at, given its box's: the width its picture was asked for ahead when the two
 * differ only by rounding (the same picture, not a second one), else the box's.
 */
export function pictureWidth(svgPath: string, measured: number): number {
  const expected = ahead.get(svgPath)?.width;
  return expected !== undefined && Math.abs(expected - measured) <= 1 ? expected : measured;
}
