// Drawing slides (issue 14): the one view every screen of the presentations module draws.

export { SlideView } from './SlideView';
export type { SlideViewMode, SlideViewProps } from './SlideView';
export { prepareMedia } from './media-cache';
export { slideMessages } from './messages';
