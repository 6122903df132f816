import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import './styles/app.css';
import './styles/blocks.css';
import './styles/chrome.css';
import './styles/export.css';
import './styles/import.css';
import './styles/library.css';
import './styles/revisions.css';

const container = document.getElementById('root');
if (!container) throw new Error('Newsdesk: #root is missing from index.html');

createRoot(container).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
