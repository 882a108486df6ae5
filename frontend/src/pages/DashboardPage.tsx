import { DashboardView } from './dashboard/DashboardView';

/** DashboardPage is the dashboard section (see dashboard/DashboardView). */
export function DashboardPage() {
  return <DashboardView />;
}
