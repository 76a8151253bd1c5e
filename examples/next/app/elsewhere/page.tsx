import Link from 'next/link';

export default function Elsewhere() {
  return <Link href="/">Connect your bank</Link>;
}
