import { lazy, Suspense, useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { ChartPicture } from '@danvan/shared';
import { pictureSrc, pictureWidth } from '../lib/chartPictures';
import { useI18n } from '../lib/i18n';
import { loadChunk } from '../lib/loadChunk';
import { useIsPhone } from '../lib/useIsPhone';

const Chart = lazy(() => loadChunk(() => import('./Chart')).then((module) => ({ default: module.Chart })));

/** How long after the picture shows the interactive chart is fetched anyway: the page's own requests go first. */
const idleAfterMs = 1500;

/**
 * A chart shown first as the server's SVG picture of it (drawn by ECharts from the same option builder, @danvan/shared
 * charts/), and then as the interactive ECharts chart, whose code (150 KB) is fetched only when someone points at
 * or taps the chart, when its figures change, or once the page has been idle a moment. The interactive chart is
 * drawn over the picture at the same size and replaces it when it has finished, so nothing moves.
 *
 * `svgPath` is the chart's SVG route without the drawing parameters (width, language, compact), which this adds. A
 * screen opened directly may have asked for the picture already (lib/chartPictures.ts): the same address is then shown.
 */
export function LazyChart({ picture, label, svgPath }: { picture: ChartPicture; label: string; svgPath: string }) {
  const { lang } = useI18n();
  const compact = useIsPhone();
  const container = useRef<HTMLDivElement>(null);
  const image = useRef<HTMLImageElement>(null);
  const [width, setWidth] = useState<number | null>(null);
  // The picture is the first figures': a change (another indicator, a search) is drawn by the interactive chart.
  const [first] = useState(() => ({ picture, svgPath }));
  const [activated, setActivated] = useState(false);
  const interactive = activated || picture !== first.picture;
  const [pictureShown, setPictureShown] = useState(false);
  const [chartDrawn, setChartDrawn] = useState(false);
  const activate = useCallback(() => setActivated(true), []);

  useLayoutEffect(() => {
    if (container.current)
      setWidth(pictureWidth(first.svgPath, Math.round(container.current.getBoundingClientRect().width)));
  }, [first.svgPath]);
  const svgSrc = width === null ? null : pictureSrc(first.svgPath, { width, lang, compact });
  // A picture the browser already holds (asked for ahead) is complete as soon as it is in the page, and shown with
  // it: its load event comes a task later.
  useLayoutEffect(() => {
    if (image.current?.complete && image.current.naturalWidth > 0) setPictureShown(true);
  }, [svgSrc]);
  // The picture is drawn for the width measured first: when the box changes width (a phone turned, a window
  // resized), the interactive chart takes over and follows it, rather than the picture shrinking or stretching.
  useEffect(() => {
    const element = container.current;
    if (!element || width === null || typeof ResizeObserver === 'undefined') return undefined;
    const observer = new ResizeObserver(([entry]) => {
      if (entry && Math.abs(Math.round(entry.contentRect.width) - width) > 1) activate();
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, [width, activate]);
  useEffect(() => {
    if (!pictureShown || interactive) return undefined;
    const timer = window.setTimeout(() => {
      if ('requestIdleCallback' in window) window.requestIdleCallback(activate, { timeout: 5000 });
      else activate();
    }, idleAfterMs);
    return () => window.clearTimeout(timer);
  }, [pictureShown, interactive, activate]);

  return (
    <div
      ref={container}
      role="img"
      aria-label={label}
      data-chart
      data-drawn={pictureShown || chartDrawn ? 'true' : 'false'}
      onPointerEnter={activate}
      onTouchStart={activate}
      style={{ position: 'relative', width: '100%', height: picture.height }}
    >
      {svgSrc && !chartDrawn && (
        <img
          ref={image}
          src={svgSrc}
          alt=""
          onLoad={() => setPictureShown(true)}
          // A picture that cannot be drawn (a network failure) leaves the interactive chart to show the figures.
          onError={activate}
          style={{ display: 'block', width: '100%', height: first.picture.height }}
        />
      )}
      {interactive && (
        <Suspense fallback={null}>
          <Chart option={picture.option} height={picture.height} onDrawn={() => setChartDrawn(true)} />
        </Suspense>
      )}
    </div>
  );
}
