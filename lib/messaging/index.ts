export { STORE_CALLS, StoreRequest, StoreResponse, type StoreCallName } from './contract';
export { createStoreHandler } from './serve';
export { createRemoteStore, type Send } from './client';
