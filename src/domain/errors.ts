/** Input the engine cannot use: one Vietnamese sentence saying what is wrong and what to do. */
export class InputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'InputError';
  }
}
