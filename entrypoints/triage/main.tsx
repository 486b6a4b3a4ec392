import { mountBoard } from '../../board/mount';

// The triage board as an extension page, on batch files imported into the extension's IndexedDB.
mountBoard(document.getElementById('board')!, 'files');
