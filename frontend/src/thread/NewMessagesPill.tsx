import { Icon } from '../icons/Icon';

/** NewMessagesPill floats over the bottom of a thread the reader scrolled up in. */
export function NewMessagesPill({ label, onClick }: { label: string; onClick: () => void }) {
  return (
    <button type="button" className="new-pill" onClick={onClick}>
      <Icon name="arrowDown" size={16} />
      {label}
    </button>
  );
}
