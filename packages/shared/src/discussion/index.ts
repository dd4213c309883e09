export * from './events';
export * from './reactions';
export * from './tags';
