/** Imported first by the entry: marks when the page's script starts running (npm run bench: its own work). */
performance.mark("bl-script-start");
export {};
