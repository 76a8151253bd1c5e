// The emulated bank's pages: plain HTML forms (they work without script), in Portuguese as a
// Brazilian bank's are, each marked "Emulador" so they cannot be taken for a real bank.
import type { EmulatedConnector } from './types.js';

/** The sign-in at the bank, for one item of one connector. */
export interface BankSession {
  item: string;
  connector: EmulatedConnector;
  /** The CPF or CNPJ the person typed in the widget. */
  document: string;
}

const escape = (text: string) => text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);

/** The data groups of the Open Finance Brasil consent screens, for the products a connector collects. */
const dataGroups: Partial<Record<EmulatedConnector['products'][number], [group: string, detail: string]>> = {
  IDENTITY: ['Dados cadastrais', 'Nome, CPF/CNPJ, filiação, endereço e contatos'],
  ACCOUNTS: ['Saldos e limites', 'Saldos das contas e limites de cheque especial'],
  TRANSACTIONS: ['Extratos', 'Movimentações das contas dos últimos 12 meses'],
  CREDIT_CARDS: ['Cartão de crédito', 'Limites, transações e faturas'],
};

function page(session: BankSession, title: string, body: string): string {
  const { connector } = session;
  return `<!doctype html>
<html lang="pt-BR">
<head>
<meta charset="utf-8" />
<meta name="viewport" content="width=device-width, initial-scale=1" />
<title>${escape(title)} · ${escape(connector.name)} (Emulador)</title>
<link rel="icon" href="data:," />
<style>
  body { margin: 0; font: 16px/1.5 system-ui, sans-serif; color: #1f2937; background: #f3f4f6; }
  header { display: flex; align-items: center; gap: 12px; padding: 12px 20px; color: #fff; background: #${connector.primaryColor}; }
  header img { border-radius: 8px; }
  .badge { margin-left: auto; padding: 2px 8px; border-radius: 999px; font-size: 13px; font-weight: 700; color: #${connector.primaryColor}; background: #fff; }
  main { max-width: 440px; margin: 24px auto; padding: 24px; border-radius: 12px; background: #fff; }
  h1 { margin-top: 0; font-size: 22px; }
  label { display: block; margin: 16px 0 4px; font-weight: 600; }
  input { box-sizing: border-box; width: 100%; padding: 10px; border: 1px solid #6b7280; border-radius: 8px; font: inherit; }
  dt { font-weight: 600; } dd { margin: 0 0 12px; }
  .actions { display: flex; gap: 12px; margin-top: 24px; }
  button { flex: 1; padding: 12px; border: 2px solid #${connector.primaryColor}; border-radius: 8px; font: inherit; font-weight: 700; cursor: pointer; }
  .primary { color: #fff; background: #${connector.primaryColor}; }
  .secondary { color: #${connector.primaryColor}; background: #fff; }
  :focus-visible { outline: 3px solid #2563eb; outline-offset: 2px; }
  .hint { font-size: 14px; color: #4b5563; }
</style>
</head>
<body>
<header><img src="${connector.imageUrl}" alt="" width="32" height="32" /><strong>${escape(connector.name)}</strong><span class="badge">Emulador</span></header>
<main>
${body}
</main>
</body>
</html>`;
}

/** The session's fields, carried from page to page. */
function carried({ item, connector, document }: BankSession): string {
  return `<input type="hidden" name="item" value="${escape(item)}" />
<input type="hidden" name="connector" value="${connector.id}" />
<input type="hidden" name="document" value="${escape(document)}" />`;
}

/** Step 1: the bank's sign-in. Any password signs in. */
export function signInPage(session: BankSession): string {
  const kind = session.connector.type === 'BUSINESS_BANK' ? 'CNPJ' : 'CPF';
  return page(
    session,
    'Entrar',
    `<h1>Entre no ${escape(session.connector.name)}</h1>
<p>Para compartilhar seus dados com a Pluggy pelo Open Finance, entre na sua conta.</p>
<form method="post" action="/sign-in">
${carried(session)}
<label for="document">${kind}</label>
<input id="document" value="${escape(session.document)}" readonly />
<label for="password">Senha</label>
<input id="password" name="password" type="password" autocomplete="off" required />
<p class="hint">Emulador: qualquer senha entra.</p>
<div class="actions"><button class="primary" type="submit">Entrar</button></div>
</form>`,
  );
}

/** Step 2: the consent, with the data groups listed as the Open Finance Brasil consent screens list them. */
export function consentPage(session: BankSession): string {
  const groups = session.connector.products.flatMap((product) => dataGroups[product] ?? []);
  return page(
    session,
    'Consentimento',
    `<h1>Confirme o compartilhamento</h1>
<dl>
<dt>Quem vai receber os dados</dt><dd>Pluggy (Emulador)</dd>
<dt>Finalidade</dt><dd>Agregação de informações financeiras para o app que você está usando</dd>
<dt>Prazo</dt><dd>12 meses</dd>
</dl>
<h2 id="data">Dados que serão compartilhados</h2>
<ul aria-labelledby="data">
${groups.map(([group, detail]) => `<li><strong>${group}</strong>: ${detail}</li>`).join('\n')}
</ul>
<form method="post" action="/consent">
${carried(session)}
<div class="actions">
<button class="secondary" type="submit" name="decision" value="denied">Recusar</button>
<button class="primary" type="submit" name="decision" value="approved">Autorizar</button>
</div>
</form>`,
  );
}

/** Step 3: the answer recorded; the window closes itself (the hosted flow's desktop behaviour), or the person closes it. */
export function donePage(session: BankSession, decision: 'approved' | 'denied'): string {
  return page(
    session,
    decision === 'approved' ? 'Autorizado' : 'Recusado',
    `<h1>${decision === 'approved' ? 'Compartilhamento autorizado' : 'Compartilhamento recusado'}</h1>
<p>Volte ao app para continuar. Esta janela fecha sozinha.</p>
<script>window.close();</script>`,
  );
}
