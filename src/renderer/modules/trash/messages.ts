/** UI texts of the Papierkorb (trash), merged into i18n under `trash`. */
import { defineMessages } from '../../i18n/define-messages';

const de = {
  title: 'Papierkorb',
  intro:
    'Gelöschte Einträge bleiben hier, auch nach einem Neustart. Wiederherstellen bringt sie zurück, nach der nächsten Synchronisierung auch bei Ihrem Team.',
  areas: {
    clients: 'Kunden',
    catalog: 'Katalog',
    offers: 'Angebote',
    texts: 'Textbausteine',
    analyses: 'Wettbewerb & Analysen',
    contracts: 'Verträge',
    presentations: 'Messe',
  },
  kinds: {
    client: 'Kunde',
    contact: 'Ansprechpartner',
    activity: 'Aktivität',
    opportunity: 'Verkaufschance',
    catalogItem: 'Artikel',
    bundle: 'Bundle',
    role: 'Rolle',
    offer: 'Angebot',
    offerSection: 'Abschnitt',
    offerLine: 'Position',
    textBlock: 'Textbaustein',
    competitor: 'Wettbewerber',
    competitorAttachment: 'Anhang',
    battlecard: 'Battlecard',
    priceObservation: 'Wettbewerbspreis',
    analysis: 'Analyse',
    contract: 'Vertrag',
    contractClause: 'Vertragsklausel',
    deck: 'Präsentation',
    slide: 'Folie',
    lead: 'Messe-Lead',
  },
  columns: { what: 'Was', deleted: 'Gelöscht', action: 'Aktion' },
  unnamed: '(ohne Bezeichnung)',
  belongsTo: 'gehört zu {{name}}',
  deletedBy: 'von {{who}}',
  unknownAuthor: 'unbekannt',
  restore: 'Wiederherstellen',
  restored: '„{{name}}“ wiederhergestellt',
  restoreFailed: 'Wiederherstellen nicht möglich',
  showing: 'Die neuesten {{shown}} von {{total}} gelöschten Einträgen',
  blocked: {
    client:
      'Der Kunde „{{name}}“ liegt auch im Papierkorb. Stellen Sie zuerst den Kunden wieder her.',
    offer:
      'Das Angebot „{{name}}“ liegt auch im Papierkorb. Stellen Sie zuerst das Angebot wieder her.',
    offerSection:
      'Der Abschnitt „{{name}}“ liegt auch im Papierkorb. Stellen Sie zuerst den Abschnitt wieder her.',
    other: '„{{name}}“ liegt auch im Papierkorb. Stellen Sie das zuerst wieder her.',
    offerLocked:
      'Das Angebot „{{name}}“ ist kein Entwurf mehr ({{status}}). Positionen lassen sich nur in Entwürfen wiederherstellen: legen Sie eine neue Revision an.',
  },
  empty: {
    title: 'Der Papierkorb ist leer',
    clients:
      'Gelöschte Kunden, Ansprechpartner, Aktivitäten und Verkaufschancen erscheinen hier und lassen sich wiederherstellen.',
    catalog: 'Gelöschte Artikel, Bundles und Rollen (Stundensätze) erscheinen hier.',
    offers: 'Gelöschte Angebote, Abschnitte und Positionen erscheinen hier.',
    texts: 'Gelöschte Textbausteine erscheinen hier.',
    analyses:
      'Gelöschte Wettbewerber, ihre Anhänge, Battlecards und Preise sowie gelöschte Analysen erscheinen hier.',
    contracts: 'Gelöschte Verträge und Klauseln der Klauselbibliothek erscheinen hier.',
    presentations:
      'Gelöschte Präsentationen und Folien sowie verworfene Messe-Leads erscheinen hier.',
  },
};

const en = {
  title: 'Trash',
  intro:
    'Deleted records stay here, also after a restart. Restoring brings them back, and to your team after the next sync.',
  areas: {
    clients: 'Clients',
    catalog: 'Catalog',
    offers: 'Offers',
    texts: 'Text blocks',
    analyses: 'Competitors & analyses',
    contracts: 'Contracts',
    presentations: 'Fair',
  },
  kinds: {
    client: 'Client',
    contact: 'Contact',
    activity: 'Activity',
    opportunity: 'Opportunity',
    catalogItem: 'Item',
    bundle: 'Bundle',
    role: 'Role',
    offer: 'Offer',
    offerSection: 'Section',
    offerLine: 'Line',
    textBlock: 'Text block',
    competitor: 'Competitor',
    competitorAttachment: 'Attachment',
    battlecard: 'Battlecard',
    priceObservation: 'Competitor price',
    analysis: 'Analysis',
    contract: 'Contract',
    contractClause: 'Contract clause',
    deck: 'Presentation',
    slide: 'Slide',
    lead: 'Fair lead',
  },
  columns: { what: 'What', deleted: 'Deleted', action: 'Action' },
  unnamed: '(unnamed)',
  belongsTo: 'belongs to {{name}}',
  deletedBy: 'by {{who}}',
  unknownAuthor: 'unknown',
  restore: 'Restore',
  restored: '“{{name}}” restored',
  restoreFailed: 'Could not restore',
  showing: 'The newest {{shown}} of {{total}} deleted records',
  blocked: {
    client: 'The client “{{name}}” is in the trash too. Restore the client first.',
    offer: 'The offer “{{name}}” is in the trash too. Restore the offer first.',
    offerSection: 'The section “{{name}}” is in the trash too. Restore the section first.',
    other: '“{{name}}” is in the trash too. Restore it first.',
    offerLocked:
      'The offer “{{name}}” is no longer a draft ({{status}}). Lines can only be restored in drafts: create a new revision.',
  },
  empty: {
    title: 'The trash is empty',
    clients:
      'Deleted clients, contacts, activities and opportunities appear here and can be restored.',
    catalog: 'Deleted items, bundles and roles (rate card) appear here.',
    offers: 'Deleted offers, sections and lines appear here.',
    texts: 'Deleted text blocks appear here.',
    analyses:
      'Deleted competitors, their attachments, battlecards and prices, and deleted analyses appear here.',
    contracts: 'Deleted contracts and clauses of the clause library appear here.',
    presentations: 'Deleted presentations and slides and discarded fair leads appear here.',
  },
};

export const trashMessages = defineMessages('trash', de, en);
