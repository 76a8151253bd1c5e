import { Connect } from './connect';

export default function Home() {
  return (
    <main>
      <h1>Connect your bank</h1>
      <Connect />
    </main>
  );
}
