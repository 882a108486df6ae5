import type { ReactNode } from 'react';

/**
 * PageHeader is a page's title line, with an optional subtitle and actions on
 * the right. A section inside a page (a settings tab) uses level 2.
 */
export function PageHeader({
  title,
  subtitle,
  actions,
  level = 1,
}: {
  title: string;
  subtitle?: string;
  actions?: ReactNode;
  level?: 1 | 2;
}) {
  const Heading = level === 1 ? 'h1' : 'h2';
  return (
    <header className="page-header">
      <div>
        <Heading className={level === 1 ? 'page-title' : 'page-title section-title'}>
          {title}
        </Heading>
        {subtitle && <p className="page-subtitle">{subtitle}</p>}
      </div>
      {actions && <div className="page-actions">{actions}</div>}
    </header>
  );
}
