// Text helpers shared by documents, imports and the domain schemas.
export { hasXmlForbiddenCharacters, xmlSafeData, xmlSafeText } from './xml-text';
