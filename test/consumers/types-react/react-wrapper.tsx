// The React 18 wrapper: properties as props, one `on*` prop per event.
import { PluggyConnect } from 'pluggy-connect-element/react';

export const ok = (
  <PluggyConnect
    connectorIds={[0, 601]}
    onSuccess={(event) => event.detail.item.id satisfies string}
    onItemResponse={(event) => event.detail.item.status satisfies string}
    onClose={(event) => event.detail satisfies null}
  />
);

// @ts-expect-error the pluggy-success detail has no message
export const wrongDetail = <PluggyConnect onSuccess={(event) => event.detail.message} />;
