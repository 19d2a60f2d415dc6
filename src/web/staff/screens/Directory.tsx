import { type FormEvent, useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api.ts';
import { ErrorAlert } from '../components/Alerts.tsx';
import { ReferralMapTable } from '../components/directory/ReferralMapTable.tsx';
import { ServiceCard } from '../components/directory/ServiceCard.tsx';
import { CheckboxField, SelectField, TextField } from '../components/Field.tsx';
import { ScreenHeading } from '../components/ScreenHeading.tsx';
import { useErrorText } from '../components/useErrorText.ts';
import type { DirectoryService, ReferralMapItem, TaxonomyTerm } from '../contract/directory.ts';

interface Filters {
  q: string;
  need: string;
}

/** Where to refer someone: the directory of services, and who takes referrals for which needs. */
export function Directory() {
  const { t, i18n } = useTranslation();
  const { errorText } = useErrorText();
  const lang = i18n.language === 'en' ? 'en' : 'lt';

  const [query, setQuery] = useState('');
  const [need, setNeed] = useState('');
  const [filters, setFilters] = useState<Filters>({ q: '', need: '' });
  const [onlyStale, setOnlyStale] = useState(false);
  /** Services shown under "only not checked" that were checked since: they stay until the next search. */
  const [keep, setKeep] = useState<ReadonlySet<string>>(new Set());

  const [services, setServices] = useState<DirectoryService[] | null>(null);
  const [needs, setNeeds] = useState<TaxonomyTerm[]>([]);
  const [map, setMap] = useState<ReferralMapItem[] | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [mapError, setMapError] = useState<unknown>(null);
  const [searching, setSearching] = useState(false);
  const latest = useRef(0);

  const search = useCallback(async (applied: Filters, language: 'lt' | 'en') => {
    const ticket = ++latest.current;
    setSearching(true);
    setError(null);
    try {
      const result = await api.directoryServices({ ...applied, lang: language });
      if (ticket === latest.current) setServices(result.items);
    } catch (caught) {
      if (ticket === latest.current) setError(caught);
    } finally {
      if (ticket === latest.current) setSearching(false);
    }
  }, []);

  // Texts come in the interface language: ask again when it changes.
  useEffect(() => {
    void search(filters, lang);
  }, [search, filters, lang]);

  useEffect(() => {
    let cancelled = false;
    api
      .needs(lang)
      .then((terms) => {
        if (!cancelled) setNeeds(terms);
      })
      .catch(() => {
        // Without the list the search still works; the filter offers "any need" only.
        if (!cancelled) setNeeds([]);
      });
    api
      .referralMap(lang)
      .then((result) => {
        if (!cancelled) {
          setMap(result.items);
          setMapError(null);
        }
      })
      .catch((caught: unknown) => {
        if (!cancelled) setMapError(caught);
      });
    return () => {
      cancelled = true;
    };
  }, [lang]);

  const submit = (event: FormEvent<HTMLFormElement>): void => {
    event.preventDefault();
    setKeep(new Set());
    // A new object even when nothing changed, so that the same search can be run again.
    setFilters({ q: query.trim(), need });
  };

  const changed = (updated: DirectoryService): void => {
    setServices((current) => (current ?? []).map((s) => (s.id === updated.id ? updated : s)));
    if (!updated.stale) setKeep((current) => new Set(current).add(updated.id));
  };

  const shown = (services ?? []).filter((s) => !onlyStale || s.stale || keep.has(s.id));
  const needName = needs.find((n) => n.code === filters.need)?.name;
  const mapItems = (map ?? []).filter(
    (item) => filters.need === '' || item.needs.some((n) => n.code === filters.need),
  );

  const title = t('directory.title');
  return (
    <div className="stack">
      <section className="panel">
        <ScreenHeading title={title}>{title}</ScreenHeading>
        <p className="lead">{t('directory.intro')}</p>
        <p>
          <a href="#referral-map-heading">{t('directory.jumpToMap')}</a>
        </p>
        <search>
          <form className="directory-search" onSubmit={submit}>
            <TextField
              id="directory-search"
              className="directory-search-text"
              label={t('directory.search')}
              hint={t('directory.searchHint')}
              type="search"
              value={query}
              onValueChange={setQuery}
            />
            <SelectField
              id="directory-need"
              className="directory-search-need"
              label={t('directory.need')}
              value={need}
              onValueChange={setNeed}
              options={[
                { value: '', label: t('directory.anyNeed') },
                ...needs.map((n) => ({ value: n.code, label: n.name })),
              ]}
            />
            <button
              type="submit"
              className="button-primary directory-search-submit"
              disabled={searching}
              data-testid="directory-search-submit"
            >
              {t('directory.searchSubmit')}
            </button>
          </form>
          <CheckboxField
            id="directory-only-stale"
            label={t('directory.onlyStale')}
            checked={onlyStale}
            onCheckedChange={(on) => {
              setKeep(new Set());
              setOnlyStale(on);
            }}
          />
        </search>
      </section>

      <section aria-labelledby="directory-results-heading" aria-busy={searching}>
        <h2 id="directory-results-heading">{t('directory.resultsTitle')}</h2>
        {error ? <ErrorAlert>{errorText(error)}</ErrorAlert> : null}
        {services === null && !error ? (
          <p className="loading" role="status">
            {t('common.loading')}
          </p>
        ) : null}
        {services !== null ? (
          <>
            <p className="muted" role="status" data-testid="directory-count">
              {onlyStale
                ? t('directory.countStale', { shown: shown.length, number: services.length })
                : t('directory.count', { number: services.length })}
            </p>
            {shown.length === 0 ? (
              <p className="empty-state">{onlyStale ? t('directory.noneStale') : t('directory.noResults')}</p>
            ) : (
              <div className="card-list">
                {shown.map((service) => (
                  <ServiceCard key={service.id} service={service} onChanged={changed} />
                ))}
              </div>
            )}
          </>
        ) : null}
      </section>

      <section className="panel" aria-labelledby="referral-map-heading">
        <h2 id="referral-map-heading" tabIndex={-1}>
          {t('directory.map.title')}
        </h2>
        <p>{t('directory.map.intro')}</p>
        {mapError ? <ErrorAlert>{errorText(mapError)}</ErrorAlert> : null}
        {map === null && !mapError ? <p className="loading">{t('common.loading')}</p> : null}
        {map !== null ? (
          mapItems.length === 0 ? (
            <p className="empty-state">{t('directory.map.empty')}</p>
          ) : (
            <ReferralMapTable
              items={mapItems}
              caption={
                needName ? t('directory.map.captionForNeed', { need: needName }) : t('directory.map.caption')
              }
            />
          )
        ) : null}
      </section>
    </div>
  );
}
