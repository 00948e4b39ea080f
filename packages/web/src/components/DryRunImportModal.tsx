import type { ReactNode } from 'react';
import { Button, Flex, Modal } from 'antd';
import { useI18n } from '../lib/i18n';

interface Props {
  open: boolean;
  title: string;
  width: number;
  /** A check or an import is under way: the dialog cannot be closed. */
  running: boolean;
  /** The import is done: only "Đóng" is left. */
  finished: boolean;
  check: { label: string; loading: boolean; disabled: boolean; onClick: () => void };
  run: { label: string; loading: boolean; disabled: boolean; onClick: () => void };
  onClose: () => void;
  children: ReactNode;
}

/**
 * The frame of an import with a dry run (units, the outgoing-document register): "Kiểm tra" first,
 * "Nhập" when nothing is refused, and a dialog that stays open while either runs.
 */
export function DryRunImportModal({ open, title, width, running, finished, check, run, onClose, children }: Props) {
  const { t } = useI18n();
  return (
    <Modal
      open={open}
      title={title}
      width={width}
      onCancel={onClose}
      destroyOnHidden
      closable={!running}
      keyboard={!running}
      mask={{ closable: !running }}
      footer={
        <Flex justify="flex-end" gap={8} wrap>
          <Button onClick={onClose} disabled={running}>
            {t('common.close')}
          </Button>
          {!finished && (
            <>
              <Button onClick={check.onClick} loading={check.loading} disabled={check.disabled}>
                {check.label}
              </Button>
              <Button type="primary" onClick={run.onClick} loading={run.loading} disabled={run.disabled}>
                {run.label}
              </Button>
            </>
          )}
        </Flex>
      }
    >
      {children}
    </Modal>
  );
}
