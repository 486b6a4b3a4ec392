export { createDeviceService, type DeviceService, type OutboxOverview, type ReadyOutbox, type SendSummary } from './device-service';
