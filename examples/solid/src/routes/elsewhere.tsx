import { Title } from '@solidjs/meta';
import { A } from '@solidjs/router';

export default function Elsewhere() {
  return (
    <>
      <Title>Elsewhere</Title>
      <A href="/">Connect your bank</A>
    </>
  );
}
