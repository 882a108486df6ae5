import { createContext } from 'react';
import { RealtimeSocket, teamSocketUrl } from './socket';

/** teamSocket is the app's one WebSocket; it connects only once the shell starts it. */
export const teamSocket = new RealtimeSocket({ url: teamSocketUrl });

/** RealtimeContext lets tests hand components another socket; the app uses teamSocket. */
export const RealtimeContext = createContext<RealtimeSocket>(teamSocket);
