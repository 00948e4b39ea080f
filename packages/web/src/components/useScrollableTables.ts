import { useEffect } from 'react';
import { useI18n } from '../lib/i18n';

const scrollers = '.ant-table-content, .ant-table-body, .light-table-scroll';

/**
 * Makes every table body that scrolls (Ant Design's and components/LightTable's) reachable with the keyboard
 * (WCAG 2.1.1): a tab stop, named, so that the arrow keys scroll it. Ant Design's tables scroll inside a div it
 * renders and offers no prop for it, so the frame watches the page once for all of them; a body that fits loses
 * the tab stop again.
 */
export function useScrollableTables() {
  const { t } = useI18n();
  const label = t('common.scrollableTable');
  useEffect(() => {
    let frame = 0;
    const mark = () => {
      frame = 0;
      for (const element of document.querySelectorAll<HTMLElement>(scrollers)) {
        const scrolls =
          element.scrollWidth > element.clientWidth + 1 || element.scrollHeight > element.clientHeight + 1;
        if (scrolls) {
          element.tabIndex = 0;
          element.setAttribute('role', 'region');
          element.setAttribute('aria-label', label);
        } else if (element.getAttribute('role') === 'region') {
          element.removeAttribute('tabindex');
          element.removeAttribute('role');
          element.removeAttribute('aria-label');
        }
      }
    };
    const schedule = () => {
      if (!frame) frame = requestAnimationFrame(mark);
    };
    const observer = new MutationObserver(schedule);
    observer.observe(document.body, { childList: true, subtree: true });
    window.addEventListener('resize', schedule);
    schedule();
    return () => {
      observer.disconnect();
      window.removeEventListener('resize', schedule);
      cancelAnimationFrame(frame);
    };
  }, [label]);
}
