/**
 * Every sentence the outbox may show a person, in one place, German first. Each says what happened and
 * what to do next. (These move to lib/i18n with the other languages once it exists.)
 */

const CONTACT = 'die Ansprechperson für Mitgestalten in Ihrem Jobcenter';
const KEPT = 'Ihre Vorschläge bleiben auf diesem Gerät gespeichert';

export const deliveryMessages = {
  network: `Der Backlog-Server ist gerade nicht erreichbar. ${KEPT}, und Mitgestalten sendet sie automatisch, sobald wieder eine Verbindung besteht. Gibt es von hier keinen Weg zum Backlog, exportieren Sie das Paket bitte als Datei.`,
  timeout: `Der Backlog-Server hat nicht rechtzeitig geantwortet. ${KEPT}; Mitgestalten versucht es automatisch erneut. Doppelt ankommen können sie dabei nicht.`,
  busy: `Der Backlog-Server ist gerade ausgelastet. ${KEPT}; Mitgestalten sendet sie automatisch etwas später.`,
  inProgress: 'Dieses Paket wird gerade schon aus einem anderen Fenster gesendet. Mitgestalten prüft gleich, ob es angekommen ist.',
  serverError: (status: number) => `Beim Backlog-Server ist ein Fehler aufgetreten (HTTP ${status}). ${KEPT}; Mitgestalten versucht es automatisch erneut.`,
  unexpectedAnswer: `Der Backlog-Server hat unerwartet geantwortet (vielleicht die Anmeldeseite eines WLANs oder Proxys). ${KEPT}; Mitgestalten versucht es automatisch erneut.`,
  rejected: (serverMessage: string) =>
    `Der Server hat das Paket abgelehnt: ${serverMessage}. Bitte exportieren Sie die Vorschläge als Datei und wenden Sie sich an ${CONTACT}. ${KEPT}.`,
  unauthorized: (serverMessage: string) =>
    `Der Backlog-Server hat den Zugang abgelehnt: ${serverMessage}. Bitte prüfen Sie den Zugangsschlüssel in den Einstellungen oder wenden Sie sich an Ihre IT und senden Sie danach erneut. ${KEPT}.`,
  notFound: (endpoint: string) =>
    `Unter ${endpoint} nimmt kein Backlog-Server Pakete an (HTTP 404). Bitte prüfen Sie die Adresse in den Einstellungen oder wenden Sie sich an Ihre IT. ${KEPT}.`,
  tooLarge: `Das Paket ist für den Backlog-Server zu groß (HTTP 413). Bitte exportieren Sie die Vorschläge als Datei und wenden Sie sich an ${CONTACT}. ${KEPT}.`,
  wrongReceipt: `Der Backlog-Server hat eine Empfangsbestätigung geschickt, die nicht zu diesem Paket passt. ${KEPT}; Mitgestalten versucht es automatisch erneut. Bleibt der Fehler, wenden Sie sich bitte an ${CONTACT}.`,
} as const;

export const errorMessages = {
  'no-endpoint': `Es ist kein Backlog-Server eingestellt. Bitte exportieren Sie die Vorschläge als Datei, oder lassen Sie die Adresse des Backlogs in den Einstellungen eintragen. ${KEPT}.`,
  'batch-not-found': 'Dieses Paket ist nicht mehr im Postausgang.',
  'file-too-large': (size: string, limit: string) =>
    `Die Datei ist ${size} groß; Paketdateien dürfen höchstens ${limit} groß sein. Es wurde nichts importiert. Bitte lassen Sie die Vorschläge in mehreren kleineren Paketen exportieren.`,
  'file-is-csv':
    'Das ist eine CSV-Datei. CSV-Dateien sind zum Lesen in Tabellenprogrammen gedacht und können nicht importiert werden, weil ihnen die genaue Stelle im Formular fehlt. Es wurde nichts importiert. Bitte importieren Sie die JSON-Datei desselben Pakets (Dateiendung .json).',
  'file-not-json': (detail: string) =>
    `Die Datei ist keine lesbare Paketdatei (kein gültiges JSON: ${detail}). Es wurde nichts importiert. Bitte importieren Sie die unveränderte JSON-Datei, die Mitgestalten exportiert hat.`,
  'file-schema-version': (found: string, supported: number) =>
    `Die Paketdatei hat das Format Version ${found}; diese Version von Mitgestalten liest Version ${supported}. Es wurde nichts importiert. Bitte aktualisieren Sie Mitgestalten oder lassen Sie die Datei mit einer passenden Version exportieren.`,
  'file-invalid': (problems: string) => `Die Paketdatei ist ungültig, es wurde nichts importiert: ${problems}`,
  'receipt-code-invalid': 'Das ist kein gültiger Code. Ein Code sieht so aus: K7QP-2MX4-9RTA.',
  'receipt-unknown': 'Zu diesem Code kennt der Backlog keinen Vorschlag. Bitte prüfen Sie den Code (Beispiel: K7QP-2MX4-9RTA).',
  'receipt-unavailable': (detail: string) => `Der Stand konnte gerade nicht abgerufen werden (${detail}). Bitte versuchen Sie es später erneut.`,
} as const;

export const importMessages = {
  imported: (added: number, known: number) =>
    `${added} ${added === 1 ? 'Vorschlag wurde' : 'Vorschläge wurden'} importiert und ${added === 1 ? 'wird' : 'werden'} gesendet, sobald der Backlog erreichbar ist.` +
    (known ? ` ${known} ${known === 1 ? 'Vorschlag war' : 'Vorschläge waren'} schon vorhanden und ${known === 1 ? 'wurde' : 'wurden'} übersprungen.` : ''),
  alreadyImported: 'Dieses Paket ist auf diesem Gerät schon vorhanden. Es wurde nichts doppelt übernommen.',
  nothingNew: 'Alle Vorschläge dieser Datei sind schon vorhanden. Es wurde nichts doppelt übernommen.',
} as const;
