import { acceptPagePanels } from '../../extension/panels-page';

// The panels' frame, placed into a page by extension/panels-frame.ts. It shows nothing until the content
// script that created it connects with the secret in this frame's address.
acceptPagePanels(document, document.getElementById('panels')!);
