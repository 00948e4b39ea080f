import type { CSSProperties, ReactNode } from 'react';
import { theme, Typography } from 'antd';

/**
 * The screen's one <h1>, its title, sized like the level-3 titles the screens were designed with: assistive
 * technologies find a screen's subject by its level-one heading.
 */
export function PageTitle({ children, style }: { children: ReactNode; style?: CSSProperties }) {
  const { token } = theme.useToken();
  return (
    <Typography.Title
      level={1}
      style={{ margin: 0, fontSize: token.fontSizeHeading3, lineHeight: token.lineHeightHeading3, ...style }}
    >
      {children}
    </Typography.Title>
  );
}

/**
 * A section of a screen, an <h2> below the page's title whatever size it shows at (5, the small one, unless
 * told): headings that skip levels break the outline a screen reader lists.
 */
export function SectionTitle({
  children,
  size = 5,
  id,
  style,
}: {
  children: ReactNode;
  size?: 4 | 5;
  id?: string;
  style?: CSSProperties;
}) {
  const { token } = theme.useToken();
  const fontSize = size === 4 ? token.fontSizeHeading4 : token.fontSizeHeading5;
  const lineHeight = size === 4 ? token.lineHeightHeading4 : token.lineHeightHeading5;
  return (
    <Typography.Title level={2} id={id} style={{ fontSize, lineHeight, ...style }}>
      {children}
    </Typography.Title>
  );
}
