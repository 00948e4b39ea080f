import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { authMessages } from './features/auth/messages';
import { installMessages } from './lib/messages';
import { App } from './app/App';
import './main.css';
// In the first CSS file rather than with the lists' chunks: a lazy chunk with a stylesheet of its own costs a
// request on every list screen, and Vite's preloading of it retries a page's chunk that failed (lib/loadChunk.ts
// would then miss a redeploy).
import './components/LightTable.css';

// The sign-in page's strings; each other page installs its feature's when it loads (app/pageMessages.test.ts).
installMessages([authMessages]);

const root = document.getElementById('root');
if (!root) throw new Error('#root is missing from index.html');

createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
