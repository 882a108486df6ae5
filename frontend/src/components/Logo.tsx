import { useId } from 'react';
import { useT } from '../i18n/useT';

/** LogoMark is the product's mark: a chat bubble holding a rising score. */
export function LogoMark({ size = 28 }: { size?: number }) {
  // Each mark needs its own gradient id: a hidden copy's gradient would not paint.
  const gradient = `logo-${useId().replace(/[^a-zA-Z0-9_-]/g, '')}`;
  return (
    <svg width={size} height={size} viewBox="0 0 32 32" aria-hidden="true" focusable="false">
      <defs>
        <linearGradient id={gradient} x1="0" y1="0" x2="1" y2="1">
          <stop offset="0" stopColor="#5b5bd6" />
          <stop offset="1" stopColor="#0f9d8f" />
        </linearGradient>
      </defs>
      <rect width="32" height="32" rx="8" fill={`url(#${gradient})`} />
      <path
        d="M8 10.5A3.5 3.5 0 0 1 11.5 7h9A3.5 3.5 0 0 1 24 10.5v6a3.5 3.5 0 0 1-3.5 3.5H15l-4.5 4v-4A2.5 2.5 0 0 1 8 17.5z"
        fill="#fff"
      />
      <rect x="11.5" y="14" width="2" height="3" rx="1" fill="#5b5bd6" />
      <rect x="15" y="12" width="2" height="5" rx="1" fill="#3a7fb8" />
      <rect x="18.5" y="10" width="2" height="7" rx="1" fill="#0f9d8f" />
    </svg>
  );
}

/** Logo is the mark with the product name. */
export function Logo({ size = 28 }: { size?: number }) {
  const t = useT();
  return (
    <span className="logo">
      <LogoMark size={size} />
      <span className="logo-name">{t('app.name')}</span>
    </span>
  );
}
