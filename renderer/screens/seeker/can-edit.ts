// Whether the person looking at the page may change the follow-up: the seeker's own
// counsellor may, a team lead reads only (the handlers refuse their changes anyway;
// this spares them buttons that would answer « not for your role »).
import { createContext, useContext } from 'react';

export const CanEditContext = createContext(true);

export function useCanEdit(): boolean {
  return useContext(CanEditContext);
}
