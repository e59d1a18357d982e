// The two IPC channels between the preload and the main process; every API call goes
// through the first one, which carries the contract's channel name as an argument.
export const INVOKE_CHANNEL = 'jalon:invoke';
export const EVENT_CHANNEL = 'jalon:event';
