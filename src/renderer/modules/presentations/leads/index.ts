// The fair leads' public face inside the presentations module (the presenter opens the dialog,
// the module's manifest registers the page and the texts).
export { LeadCaptureDialog } from './LeadCaptureDialog';
export { LeadCaptureForm } from './LeadCaptureForm';
export { LeadsPage } from './LeadsPage';
export { leadMessages } from './messages';
