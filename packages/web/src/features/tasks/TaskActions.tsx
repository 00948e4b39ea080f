import { useState } from 'react';
import { Button, Flex, Form, Input } from 'antd';
import type { Dayjs } from 'dayjs';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { TaskDetail } from '@danvan/shared';
import { ConfirmPopover } from '../../components/ConfirmPopover';
import { FormModal } from '../../components/FormModal';
import { NumberInputVi, numberViRules } from '../../components/NumberInputVi';
import { toIsoDate } from '../../lib/dates';
import { useI18n } from '../../lib/i18n';
import { useApiErrorHandler } from '../../lib/useApiErrorHandler';
import {
  acceptCompletion,
  decideExtension,
  proposeCompletion,
  refreshTask,
  reportProgress,
  requestExtension,
  sendBack,
} from './api';
import { FutureDatePicker } from './DeadlinePriorityFields';
import { DocumentPicker } from './DocumentPicker';

type Dialog = 'progress' | 'propose' | 'sendBack' | 'extension' | 'refuse' | null;

/** The buttons of what the account may do to the task now (its abilities), each with its form. */
export function TaskActions({ task }: { task: TaskDetail }) {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const handleError = useApiErrorHandler();
  const [dialog, setDialog] = useState<Dialog>(null);
  const close = () => setDialog(null);
  const done = (saved: TaskDetail) => refreshTask(queryClient, saved);
  const pending = task.extensions.find((e) => e.status === 'pending');
  const accept = useMutation({
    mutationFn: () => acceptCompletion(task.id, ''),
    onSuccess: done,
    onError: (e) => handleError(e),
  });
  const approve = useMutation({
    mutationFn: () => decideExtension(task.id, pending?.id ?? 0, true, ''),
    onSuccess: done,
    onError: (e) => handleError(e),
  });
  const a = task.abilities;

  return (
    <>
      <Flex gap={8} wrap>
        {a.report && (
          <Button type="primary" onClick={() => setDialog('progress')}>
            {t('tasks.reportProgress')}
          </Button>
        )}
        {a.propose && <Button onClick={() => setDialog('propose')}>{t('tasks.propose')}</Button>}
        {a.requestExtension && <Button onClick={() => setDialog('extension')}>{t('tasks.requestExtension')}</Button>}
        {a.accept && (
          <ConfirmPopover
            title={t('tasks.acceptConfirm')}
            okText={t('tasks.yes')}
            onConfirm={() => accept.mutateAsync()}
          >
            <Button type="primary" loading={accept.isPending}>
              {t('tasks.accept')}
            </Button>
          </ConfirmPopover>
        )}
        {a.sendBack && <Button onClick={() => setDialog('sendBack')}>{t('tasks.sendBack')}</Button>}
        {a.decideExtension && pending && (
          <>
            <Button onClick={() => approve.mutate()} loading={approve.isPending}>
              {t('tasks.approveExtension')}
            </Button>
            <Button danger onClick={() => setDialog('refuse')}>
              {t('tasks.refuseExtension')}
            </Button>
          </>
        )}
      </Flex>
      <FormModal<{ note: string; percent: number | null; documentIds: number[] }, TaskDetail>
        open={dialog === 'progress'}
        onClose={close}
        title={t('tasks.reportProgress')}
        name="task-progress"
        initialValues={{ note: '', percent: task.percent, documentIds: [] }}
        submit={(values) => reportProgress(task.id, { ...values, percent: values.percent ?? null })}
        onSuccess={done}
        successMessage={t('tasks.saved')}
      >
        <Form.Item
          name="note"
          label={t('tasks.note')}
          rules={[{ required: true, whitespace: true, message: t('tasks.noteRequired') }]}
        >
          <Input.TextArea autoSize={{ minRows: 3, maxRows: 8 }} maxLength={5000} />
        </Form.Item>
        <Form.Item
          name="percent"
          label={t('tasks.percent')}
          rules={numberViRules(t, { integer: true, min: 0, max: 100 })}
        >
          <NumberInputVi integer style={{ width: 140 }} />
        </Form.Item>
        <Form.Item name="documentIds" label={t('tasks.documents')}>
          <DocumentPicker />
        </Form.Item>
      </FormModal>
      <FormModal<{ note: string; documentIds: number[] }, TaskDetail>
        open={dialog === 'propose'}
        onClose={close}
        title={t('tasks.propose')}
        name="task-propose"
        initialValues={{ note: '', documentIds: [] }}
        submit={(values) => proposeCompletion(task.id, values)}
        onSuccess={done}
        successMessage={t('tasks.saved')}
      >
        <p>{t('tasks.proposeHint')}</p>
        <Form.Item
          name="note"
          label={t('tasks.note')}
          rules={[{ required: true, whitespace: true, message: t('tasks.noteRequired') }]}
        >
          <Input.TextArea autoSize={{ minRows: 3, maxRows: 8 }} maxLength={5000} />
        </Form.Item>
        <Form.Item name="documentIds" label={t('tasks.documents')}>
          <DocumentPicker />
        </Form.Item>
      </FormModal>
      <FormModal<{ comment: string }, TaskDetail>
        open={dialog === 'sendBack' || dialog === 'refuse'}
        onClose={close}
        title={dialog === 'refuse' ? t('tasks.refuseExtension') : t('tasks.sendBack')}
        name="task-comment"
        danger
        initialValues={{ comment: '' }}
        submit={({ comment }) =>
          dialog === 'refuse' ? decideExtension(task.id, pending?.id ?? 0, false, comment) : sendBack(task.id, comment)
        }
        onSuccess={done}
        successMessage={t('tasks.saved')}
      >
        <Form.Item
          name="comment"
          label={t('tasks.comment')}
          rules={[{ required: true, whitespace: true, message: t('tasks.commentRequired') }]}
        >
          <Input.TextArea autoSize={{ minRows: 3, maxRows: 8 }} maxLength={5000} />
        </Form.Item>
      </FormModal>
      <FormModal<{ newDeadline: Dayjs; reason: string }, TaskDetail>
        open={dialog === 'extension'}
        onClose={close}
        title={t('tasks.requestExtension')}
        name="task-extension"
        initialValues={{ reason: '' }}
        submit={({ newDeadline, reason }) => requestExtension(task.id, { newDeadline: toIsoDate(newDeadline), reason })}
        onSuccess={done}
        successMessage={t('tasks.saved')}
      >
        <Form.Item
          name="newDeadline"
          label={t('tasks.newDeadline')}
          rules={[{ required: true, message: t('tasks.deadlineRequired') }]}
        >
          <FutureDatePicker />
        </Form.Item>
        <Form.Item
          name="reason"
          label={t('tasks.reason')}
          rules={[{ required: true, whitespace: true, message: t('tasks.reasonRequired') }]}
        >
          <Input.TextArea autoSize={{ minRows: 3, maxRows: 8 }} maxLength={5000} />
        </Form.Item>
      </FormModal>
    </>
  );
}
