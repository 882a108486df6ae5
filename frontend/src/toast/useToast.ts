import { useContext } from 'react';
import { ToastContext, type ToastApi } from './context';

/** useToast returns the function that shows a toast, and the one that dismisses it. */
export function useToast(): ToastApi {
  const api = useContext(ToastContext);
  if (!api) throw new Error('useToast must be used inside <ToastProvider>');
  return api;
}
