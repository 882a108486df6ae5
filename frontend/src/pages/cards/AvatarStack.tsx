import type { User } from '../../api/types';
import { Avatar } from '../../components/Avatar';

/** AvatarStack shows a few people as overlapping avatars, and how many more there are. */
export function AvatarStack({ users, max = 3, label }: { users: User[]; max?: number; label: string }) {
  const shown = users.slice(0, max);
  const more = users.length - shown.length;
  return (
    <span className="avatar-stack" title={users.map((u) => u.name).join(', ')} aria-label={label}>
      {shown.map((user) => (
        <Avatar key={String(user.id)} name={user.name} size={26} />
      ))}
      {more > 0 && <span className="avatar-more">+{more}</span>}
    </span>
  );
}
