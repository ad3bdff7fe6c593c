// The visible section follows the URL hash (#profile, #tracker, ...), so the popup can open
// the options page on a given section and the browser's back button works.
import { useEffect, useState } from 'preact/hooks';

export const SECTIONS = ['profile', 'defaults', 'templates', 'tracker', 'import', 'backup'] as const;
export type Section = (typeof SECTIONS)[number];

function fromHash(): Section {
  const h = location.hash.replace(/^#/, '');
  return (SECTIONS as readonly string[]).includes(h) ? (h as Section) : 'profile';
}

export function useSection(): Section {
  const [section, setSection] = useState<Section>(fromHash);
  useEffect(() => {
    const onHash = () => setSection(fromHash());
    addEventListener('hashchange', onHash);
    return () => removeEventListener('hashchange', onHash);
  }, []);
  return section;
}
