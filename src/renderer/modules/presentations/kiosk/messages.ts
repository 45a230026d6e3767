/**
 * UI texts of the kiosk lock (PIN dialogs, the locked badge, the help section on presenting and
 * what the operating system still lets through), merged into i18n under `kiosk`.
 */
import { defineMessages } from '../../../i18n/define-messages';

const de = {
  start: 'Kiosk-Sperre …',
  startTitle: 'Präsentation mit einer PIN sperren',
  startText:
    'Solange die Sperre an ist, zeigt Quotient nur diese Präsentation und ihr Publikumsfenster: keine anderen Seiten, keine Tastenkürzel, kein Menü, keine Entwicklerwerkzeuge. Verlassen lässt sie sich nur mit der PIN. Gespeichert wird nur ein gesalzener Hash der PIN, auf diesem Gerät.',
  pin: 'PIN',
  pinDescription: '4 bis 12 Ziffern',
  pinConfirm: 'PIN wiederholen',
  lock: 'Sperren',
  cancel: 'Abbrechen',
  pinFormat: 'Die PIN besteht aus 4 bis 12 Ziffern (nur 0–9).',
  pinMismatch: 'Die beiden Eingaben stimmen nicht überein.',
  lockFailed: 'Die Sperre konnte nicht eingeschaltet werden.',
  locked: 'Gesperrt',
  lockedHint: 'Die Kiosk-Sperre ist an. Zum Verlassen der Präsentation die PIN eingeben.',
  unlockOpen: 'Entsperren …',
  unlockTitle: 'Präsentation entsperren',
  unlockText: 'Die Präsentation ist gesperrt. Geben Sie die PIN ein, um sie zu verlassen.',
  unlock: 'Entsperren',
  wrongPin: 'Falsche PIN. Die Präsentation bleibt gesperrt.',
  wrongPinLeft_one: 'Falsche PIN. Noch {{count}} Versuch, dann wird die Eingabe kurz gesperrt.',
  wrongPinLeft_other: 'Falsche PIN. Noch {{count}} Versuche, dann wird die Eingabe kurz gesperrt.',
  refused: 'Zu viele falsche Versuche. Nächster Versuch in {{seconds}} s.',
  unlocked: 'Die Kiosk-Sperre ist aufgehoben.',
  help: {
    title: 'Präsentieren und Kiosk-Sperre',
    presenting:
      'Im Präsentationsmodus zeigt der Laptop die aktuelle und die nächste Folie, die Notizen und die Zeiten; das Publikumsfenster zeigt nur die Folie, auf dem gewählten Bildschirm in Vollbild (im Browser: ein zweites Fenster, Vollbild mit dem ersten Klick). Weiter mit →, Leertaste oder Bild ab, zurück mit ← oder Bild auf, B schaltet schwarz, Esc verlässt die Präsentation.',
    kiosk:
      'Die Kiosk-Sperre (mit PIN) hält die Präsentation fest: Andere Seiten, die Tastenkürzel der App, das Menü, neue Fenster und die Entwicklerwerkzeuge sind aus, auch nach einem Neuladen. Nach fünf falschen PINs wird die Eingabe für eine wachsende Wartezeit gesperrt.',
    osTitle: 'Was das Betriebssystem trotzdem durchlässt',
    osCtrlAltDel: 'Strg+Alt+Entf (Windows) und der Sperrbildschirm des Systems',
    osSwitch: 'Alt+Tab bzw. Cmd+Tab, der Aufgabenwechsel oder Mission Control auf manchen Systemen',
    osPower: 'der Ein-/Ausschalter und das Zuklappen des Laptops',
    osBrowser:
      'in der Browser-Version die Adressleiste, die Tastenkürzel des Browsers (neuer Tab, Schließen, Entwicklerwerkzeuge) und das Verlassen des Vollbilds mit Esc',
    osAdvice:
      'Für einen unbeaufsichtigten Stand die Desktop-App verwenden und das Gerät zusätzlich mit einem eingeschränkten Benutzerkonto oder dem Kiosk-Modus des Systems sichern.',
  },
};

const en = {
  start: 'Kiosk lock …',
  startTitle: 'Lock the presentation with a PIN',
  startText:
    'While the lock is on, Quotient shows only this presentation and its audience window: no other pages, no shortcuts, no menu, no developer tools. Leaving it needs the PIN. Only a salted hash of the PIN is stored, on this device.',
  pin: 'PIN',
  pinDescription: '4 to 12 digits',
  pinConfirm: 'Repeat the PIN',
  lock: 'Lock',
  cancel: 'Cancel',
  pinFormat: 'The PIN is 4 to 12 digits (0–9 only).',
  pinMismatch: 'The two entries do not match.',
  lockFailed: 'The lock could not be switched on.',
  locked: 'Locked',
  lockedHint: 'The kiosk lock is on. Enter the PIN to leave the presentation.',
  unlockOpen: 'Unlock …',
  unlockTitle: 'Unlock the presentation',
  unlockText: 'The presentation is locked. Enter the PIN to leave it.',
  unlock: 'Unlock',
  wrongPin: 'Wrong PIN. The presentation stays locked.',
  wrongPinLeft_one: 'Wrong PIN. {{count}} more try, then input is refused for a while.',
  wrongPinLeft_other: 'Wrong PIN. {{count}} more tries, then input is refused for a while.',
  refused: 'Too many wrong tries. Next try in {{seconds}} s.',
  unlocked: 'The kiosk lock is off.',
  help: {
    title: 'Presenting and the kiosk lock',
    presenting:
      'While presenting, the laptop shows the current and the next slide, the notes and the times; the audience window shows only the slide, full screen on the chosen display (in the browser: a second window, full screen on its first click). Next with →, Space or Page Down, back with ← or Page Up, B blanks the screen, Esc leaves the presentation.',
    kiosk:
      'The kiosk lock (with a PIN) holds the presentation: other pages, the app’s shortcuts, the menu, new windows and the developer tools are off, even after a reload. After five wrong PINs, input is refused for a growing wait.',
    osTitle: 'What the operating system still lets through',
    osCtrlAltDel: 'Ctrl+Alt+Del (Windows) and the system’s lock screen',
    osSwitch: 'Alt+Tab or Cmd+Tab, the task switcher or Mission Control on some systems',
    osPower: 'the power button and closing the laptop’s lid',
    osBrowser:
      'in the browser version, the address bar, the browser’s own shortcuts (new tab, close, developer tools) and leaving full screen with Esc',
    osAdvice:
      'For an unattended booth, use the desktop app and also secure the device with a restricted user account or the system’s kiosk mode.',
  },
};

export const kioskMessages = defineMessages('kiosk', de, en);
