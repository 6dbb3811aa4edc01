/**
 * A field Slack sends as a string, as a string. A signed body can still carry another type there
 * (`text` sent twice arrives as an array; a tampered `value` as a number or object): the listener
 * then sees "" and answers as it would for empty text, instead of throwing after the ack.
 */
export function stringField(value: unknown): string {
  return typeof value === 'string' ? value : '';
}
