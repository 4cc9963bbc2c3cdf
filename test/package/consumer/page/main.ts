import { startBrowserMocks } from 'samock/browser';
import { lyve } from 'samock/vendors/lyve';

await startBrowserMocks({ apis: [lyve], quiet: true });
document.body.dataset.ready = 'true';
