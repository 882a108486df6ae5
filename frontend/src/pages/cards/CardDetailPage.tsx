import { useParams } from 'react-router-dom';
import { NotFoundPage } from '../NotFoundPage';
import { typeOfTab } from './cardPaths';
import { CardPage } from './CardPage';
import { ContactPage } from './ContactPage';

/** CardDetailPage opens /cards/<deals|customers|contacts>/<id>. */
export function CardDetailPage() {
  const { tab, id } = useParams();
  if (!id) return <NotFoundPage />;
  if (tab === 'deals' || tab === 'customers') return <CardPage key={`${tab}/${id}`} type={typeOfTab[tab]} id={id} />;
  if (tab === 'contacts') return <ContactPage key={id} id={id} />;
  return <NotFoundPage />;
}
