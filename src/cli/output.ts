/** Where a command-line tool writes: the console in use, an array in tests. */
export interface CliOutput {
  log(text: string): void;
  error(text: string): void;
}
