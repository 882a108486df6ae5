import { Link } from 'react-router-dom';
import { Icon } from '../../icons/Icon';

/** BackLink leads from a detail page back to its list. */
export function BackLink({ to, label }: { to: string; label: string }) {
  return (
    <Link to={to} className="back-link">
      <Icon name="arrowLeft" size={16} />
      {label}
    </Link>
  );
}
