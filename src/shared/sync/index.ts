export * from './hlc';
export * from './change';
