import { Button } from '@fluentui/react-components';
import { feedFromThreeHouses, isFed } from '../../domain';
import type { FedHouse, Plan, ThreeHouses } from '../../domain';
import { crisisMessages as m } from '../../i18n/areas/crisis';
import { useT } from '../useT';
import { usePanelStyles } from './styles';

const HOUSES = ['worries', 'goodThings', 'dreams'] as const;
const FED: ReadonlyArray<FedHouse> = ['worries', 'goodThings'];

/**
 * Seed 001: the Three Houses of each child, in the child's words, beside the analysis. The worries and the good things
 * can be taken into the concerns and strengths as the family's view (domain/crisis.ts feeds them).
 */
export function ThreeHousesView({ plan, onPlanChange, readOnly = false }: { plan: Plan; onPlanChange: (plan: Plan) => void; readOnly?: boolean }) {
  const t = useT();
  const styles = usePanelStyles();
  const filled = plan.threeHouses.filter((h) => HOUSES.some((k) => h[k].trim().length > 0));
  if (filled.length === 0) return null;
  const childName = (h: ThreeHouses) => plan.directPersons.find((p) => p.id === h.childId)?.name.trim() || t(m['houses.noChild']);
  return (
    <section className={styles.box} aria-labelledby="three-houses">
      <h3 id="three-houses" className={styles.heading}>{t(m['houses.heading'])}</h3>
      <p className={styles.hint}>{t(m['houses.intro'])}</p>
      {filled.map((h) => {
        const title = t(m['houses.child'], { name: childName(h) });
        return (
          <div key={h.id}>
            <h4 className={styles.subheading}>{title}</h4>
            <div className={styles.columns}>
              {HOUSES.map((house) => (
                <div key={house} className={styles.card} role="group" aria-label={`${title}: ${t(m[`houses.${house}`])}`}>
                  <h5 className={styles.subheading}>{t(m[`houses.${house}`])}</h5>
                  <p className={styles.words}>{h[house].trim() || t(m['houses.none'])}</p>
                  {!readOnly && FED.includes(house as FedHouse) && h[house].trim() && (
                    isFed(plan, h, house as FedHouse)
                      ? <p className={styles.hint}>{t(m['houses.fed'])}</p>
                      : (
                        <div>
                          <Button size="small" onClick={() => onPlanChange(feedFromThreeHouses(plan, h.id, house as FedHouse))}>
                            {t(m[`houses.feed.${house as FedHouse}`])}
                          </Button>
                        </div>
                      )
                  )}
                </div>
              ))}
            </div>
          </div>
        );
      })}
    </section>
  );
}
