import type { User } from '../../api/types';
import { Avatar } from '../../components/Avatar';

/** PersonCell is a team member in a table: avatar and name, or a dash when unknown. */
export function PersonCell({ user }: { user?: User }) {
  if (!user) return <span className="cell-muted">—</span>;
  return (
    <span className="user-cell">
      <Avatar name={user.name} size={26} />
      <span>{user.name}</span>
    </span>
  );
}
