// The soutenance's public entry point for the renderer: the slide plan, the jury's questions, the rehearsal timing (the exporters are the back end's).
export * from './jury-questions';
export * from './rehearsal';
export * from './slide-plan';
