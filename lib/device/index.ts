export { createDeviceService, type DeviceService, type OutboxOverview, type SendSummary } from './device-service';
