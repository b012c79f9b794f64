// The public AI register, no sign-in: each deployed system with its notice, purpose, oversight and contact.
import { get, query, type RegisterEntry } from '../api/client.js';
import { useListQuery } from '../app/router.js';
import { Loaded, useLoad } from '../components/common.js';
import { TierLabel, When } from '../components/labels.js';
import { ListTotal, Pager } from '../components/Pager.js';
import { useI18n } from '../i18n/i18n.js';

/** Entries per page: a citizen reads the register on a phone. */
const SIZE = 10;

export function RegisterPage() {
  const { t, tv, say, label } = useI18n();
  const list = useListQuery([]);
  const register = useLoad(
    () =>
      get<{ items: RegisterEntry[]; total: number }>(`/api/register${query({ limit: SIZE, offset: (list.page - 1) * SIZE })}`),
    [list.page],
  );
  return (
    <section>
      <h1>{t('registerTitle')}</h1>
      <p>{t('registerIntro')}</p>
      <Loaded state={register}>
        {({ items, total }) =>
          items.length === 0 && total === 0 ? (
            <p>{t('registerEmpty')}</p>
          ) : (
            <>
              <ListTotal total={total} page={list.page} size={SIZE} />
              <ul className="register">
                {items.map((entry) => (
                  <li key={entry.proposalId} className="card">
                    <article aria-labelledby={`entry-${entry.proposalId}`}>
                      <h2 id={`entry-${entry.proposalId}`}>{entry.name}</h2>
                      <p>{entry.texts?.department ? label(entry.texts.department) : entry.department}</p>
                      <dl>
                        <dt>{t('registerStatus')}</dt>
                        <dd>{tv('registerStatus', entry.status)}</dd>
                        <dt>{t('colTier')}</dt>
                        <dd>
                          <TierLabel tier={entry.tier} />
                        </dd>
                        <dt>{t('registerNotice')}</dt>
                        <dd>{entry.texts ? say(entry.texts.aiNotice) : entry.aiNotice}</dd>
                        <dt>{t('registerPurpose')}</dt>
                        <dd>{entry.purpose}</dd>
                        <dt>{t('registerOversight')}</dt>
                        <dd>{entry.texts ? say(entry.texts.humanOversight) : entry.humanOversight}</dd>
                        {entry.texts && (
                          <>
                            <dt>{t('reasons')}</dt>
                            <dd>
                              <ul>
                                {/* the first is the tier, shown above */}
                                {entry.texts.riskSummary.slice(1).map((reason, i) => (
                                  <li key={i}>{say(reason)}</li>
                                ))}
                              </ul>
                            </dd>
                          </>
                        )}
                        <dt>{t('registerContact')}</dt>
                        <dd>{entry.texts?.overseerContact ? say(entry.texts.overseerContact) : entry.overseerContact}</dd>
                        <dt>{t('registerVersion')}</dt>
                        <dd>
                          {entry.deployedVersion} (<When iso={entry.publishedAt} />)
                        </dd>
                      </dl>
                    </article>
                  </li>
                ))}
              </ul>
              <Pager total={total} page={list.page} size={SIZE} hrefOf={list.hrefOf} label={t('registerTitle')} />
            </>
          )
        }
      </Loaded>
    </section>
  );
}
