/**
 * How a runtime names an input a gate can also take from the config, for the
 * message when neither says: the Action and the CLI word it their own way,
 * the gate's fallback function is shared.
 */
export interface InputWording {
  /** The input that was empty, as the user knows it: `The junit input`, `--junit`. */
  input: string;
  /** The config file read, e.g. `.github/pilot-gate.yml`, or that there is none. */
  config: string;
  /** How to give the input, e.g. `pass --junit 'reports/**\/*.xml'`. */
  example: string;
}
