// Diagnostics now live in src/problem, below load and validate; this name stays for code written before the move.

export * from '../problem/diagnostic.js';
