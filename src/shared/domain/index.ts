export * from './common';
export * from './client';
export * from './opportunity';
export * from './settings';
export * from './catalog';
export * from './offer';
