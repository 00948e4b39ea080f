import { useRef } from 'react';
import { Popconfirm, type PopconfirmProps } from 'antd';

/**
 * A Popconfirm that a keyboard user can answer. Ant Design leaves the focus on the button that opened it, with
 * the popup at the end of the page, and on Escape leaves it inside the closed popup. Here the confirm button takes
 * the focus as it opens (Enter confirms), and when it closes the focus goes back to the button that opened it,
 * unless the user has moved it elsewhere (a click outside).
 */
export function ConfirmPopover({ okButtonProps, onOpenChange, ...props }: PopconfirmProps) {
  const opener = useRef<HTMLElement | null>(null);
  return (
    <Popconfirm
      {...props}
      okButtonProps={{ autoFocus: true, ...okButtonProps }}
      onOpenChange={(open: boolean) => {
        if (open) {
          opener.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
        } else {
          setTimeout(() => {
            const active = document.activeElement;
            const focusLeftBehind = !active || active === document.body || active.closest('.ant-popover') !== null;
            if (focusLeftBehind && opener.current?.isConnected) opener.current.focus();
          });
        }
        onOpenChange?.(open);
      }}
    />
  );
}
