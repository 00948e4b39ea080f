import type { ReactNode } from 'react';
import { Modal, Skeleton } from 'antd';

/** What a form modal shows while the data its form starts from is still loading. */
export function LoadingModal({ open, title, onClose }: { open: boolean; title: ReactNode; onClose: () => void }) {
  return (
    <Modal open={open} title={title} footer={null} onCancel={onClose} destroyOnHidden>
      <Skeleton active paragraph={{ rows: 6 }} />
    </Modal>
  );
}
