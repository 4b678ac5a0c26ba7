// Import and export: dockstudy's JSON backup, Anki's text format and packages, CSV.

export { ExchangeError } from './errors.js';
export { type ExportFormat, exportCards } from './export.js';
export { type ReadImport, readImport } from './import.js';
export { IMPORTED_ORIGIN, importedNotes } from './stored-cards.js';
