// Presenting (issue 14): the presenter view and the audience window, registered by module.ts.

export { AudiencePage } from './AudiencePage';
export { PresenterPage } from './PresenterPage';
export { presentMessages } from './messages';
export { channelName } from './channel';
