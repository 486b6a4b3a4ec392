export { DEVICE_CALLS, DeviceRequest, DeviceResponse, SEND_PORT, type DeviceCallName } from './contract';
export { createDeviceHandler, serveSend } from './serve';
export { createRemoteDevice, type Connect, type Send } from './client';
export type { PortLike } from './port';
