// The signed-in frame's measures in CSS pixels, in one place: app/AppLayout.tsx and app/theme.ts lay the screens out
// with them, and expectedChartWidth reads from them how wide a chart will be before its screen has rendered, so that a
// chart screen opened directly asks for its pictures beside its data (lib/chartPictures.ts) rather than after its
// render. No Ant Design here: the chart screens' prefetches that use this are in the first download.

/**
 * Ant Design's grid breakpoints (its screenMD, screenLG and screenXL tokens): a phone below `md`, a narrow menu below
 * `lg`, two dashboard charts side by side from `xl`.
 */
export const breakpoints = { md: 768, lg: 992, xl: 1200 } as const;

/** The side menu's width, open and collapsed (below `lg`, or by its button). */
export const siderWidth = { open: 232, collapsed: 80 } as const;

/** The padding around the main area's content. */
export const contentPadding = { phone: 12, wide: 24 } as const;

/** The body padding of cards and collapsible panels: `small` ones, and every card on a phone (main.css). */
export const panelPadding = { normal: 24, small: 12 } as const;

/** The border of cards and panels (Ant Design's lineWidth). */
export const borderWidth = 1;

/** What sits between the main area's content and a chart, outermost first, as the screen's JSX nests them. */
export type ChartBox =
  | 'card'
  | 'smallCard'
  | 'smallCollapse'
  /** One of a Row's `columns` equal Cols (`gutter` apart) from the breakpoint `from` up, the whole row below it. */
  | { columns: number; gutter: number; from: keyof typeof breakpoints };

let scrollbar: number | undefined;

/** The room the window's vertical scrollbar takes: 0 where scrollbars overlay the page (phones, macOS). */
function scrollbarWidth(): number {
  if (scrollbar === undefined) {
    const probe = document.createElement('div');
    probe.style.cssText = 'position:absolute;visibility:hidden;width:100px;overflow-y:scroll';
    document.body.append(probe);
    scrollbar = probe.offsetWidth - probe.clientWidth;
    probe.remove();
  }
  return scrollbar;
}

/**
 * How wide a chart will be, in whole pixels, on a signed-in screen opened in a window this wide, before the screen has
 * rendered: the main area's content (the window less its scrollbar — a chart screen is longer than the window —, the
 * side menu and the content's padding) less what each box around the chart takes. A guess that components/LazyChart.tsx
 * checks against the width it measures.
 */
export function expectedChartWidth(boxes: ChartBox[], windowWidth = window.innerWidth): number {
  const phone = windowWidth < breakpoints.md;
  const sider = phone ? 0 : windowWidth < breakpoints.lg ? siderWidth.collapsed : siderWidth.open;
  let width = windowWidth - scrollbarWidth() - sider - 2 * (phone ? contentPadding.phone : contentPadding.wide);
  for (const box of boxes) {
    if (box === 'card') width -= 2 * (borderWidth + (phone ? panelPadding.small : panelPadding.normal));
    else if (box === 'smallCard' || box === 'smallCollapse') width -= 2 * (borderWidth + panelPadding.small);
    else if (windowWidth >= breakpoints[box.from]) width = (width + box.gutter) / box.columns - box.gutter;
  }
  return Math.round(width);
}
