import { EventsView } from './events/EventsView';

/** EventsPage is Analytics → Events (see events/EventsView). */
export function EventsPage() {
  return <EventsView />;
}
