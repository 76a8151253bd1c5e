/** The JSON body of a Node request (`{}` when empty); throws on malformed JSON. */
export async function readJson(request) {
  let text = '';
  for await (const chunk of request) text += chunk;
  return text ? JSON.parse(text) : {};
}
