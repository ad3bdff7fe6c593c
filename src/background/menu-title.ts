// Firefox reads "&" in an extension menu title as an access-key marker (Firefox bug 1320462):
// the "&" disappears and the next letter is underlined, so a customer called "Smith & Sons"
// shows as "Smith  Sons". "&&" is a literal "&" there. Chrome shows titles as they are.

/** `text` (a customer's name, say) as it must be written into a menu title to show unchanged. */
export function menuLiteral(text: string, firefox: boolean): string {
  return firefox ? text.replaceAll('&', '&&') : text;
}
