import type { ReactNode } from 'react';
import { Flex, Typography } from 'antd';

/**
 * The title and description of a list's item, as List.Item.Meta shows them but without its <h4>: an item of a
 * list is not a section of the page, and an <h4> below the page's <h1> breaks the order of headings.
 */
export function ListItemText({ title, description }: { title: ReactNode; description: ReactNode }) {
  return (
    <Flex vertical gap={4} style={{ flex: 1, minWidth: 0 }}>
      <Typography.Text strong>{title}</Typography.Text>
      <Typography.Text type="secondary">{description}</Typography.Text>
    </Flex>
  );
}
