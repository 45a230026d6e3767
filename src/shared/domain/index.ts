export * from './common';
export * from './client';
export * from './opportunity';
export * from './settings';
export * from './catalog';
export * from './offer';
export * from './text-block';
export * from './document';
