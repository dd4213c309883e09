export * from './events';
export * from './reactions';
