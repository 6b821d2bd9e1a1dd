// Lets TypeScript accept Vite's asset and CSS imports in the renderer.
/// <reference types="vite/client" />
