import type { Config } from '@react-router/dev/config';

// Framework mode, rendered on the server (`react-router-serve` serves the build).
export default { ssr: true } satisfies Config;
