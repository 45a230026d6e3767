export * from './hlc';
export * from './change';
export * from './protocol';
export * from './status';
