// A stylesheet imported as a module (main.tsx loads the font's after the first paint): Vite turns it into a
// <link>, and the module has nothing to use.
declare module '*.css';
