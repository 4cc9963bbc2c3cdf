// A mistake a frontend developer can make: samock/server in a browser page.
import { serve } from 'samock/server';

document.body.dataset.serve = typeof serve;
void serve({ apis: [] });
