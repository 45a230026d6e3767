/** UI texts of sync (status, settings, conflicts), merged into i18n under the key `sync`. English mirrors German. */
const de = {
  status: {
    signedOut: 'Nicht synchronisiert',
    signedOutHint: 'Melden Sie sich in den Einstellungen an, um mit Ihrem Team zu synchronisieren.',
    expiredHint:
      'Nicht angemeldet bei {{server}}. Melden Sie sich in den Einstellungen an, um weiter zu synchronisieren.',
    offline: 'Offline',
    offlineHint:
      'Keine Verbindung zum Sync-Server. Ihre Änderungen bleiben auf diesem Gerät und werden gesendet, sobald das Netz zurück ist.',
    syncing: 'Synchronisiere …',
    pushed: 'Gesendet: {{done}} von {{total}}',
    pulled: 'Empfangen: {{done}}',
    pulledOf: 'Empfangen: {{done}} von {{total}}',
    idle: 'Aktuell',
    idleAt: 'Aktuell · {{time}}',
    idleHint: 'Zuletzt synchronisiert: {{time}}.',
    idleNever: 'Noch nicht synchronisiert.',
    pending_one: '{{count}} lokale Änderung',
    pending_other: '{{count}} lokale Änderungen',
    pendingHint_one: '{{count}} Änderung auf diesem Gerät wartet darauf, gesendet zu werden.',
    pendingHint_other: '{{count}} Änderungen auf diesem Gerät warten darauf, gesendet zu werden.',
    conflicts_one: '{{count}} Konflikt',
    conflicts_other: '{{count}} Konflikte',
    syncNow: 'Jetzt synchronisieren',
    setUp: 'Sync einrichten',
    logInAgain: 'Erneut anmelden',
    sessionOnly: 'Die Anmeldung gilt nur, solange dieser Browser-Tab offen ist.',
    sessionOnlyDesktop:
      'Dieses System bietet keine verschlüsselte Ablage (Schlüsselbund); die Anmeldung gilt nur, bis Quotient beendet wird.',
  },
  errors: {
    unauthorized: {
      short: 'Sync: Anmeldung abgelaufen',
      reason: 'Die Anmeldung ist abgelaufen oder wurde widerrufen.',
      action: 'Melden Sie sich in den Einstellungen erneut an.',
    },
    forbidden: {
      short: 'Sync: kein Zugriff',
      reason: 'Sie haben keinen Zugriff (mehr) auf diesen Arbeitsbereich.',
      action:
        'Bitten Sie die Inhaberin oder den Inhaber des Arbeitsbereichs um Zugang oder wählen Sie einen anderen Arbeitsbereich.',
    },
    protocol: {
      short: 'Sync: Update nötig',
      reason: 'Der Server spricht eine andere Version des Sync-Protokolls.',
      action: 'Aktualisieren Sie Quotient oder bitten Sie Ihre IT, den Server zu aktualisieren.',
    },
    clock: {
      short: 'Sync: Uhrzeit falsch',
      reason: 'Die Uhr dieses Geräts weicht zu stark von der des Servers ab.',
      action:
        'Stellen Sie Datum, Uhrzeit und Zeitzone des Geräts richtig ein (am besten automatisch) und synchronisieren Sie erneut.',
    },
    rejected: {
      short: 'Sync: Daten abgelehnt',
      reason: 'Der Server hat Daten abgelehnt oder unverständlich geantwortet.',
      action:
        'Versuchen Sie es später erneut; bleibt der Fehler, melden Sie ihn Ihrer IT mit diesem Text: {{message}}',
    },
    server: {
      short: 'Sync: Serverfehler',
      reason: 'Der Server meldet einen Fehler oder ist überlastet.',
      action: 'Quotient versucht es automatisch erneut. Sie können auch jetzt synchronisieren.',
    },
    network: {
      short: 'Sync: Server nicht erreichbar',
      reason: 'Der Server ist nicht erreichbar.',
      action:
        'Prüfen Sie die Netzwerkverbindung und die Serveradresse. Quotient versucht es erneut.',
    },
  },
  login: {
    wrongCredentials: 'E-Mail-Adresse oder Passwort ist falsch.',
    unreachable:
      'Der Server {{server}} ist nicht erreichbar. Prüfen Sie die Adresse und die Netzwerkverbindung.',
    tooManyAttempts:
      'Zu viele Anmeldeversuche. Bitte warten Sie {{seconds}} Sekunden und versuchen Sie es dann erneut.',
    tooManyAttemptsLater:
      'Zu viele Anmeldeversuche. Bitte warten Sie kurz und versuchen Sie es erneut.',
    protocol:
      'Der Server spricht eine andere Version des Sync-Protokolls. Aktualisieren Sie Quotient oder den Server.',
    notQuotient: 'Unter dieser Adresse antwortet kein Quotient-Sync-Server.',
    refused: 'Der Server hat die Anmeldedaten abgelehnt: {{message}}',
    failed: 'Die Anmeldung ist fehlgeschlagen: {{message}}',
    server: 'Der Server meldet einen Fehler. Versuchen Sie es später erneut.',
    forbidden: 'Dieses Konto darf den Arbeitsbereich nicht nutzen.',
    disabled: 'Dieses Konto ist gesperrt. Bitte wenden Sie sich an die Administration des Servers.',
    noWorkspaces:
      'Ihr Konto gehört noch zu keinem Arbeitsbereich. Bitten Sie Ihre Administration, Sie einzuladen.',
  },
  settings: {
    title: 'Synchronisation',
    intro:
      'Gleichen Sie Ihre Daten mit dem Sync-Server Ihres Teams ab. Ohne Anmeldung bleibt alles nur auf diesem Gerät.',
    serverUrl: 'Serveradresse',
    serverUrlPlaceholder: 'https://sync.example.de',
    serverUrlInvalid: 'Bitte eine Adresse mit http:// oder https:// eingeben',
    serverUrlInsecure:
      'Unverschlüsseltes http:// ist nur für einen Server auf diesem Rechner erlaubt (localhost); nutzen Sie https://',
    email: 'E-Mail',
    password: 'Passwort',
    logIn: 'Anmelden',
    workspace: 'Arbeitsbereich',
    workspacePlaceholder: 'Arbeitsbereich wählen',
    roles: { owner: 'Inhaber', member: 'Mitglied' },
    connect: 'Verbinden und synchronisieren',
    back: 'Zurück',
    server: 'Server',
    user: 'Benutzer',
    lastSync: 'Letzte Synchronisation',
    never: 'noch nie',
    logOut: 'Abmelden',
    logOutTitle: 'Vom Sync-Server abmelden?',
    logOutTextNone:
      'Quotient vergisst die Anmeldung und synchronisiert nicht mehr. Ihre Daten bleiben auf diesem Gerät.',
    logOutText_one:
      'Quotient vergisst die Anmeldung und synchronisiert nicht mehr. Ihre Daten und {{count}} noch nicht gesendete Änderung bleiben auf diesem Gerät und werden nach der nächsten Anmeldung gesendet.',
    logOutText_other:
      'Quotient vergisst die Anmeldung und synchronisiert nicht mehr. Ihre Daten und {{count}} noch nicht gesendete Änderungen bleiben auf diesem Gerät und werden nach der nächsten Anmeldung gesendet.',
    loggedOut: 'Abgemeldet. Ihre Daten bleiben auf diesem Gerät.',
    loggedOutLocally:
      'Auf diesem Gerät abgemeldet. Der Server war nicht erreichbar, daher bleibt die Anmeldung dort gültig, bis sie abläuft; ändern Sie Ihr Passwort, falls das Gerät verloren ging.',
    reLogIn:
      'Melden Sie sich erneut an, um weiter mit „{{workspace}}“ zu synchronisieren. Nicht gesendete Änderungen bleiben erhalten.',
    boundElsewhere:
      'Die Daten auf diesem Gerät gehören schon zu einem anderen Arbeitsbereich. Beide zu synchronisieren würde sie vermischen; wählen Sie den bisherigen Arbeitsbereich.',
  },
  parked: {
    title: 'Nicht übernommene Änderungen',
    intro:
      'Diese Änderungen kamen vom Server, passen aber nicht zu den Daten dieser Quotient-Version. Sie wurden nicht übernommen; alles andere synchronisiert weiter. Stammen sie aus einer neueren Version, übernimmt Quotient sie nach einem Update.',
    empty: 'Keine. Alle empfangenen Änderungen wurden übernommen.',
    table: 'Bereich',
    record: 'Datensatz',
    field: 'Feld',
    reason: 'Grund',
    when: 'Empfangen',
    reasons: {
      reservedField: 'Internes Feld, das nie synchronisiert wird',
      unknownField: 'Unbekanntes Feld (vielleicht aus einer neueren Version)',
      invalidValue: 'Wert im falschen Format',
    },
  },
  conflicts: {
    title: 'Konflikte',
    intro:
      'Hier hat jemand anderes ein Feld geändert, das Sie zur gleichen Zeit geändert hatten. Gespeichert ist jetzt die neuere Änderung; Ihre Fassung steht links.',
    record: 'Datensatz',
    field: 'Feld',
    mine: 'Meine Fassung (überschrieben)',
    theirs: 'Aktuell gespeichert',
    actions: 'Aktion',
    keepMine: 'Meine behalten',
    keepMineHint: 'Schreibt Ihre Fassung als neue Änderung, die an alle gesendet wird.',
    keepTheirs: 'Aktuelle behalten',
    keepTheirsHint: 'Lässt den gespeicherten Wert stehen und blendet den Konflikt aus.',
    by: '{{who}}, {{when}}',
    unknownAuthor: 'unbekannt',
    emptyTitle: 'Keine Konflikte',
    emptyText:
      'Wenn zwei Personen dasselbe Feld gleichzeitig ändern, erscheint es hier und Sie entscheiden, welche Fassung gilt.',
    restored: 'Ihre Fassung von „{{field}}“ ist wieder gespeichert.',
    dismissed: 'Konflikt erledigt.',
    failed: 'Der Konflikt konnte nicht aufgelöst werden',
    emptyValue: 'leer',
    yes: 'ja',
    no: 'nein',
  },
  tables: {
    clients: 'Kunde',
    contacts: 'Ansprechpartner',
    activities: 'Aktivität',
    opportunities: 'Verkaufschance',
    settings: 'Einstellung',
    catalogItems: 'Artikel',
    bundles: 'Bundle',
    roles: 'Stundensatz',
    offers: 'Angebot',
    offerSections: 'Angebotsabschnitt',
    offerLines: 'Angebotsposition',
    textBlocks: 'Textbaustein',
    offerChapters: 'Angebotskapitel',
    documents: 'Dokument',
  },
  fields: { deleted: 'Gelöscht', position: 'Reihenfolge', name: 'Name', title: 'Titel' },
  shortcut: 'Jetzt synchronisieren',
};

type Widen<T> = { [K in keyof T]: T[K] extends string ? string : Widen<T[K]> };

const en: Widen<typeof de> = {
  status: {
    signedOut: 'Not syncing',
    signedOutHint: 'Log in under Settings to sync with your team.',
    expiredHint: 'Not logged in to {{server}}. Log in under Settings to keep syncing.',
    offline: 'Offline',
    offlineHint:
      'No connection to the sync server. Your changes stay on this device and are sent as soon as the network is back.',
    syncing: 'Syncing …',
    pushed: 'Sent: {{done}} of {{total}}',
    pulled: 'Received: {{done}}',
    pulledOf: 'Received: {{done}} of {{total}}',
    idle: 'Up to date',
    idleAt: 'Up to date · {{time}}',
    idleHint: 'Last synced: {{time}}.',
    idleNever: 'Not synced yet.',
    pending_one: '{{count}} local change',
    pending_other: '{{count}} local changes',
    pendingHint_one: '{{count}} change on this device is waiting to be sent.',
    pendingHint_other: '{{count}} changes on this device are waiting to be sent.',
    conflicts_one: '{{count}} conflict',
    conflicts_other: '{{count}} conflicts',
    syncNow: 'Sync now',
    setUp: 'Set up sync',
    logInAgain: 'Log in again',
    sessionOnly: 'The login lasts only while this browser tab is open.',
    sessionOnlyDesktop:
      'This system offers no encrypted storage (keyring); the login lasts only until Quotient quits.',
  },
  errors: {
    unauthorized: {
      short: 'Sync: login expired',
      reason: 'Your login has expired or was revoked.',
      action: 'Log in again under Settings.',
    },
    forbidden: {
      short: 'Sync: no access',
      reason: 'You no longer have access to this workspace.',
      action: 'Ask the workspace owner for access, or choose another workspace.',
    },
    protocol: {
      short: 'Sync: update needed',
      reason: 'The server speaks another version of the sync protocol.',
      action: 'Update Quotient, or ask your IT to update the server.',
    },
    clock: {
      short: 'Sync: wrong clock',
      reason: "This device's clock is too far off the server's.",
      action:
        "Set the device's date, time and time zone correctly (automatic is best) and sync again.",
    },
    rejected: {
      short: 'Sync: data refused',
      reason: 'The server refused data or answered with something it should not.',
      action: 'Try again later; if it persists, report it to your IT with this text: {{message}}',
    },
    server: {
      short: 'Sync: server error',
      reason: 'The server reports an error or is overloaded.',
      action: 'Quotient retries automatically. You can also sync now.',
    },
    network: {
      short: 'Sync: server unreachable',
      reason: 'The server cannot be reached.',
      action: 'Check the network connection and the server address. Quotient retries.',
    },
  },
  login: {
    wrongCredentials: 'E-mail address or password is wrong.',
    unreachable:
      'The server {{server}} cannot be reached. Check the address and the network connection.',
    tooManyAttempts: 'Too many login attempts. Please wait {{seconds}} seconds and try again.',
    tooManyAttemptsLater: 'Too many login attempts. Please wait a moment and try again.',
    protocol:
      'The server speaks another version of the sync protocol. Update Quotient or the server.',
    notQuotient: 'No Quotient sync server answers at this address.',
    refused: 'The server refused the login data: {{message}}',
    failed: 'The login failed: {{message}}',
    server: 'The server reports an error. Please try again later.',
    forbidden: 'This account may not use the workspace.',
    disabled: 'This account is disabled. Please contact the administrator of the server.',
    noWorkspaces: 'Your account belongs to no workspace yet. Ask your administrator to invite you.',
  },
  settings: {
    title: 'Synchronisation',
    intro:
      "Keep your data in step with your team's sync server. Without a login everything stays on this device only.",
    serverUrl: 'Server address',
    serverUrlPlaceholder: 'https://sync.example.com',
    serverUrlInvalid: 'Please enter an address starting with http:// or https://',
    serverUrlInsecure:
      'Unencrypted http:// is only allowed for a server on this computer (localhost); use https://',
    email: 'E-mail',
    password: 'Password',
    logIn: 'Log in',
    workspace: 'Workspace',
    workspacePlaceholder: 'Choose a workspace',
    roles: { owner: 'Owner', member: 'Member' },
    connect: 'Connect and sync',
    back: 'Back',
    server: 'Server',
    user: 'User',
    lastSync: 'Last sync',
    never: 'never',
    logOut: 'Log out',
    logOutTitle: 'Log out of the sync server?',
    logOutTextNone: 'Quotient forgets the login and stops syncing. Your data stays on this device.',
    logOutText_one:
      'Quotient forgets the login and stops syncing. Your data and {{count}} unsent change stay on this device and are sent after your next login.',
    logOutText_other:
      'Quotient forgets the login and stops syncing. Your data and {{count}} unsent changes stay on this device and are sent after your next login.',
    loggedOut: 'Logged out. Your data stays on this device.',
    loggedOutLocally:
      'Logged out on this device. The server could not be reached, so the login stays valid there until it expires; change your password if the device was lost.',
    reLogIn: 'Log in again to keep syncing with “{{workspace}}”. Unsent changes are kept.',
    boundElsewhere:
      'The data on this device already belongs to another workspace. Syncing both would mix them; choose the previous workspace.',
  },
  parked: {
    title: 'Changes not applied',
    intro:
      'These changes came from the server but do not fit the data of this version of Quotient. They were not applied; everything else keeps syncing. If they come from a newer version, Quotient applies them after an update.',
    empty: 'None. Every change received was applied.',
    table: 'Area',
    record: 'Record',
    field: 'Field',
    reason: 'Reason',
    when: 'Received',
    reasons: {
      reservedField: 'Internal field that is never synced',
      unknownField: 'Unknown field (perhaps from a newer version)',
      invalidValue: 'Value in the wrong format',
    },
  },
  conflicts: {
    title: 'Conflicts',
    intro:
      'Someone else changed a field you had changed at the same time. The newer change is stored now; your version is on the left.',
    record: 'Record',
    field: 'Field',
    mine: 'My version (overwritten)',
    theirs: 'Stored now',
    actions: 'Action',
    keepMine: 'Keep mine',
    keepMineHint: 'Writes your version as a new change that is sent to everyone.',
    keepTheirs: 'Keep current',
    keepTheirsHint: 'Leaves the stored value and dismisses the conflict.',
    by: '{{who}}, {{when}}',
    unknownAuthor: 'unknown',
    emptyTitle: 'No conflicts',
    emptyText:
      'When two people change the same field at the same time, it appears here and you decide which version applies.',
    restored: 'Your version of “{{field}}” is stored again.',
    dismissed: 'Conflict resolved.',
    failed: 'The conflict could not be resolved',
    emptyValue: 'empty',
    yes: 'yes',
    no: 'no',
  },
  tables: {
    clients: 'Client',
    contacts: 'Contact',
    activities: 'Activity',
    opportunities: 'Opportunity',
    settings: 'Setting',
    catalogItems: 'Item',
    bundles: 'Bundle',
    roles: 'Rate card',
    offers: 'Offer',
    offerSections: 'Offer section',
    offerLines: 'Offer line',
    textBlocks: 'Text block',
    offerChapters: 'Offer chapter',
    documents: 'Document',
  },
  fields: { deleted: 'Deleted', position: 'Order', name: 'Name', title: 'Title' },
  shortcut: 'Sync now',
};

export const syncMessages: { de: typeof de; en: Widen<typeof de> } = { de, en };
