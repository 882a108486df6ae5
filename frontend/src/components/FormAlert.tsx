import type { ReactNode } from 'react';
import { Icon } from '../icons/Icon';

/** FormAlert is a form-wide message (an error, or a note), announced when it appears. */
export function FormAlert({
  tone = 'error',
  children,
}: {
  tone?: 'error' | 'info';
  children: ReactNode;
}) {
  return (
    <div className={`form-alert form-alert-${tone}`} role={tone === 'error' ? 'alert' : 'status'}>
      <Icon name={tone === 'error' ? 'alert' : 'bell'} size={18} />
      <div>{children}</div>
    </div>
  );
}
