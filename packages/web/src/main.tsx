import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { authMessages } from './features/auth/messages';
import { installMessages } from './lib/messages';
import { App } from './app/App';
import './main.css';

// The sign-in page's strings; the other features' come with the signed-in app (app/SignedInApp.tsx).
installMessages([authMessages]);

const root = document.getElementById('root');
if (!root) throw new Error('#root is missing from index.html');

createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
