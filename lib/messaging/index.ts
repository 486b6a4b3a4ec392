export { DeviceRequest, DeviceResponse, SEND_PORT, WATCH_PORT } from './contract';
export { createDeviceHandler, serveSend, serveWatch } from './serve';
export { createRemoteDevice, type Connect, type Send } from './client';
export { requestUnchecked } from './request';
export type { PortLike } from './port';
