// The text-blocks module's public face: other modules import only what is listed here.

export { MarkupPreview } from './MarkupPreview';
