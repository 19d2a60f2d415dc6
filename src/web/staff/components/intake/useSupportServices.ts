import { useEffect, useState } from 'react';
import { api } from '../../api.ts';
import { localName } from '../../format.ts';

export type SupportService = { id: string; name: string };

let loaded: Promise<{ id: string; name: { lt: string; en: string } }[]> | null = null;

/**
 * The organisations that give support (function support_service), by name in the interface
 * language: the services a person may agree to be referred to. Ministries and other authorities are
 * not among them. Loaded once per visit; 'failed' when the list could not be loaded.
 */
export function useSupportServices(language: string): SupportService[] | 'failed' {
  const [services, setServices] = useState<{ id: string; name: { lt: string; en: string } }[] | 'failed'>([]);
  useEffect(() => {
    let cancelled = false;
    loaded ??= api
      .organisations()
      .then((list) => list.items.filter((o) => o.functions.includes('support_service')));
    loaded
      .then((items) => {
        if (!cancelled) setServices(items);
      })
      .catch(() => {
        loaded = null;
        if (!cancelled) setServices('failed');
      });
    return () => {
      cancelled = true;
    };
  }, []);
  if (services === 'failed') return 'failed';
  return services
    .map((s) => ({ id: s.id, name: localName(s.name, language) }))
    .sort((a, b) => a.name.localeCompare(b.name, language));
}
