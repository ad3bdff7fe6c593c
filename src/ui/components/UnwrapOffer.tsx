// A link that mail security wrapped (Safe Links, Google's redirect): say so, show the
// invitation link inside it, and offer to use that one. The link guard judges the same inner
// link (core/redirects.ts), so what is offered here is what the guard accepts.
import { Button } from './Button';
import { Notice } from './Notice';

export function UnwrapOffer(props: { id?: string; text: string; link: string; useLabel: string; onUse: () => void }) {
  return (
    <Notice tone="warn" role="status" id={props.id}>
      <p>{props.text}</p>
      <p class="pi-linkbox">{props.link}</p>
      <Button small variant="primary" onClick={props.onUse}>
        {props.useLabel}
      </Button>
    </Notice>
  );
}
