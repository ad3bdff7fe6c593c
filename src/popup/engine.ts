// Starts loading the draft engine as soon as the popup script runs, and hands it to components.
import { useEffect, useState } from 'preact/hooks';

export type Engine = typeof import('./draft-engine');

let loading: Promise<Engine> | null = null;
export function loadEngine(): Promise<Engine> {
  loading ??= import('./draft-engine');
  return loading;
}

/** The engine once loaded (null until then). */
export function useEngine(): Engine | null {
  const [engine, setEngine] = useState<Engine | null>(null);
  useEffect(() => {
    let live = true;
    void loadEngine().then((e) => live && setEngine(() => e));
    return () => {
      live = false;
    };
  }, []);
  return engine;
}
