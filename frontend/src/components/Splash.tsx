import { LogoMark } from './Logo';

/** Splash fills the screen while the app loads, or when it cannot reach the server. */
export function Splash({
  message,
  action,
}: {
  message: string;
  action?: { label: string; onClick: () => void };
}) {
  return (
    <div className="splash">
      <div className={action ? 'splash-mark' : 'splash-mark splash-pulse'}>
        <LogoMark size={44} />
      </div>
      <p role={action ? 'alert' : 'status'}>{message}</p>
      {action && (
        <button type="button" className="btn btn-primary" onClick={action.onClick}>
          {action.label}
        </button>
      )}
    </div>
  );
}
