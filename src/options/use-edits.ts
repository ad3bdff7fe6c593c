// Which fields of a form were edited since they were last saved. A save takes a snapshot when it
// starts and, once it has succeeded, marks clean only the fields not edited again meanwhile: an
// edit made while the save was in flight stays marked, so the next Save writes it and a change
// arriving from storage does not overwrite it on screen.
import { useRef, useState } from 'preact/hooks';

export type Edits<F> = {
  /** The fields edited and not saved since. */
  edited: ReadonlySet<F>;
  /** Mark `field` edited. */
  touch: (field: F) => void;
  /** Mark `field` clean (its value was replaced, as by a reset). */
  forget: (field: F) => void;
  /** Call as a save starts; call what it returns once that save has succeeded. */
  saving: () => () => void;
};

export function useEdits<F>(): Edits<F> {
  const [edited, setEdited] = useState<ReadonlySet<F>>(new Set());
  // How many times each field was edited; a ref, so a save's snapshot can be compared later.
  const counts = useRef(new Map<F, number>());
  const without = (drop: (field: F) => boolean) =>
    setEdited((set) => {
      const left = [...set].filter((f) => !drop(f));
      return left.length === set.size ? set : new Set(left);
    });
  return {
    edited,
    touch: (field) => {
      counts.current.set(field, (counts.current.get(field) ?? 0) + 1);
      setEdited((set) => (set.has(field) ? set : new Set(set).add(field)));
    },
    forget: (field) => without((f) => f === field),
    saving: () => {
      const at = new Map(counts.current);
      return () => without((f) => counts.current.get(f) === at.get(f));
    },
  };
}
