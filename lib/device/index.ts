export { DEVICE_INTENTS, type DeviceIntentName, type DeviceCalls, type DeviceStreams, type DeviceService } from './contract';
export { createDeviceService, type ReadyOutbox } from './device-service';
export { composeDevice, type BacklogAddress, type ComposedDevice, type DeviceShell } from './compose-device';
