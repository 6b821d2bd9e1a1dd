// The renderer's entry: mounts the app into #root.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '@xyflow/react/dist/style.css';
import './styles/app.css';
import './styles/canvas.css';
import './styles/panels.css';
import './styles/forms.css';
import './styles/inspector.css';
import './styles/taxonomy.css';
import { App } from './App';

const root = document.getElementById('root');
if (!root) throw new Error('Caremap’s page has no #root element.');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
