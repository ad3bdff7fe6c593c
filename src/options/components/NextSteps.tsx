// After the customer accepted the reseller relationship: the next steps Partner Center's guide
// names (core/next-steps.ts), as links in the UI language.
import { afterAcceptanceSteps, type NextStepKey } from '../../core/next-steps';
import { t, uiLanguage } from '../../platform/i18n';

const TEXT: Record<NextStepKey, { lead: string; link: string }> = {
  customers: { lead: 'tracker_nextCustomers', link: 'tracker_nextCustomersLink' },
  'support-contacts': { lead: 'tracker_nextSupport', link: 'tracker_nextSupportLink' },
  'remove-relationship': { lead: 'tracker_nextRemove', link: 'tracker_nextRemoveLink' },
};

export function NextSteps(props: { id: string }) {
  return (
    <div class="opt-next" role="group" aria-labelledby={props.id}>
      <h4 id={props.id}>{t('tracker_nextTitle')}</h4>
      <ul>
        {afterAcceptanceSteps(uiLanguage()).map((step) => (
          <li key={step.key}>
            {t(TEXT[step.key].lead)}{' '}
            <a href={step.url} target="_blank" rel="noreferrer">
              {t(TEXT[step.key].link)}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}
