import { Divider, Drawer } from 'antd';
import { AccountActions } from './AccountActions';
import { AccountSummary } from './AccountSummary';
import { Brand } from './Brand';
import { NavMenu } from './NavMenu';

/** A phone's menu: the account, the side menu's items and the account's actions, in a drawer from the left. */
export function MenuDrawer({ open, onClose }: { open: boolean; onClose: () => void }) {
  return (
    <Drawer
      placement="left"
      size={280}
      open={open}
      onClose={onClose}
      title={<Brand />}
      styles={{ body: { padding: 0 } }}
    >
      <div style={{ padding: 16 }}>
        <AccountSummary />
      </div>
      <NavMenu onNavigate={onClose} />
      <Divider style={{ margin: '8px 0' }} />
      <div style={{ padding: 16 }}>
        <AccountActions vertical />
      </div>
    </Drawer>
  );
}
