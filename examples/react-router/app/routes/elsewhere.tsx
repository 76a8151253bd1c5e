import { Link } from 'react-router';

export const meta = () => [{ title: 'Elsewhere' }];

export default function Elsewhere() {
  return <Link to="/">Connect your bank</Link>;
}
