import type { ReactNode } from 'react';
import { Button, Flex, Form } from 'antd';
import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';

/**
 * A titled list of rows the user adds and removes (service periods, prior awards, discipline): the
 * heading, each row's fields with a remove button named after the row, and the add button. The row's
 * fields come from `children`, given the row's form name and its 1-based number for accessible labels.
 */
export function EditableRows<Row extends object>({
  name,
  title,
  addLabel,
  removeLabel,
  newRow,
  divided = false,
  children,
}: {
  name: string;
  title: string;
  addLabel: string;
  removeLabel: string;
  /** The values a new row starts with. */
  newRow?: Row;
  /** Rows with many fields read better with a line between them. */
  divided?: boolean;
  children: (row: { name: number; number: number }) => ReactNode;
}) {
  return (
    <Form.List name={name}>
      {(items, { add, remove }) => (
        <Flex vertical gap={8} style={{ marginTop: 16 }}>
          <strong>{title}</strong>
          {items.map((item, index) => (
            <Flex
              key={item.key}
              gap={8}
              wrap
              align="center"
              style={divided ? { borderBottom: '1px solid #f0f0f0', paddingBottom: 8 } : undefined}
            >
              {children({ name: item.name, number: index + 1 })}
              <Button
                type="text"
                aria-label={`${removeLabel} ${index + 1}`}
                icon={<MinusCircleOutlined aria-hidden />}
                onClick={() => remove(item.name)}
              />
            </Flex>
          ))}
          <Button
            icon={<PlusOutlined aria-hidden />}
            onClick={() => add(newRow ?? {})}
            style={{ alignSelf: 'flex-start' }}
          >
            {addLabel}
          </Button>
        </Flex>
      )}
    </Form.List>
  );
}
