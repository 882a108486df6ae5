import { createContext, useContext } from 'react';
import { chatWords, type ChatWords } from './words';

/** WordsContext carries the chat's words function, in the customer's language. */
export const WordsContext = createContext<ChatWords>(chatWords('en'));

/** useWords returns the chat's words function. */
export function useWords(): ChatWords {
  return useContext(WordsContext);
}
