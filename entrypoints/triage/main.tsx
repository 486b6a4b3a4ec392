import { mountBoard } from '../../board/mount';

// The triage board. In the extension it works offline on batch files imported into the extension's
// IndexedDB; the backlog service serves the same page at /board, where it works on the triage API.
mountBoard(document.getElementById('board')!, location.protocol === 'chrome-extension:' ? 'files' : 'backlog');
