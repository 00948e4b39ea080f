import type { ReactNode } from 'react';
import { Col, DatePicker, type DatePickerProps, Form, Radio, Row } from 'antd';
import { taskPriorities, taskPriorityCodes } from '@danvan/shared';
import { dateFormat, today } from '../../lib/dates';
import { useI18n } from '../../lib/i18n';

/** A date from today on, the day format the app uses (a Form.Item's child: it takes the value it is given). */
export function FutureDatePicker(props: Omit<DatePickerProps, 'format' | 'disabledDate'>) {
  return (
    <DatePicker
      {...props}
      format={dateFormat}
      style={{ width: '100%' }}
      disabledDate={(day) => day.isBefore(today(), 'day')}
    />
  );
}

/** A task's deadline (from today on) beside its priority: the same pair when a task is given and when it is edited. */
export function DeadlinePriorityFields({ deadlineExtra }: { deadlineExtra?: ReactNode }) {
  const { t, pick } = useI18n();
  return (
    <Row gutter={12}>
      <Col xs={24} sm={12}>
        <Form.Item
          name="deadline"
          label={t('tasks.due')}
          extra={deadlineExtra}
          rules={[{ required: true, message: t('tasks.deadlineRequired') }]}
        >
          <FutureDatePicker />
        </Form.Item>
      </Col>
      <Col xs={24} sm={12}>
        <Form.Item name="priority" label={t('tasks.priority')}>
          <Radio.Group
            optionType="button"
            options={taskPriorityCodes.map((code) => ({ value: code, label: pick(taskPriorities[code]) }))}
          />
        </Form.Item>
      </Col>
    </Row>
  );
}
