import { ExclamationCircleFilled } from '@ant-design/icons';
import Button from 'antd/es/button';
import Modal from 'antd/es/modal';
import Space from 'antd/es/space';
import Typography from 'antd/es/typography';
import type { Blocker } from 'react-router-dom';

/** "Leave without saving?" while a navigation is held by useUnsavedChanges. */
export function UnsavedChangesDialog({ blocker, what = 'this product' }: { blocker: Blocker; what?: string }) {
  const open = blocker.state === 'blocked';
  return (
    <Modal
      open={open}
      title={
        <Space>
          <ExclamationCircleFilled style={{ color: '#faad14' }} />
          Leave without saving?
        </Space>
      }
      onCancel={() => blocker.reset?.()}
      closable
      destroyOnHidden
      data-testid="unsaved-changes-dialog"
      footer={[
        <Button key="stay" onClick={() => blocker.reset?.()} data-testid="unsaved-stay">
          Stay and keep editing
        </Button>,
        <Button key="leave" danger type="primary" onClick={() => blocker.proceed?.()} data-testid="unsaved-leave">
          Leave and discard changes
        </Button>,
      ]}
    >
      <Typography.Paragraph style={{ marginBottom: 0 }}>
        You changed {what} but did not save. If you leave now, your changes are lost.
      </Typography.Paragraph>
    </Modal>
  );
}
