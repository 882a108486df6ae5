import { useEffect, useState } from 'react';
import { Icon } from '../icons/Icon';
import { useT } from '../i18n/useT';
import { useConnectionState } from '../realtime/hooks';

/** BANNER_DELAY_MS keeps a blip (a server restart, a quick Wi-Fi switch) from flashing the banner. */
const BANNER_DELAY_MS = 1200;

/** ConnectionBanner says, quietly, that live updates are paused while the socket reconnects. */
export function ConnectionBanner() {
  const t = useT();
  const state = useConnectionState();
  const [visible, setVisible] = useState(false);

  useEffect(() => {
    if (state !== 'offline') {
      setVisible(false);
      return;
    }
    const timer = setTimeout(() => setVisible(true), BANNER_DELAY_MS);
    return () => clearTimeout(timer);
  }, [state]);

  return (
    <div className="conn-banner-slot" role="status">
      {visible && (
        <div className="conn-banner">
          <Icon name="offline" size={16} />
          <span>{t('conn.offline')}</span>
        </div>
      )}
    </div>
  );
}
