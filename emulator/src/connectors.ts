import type { ConnectorType, CountryCode } from 'pluggy-connect-element';
import type { EmulatedConnector } from './types.js';

/**
 * A logo drawn as an inline SVG data URL: the connector's `imageUrl` works like the real one
 * (an image URL) and nothing is fetched.
 */
function logo(initials: string, color: string): string {
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64"><rect width="64" height="64" rx="16" fill="${color}"/>` +
    `<text x="32" y="41" font-family="Arial,sans-serif" font-size="24" font-weight="700" fill="#fff" text-anchor="middle">${initials}</text></svg>`;
  return `data:image/svg+xml,${encodeURIComponent(svg)}`;
}

const userAndPassword = [
  { name: 'user', label: 'Usuário', type: 'text' as const },
  { name: 'password', label: 'Senha', type: 'password' as const },
];
const cpf = [{ name: 'cpf', label: 'CPF', type: 'number' as const, placeholder: '000.000.000-00', validation: '^\\d{3}\\.?\\d{3}\\.?\\d{3}-?\\d{2}$' }];
const cnpj = [{ name: 'cnpj', label: 'CNPJ', type: 'number' as const, placeholder: '00.000.000/0000-00', validation: '^\\d{2}\\.?\\d{3}\\.?\\d{3}/?\\d{4}-?\\d{2}$' }];

interface Fixture {
  id: number;
  name: string;
  initials: string;
  color: string;
  type: ConnectorType;
  country: CountryCode;
  credentials: EmulatedConnector['credentials'];
  isSandbox?: boolean;
  isOpenFinance?: boolean;
  products: EmulatedConnector['products'];
}

const bankProducts: EmulatedConnector['products'] = ['ACCOUNTS', 'CREDIT_CARDS', 'TRANSACTIONS', 'IDENTITY'];

/** The catalogue, in "usage" order (the widget's default order). */
const fixtures: Fixture[] = [
  { id: 0, name: 'Pluggy Bank', initials: 'PB', color: '#d01c43', type: 'PERSONAL_BANK', country: 'BR', credentials: userAndPassword, isSandbox: true, products: [...bankProducts, 'INVESTMENTS'] },
  { id: 601, name: 'Banco Aurora', initials: 'BA', color: '#b45309', type: 'PERSONAL_BANK', country: 'BR', credentials: userAndPassword, products: bankProducts },
  { id: 604, name: 'Banco Aurora Open Finance', initials: 'BA', color: '#92400e', type: 'PERSONAL_BANK', country: 'BR', credentials: cpf, isOpenFinance: true, products: bankProducts },
  { id: 602, name: 'Meridiano Empresas', initials: 'ME', color: '#1d4ed8', type: 'BUSINESS_BANK', country: 'BR', credentials: userAndPassword, products: ['ACCOUNTS', 'TRANSACTIONS', 'PAYMENT_DATA'] },
  { id: 606, name: 'Meridiano Empresas Open Finance', initials: 'ME', color: '#1e3a8a', type: 'BUSINESS_BANK', country: 'BR', credentials: cnpj, isOpenFinance: true, products: ['ACCOUNTS', 'TRANSACTIONS'] },
  { id: 603, name: 'Corretora Horizonte', initials: 'CH', color: '#047857', type: 'INVESTMENT', country: 'BR', credentials: userAndPassword, products: ['INVESTMENTS', 'INVESTMENTS_TRANSACTIONS', 'IDENTITY'] },
  { id: 605, name: 'Banco del Sol', initials: 'BS', color: '#7c3aed', type: 'PERSONAL_BANK', country: 'MX', credentials: userAndPassword, products: ['ACCOUNTS', 'TRANSACTIONS'] },
];

/** Every connector the emulator knows, whatever the widget's filters. */
export const connectors: readonly EmulatedConnector[] = fixtures.map((fixture) => ({
  id: fixture.id,
  name: fixture.name,
  institutionUrl: `https://${fixture.name.toLowerCase().replace(/\W+/g, '')}.example`,
  imageUrl: logo(fixture.initials, fixture.color),
  primaryColor: fixture.color.slice(1),
  type: fixture.type,
  country: fixture.country,
  credentials: fixture.credentials,
  hasMFA: Boolean(fixture.isSandbox),
  oauth: Boolean(fixture.isOpenFinance),
  health: { status: 'ONLINE', stage: null },
  isOpenFinance: Boolean(fixture.isOpenFinance),
  isSandbox: Boolean(fixture.isSandbox),
  supportsPaymentInitiation: false,
  supportsScheduledPayments: false,
  supportsSmartTransfers: false,
  products: fixture.products,
  createdAt: '2024-01-15T12:00:00.000Z',
}));

/** The widget options that choose which connectors are listed. */
export interface ConnectorFilters {
  includeSandbox?: boolean;
  connectorTypes?: readonly string[];
  countries?: readonly string[];
  connectorIds?: readonly number[];
  connectorSortAlphabetically?: boolean;
}

/** The connectors the widget lists for these options, in the order it lists them. */
export function listConnectors(filters: ConnectorFilters): EmulatedConnector[] {
  const listed = connectors.filter(
    (connector) =>
      (filters.includeSandbox === true || !connector.isSandbox) &&
      (!filters.connectorTypes?.length || filters.connectorTypes.includes(connector.type)) &&
      (!filters.countries?.length || filters.countries.includes(connector.country)) &&
      (!filters.connectorIds?.length || filters.connectorIds.includes(connector.id)),
  );
  return filters.connectorSortAlphabetically ? listed.sort((a, b) => a.name.localeCompare(b.name)) : listed;
}

/** The sandbox bank: where scenarios connect, and the fallback for an unknown item to update. */
export const sandboxBank: EmulatedConnector = connectors.find((connector) => connector.isSandbox) ?? connectors[0];
