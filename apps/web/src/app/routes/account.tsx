import { UserOutlined } from '@ant-design/icons';
import { Result } from 'antd';
import { ButtonLink } from '@/components/shared/button-link';
import { useDocumentTitle } from '@/hooks/use-document-title';

/** Placeholder until sign-in lands. */
export function AccountRoute() {
  useDocumentTitle('Account');
  return (
    <div data-testid="account-coming-soon">
      <Result
        icon={<UserOutlined />}
        title="Sign-in is coming soon"
        subTitle="Accounts, order history and saved addresses are on their way. Until then, have a look around the shop."
        extra={
          <ButtonLink type="primary" to="/products">
            Continue shopping
          </ButtonLink>
        }
      />
    </div>
  );
}
