import { component$ } from '@builder.io/qwik';
import { Link, type DocumentHead } from '@builder.io/qwik-city';

export default component$(() => <Link href="/">Connect your bank</Link>);

export const head: DocumentHead = { title: 'Elsewhere' };
