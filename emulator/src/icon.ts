/**
 * The emulator's icon, at `/favicon.ico` as a hosted app has one: what `<pluggy-connect>` loads,
 * in a hidden frame, to open its connection to the Connect app on intent. A square in the
 * emulator's colour, as small as an icon gets.
 */
export const icon = { type: 'image/svg+xml', body: '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 1 1"><rect width="1" height="1" fill="#d01c43"/></svg>' };
