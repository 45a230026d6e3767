export * from './channels';
export * from './limits';
export * from './errors';
export * from './file-name';
export * from './contract';
export * from './api';
