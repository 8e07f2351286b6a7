import { Radio, RadioGroup, makeStyles, tokens } from '@fluentui/react-components';
import { EmojiLaughRegular, EmojiMehRegular, EmojiSadRegular, EmojiSadSlightRegular, EmojiSmileSlightRegular } from '@fluentui/react-icons';
import type { FluentIcon } from '@fluentui/react-icons';
import { MAX_SCORE, MIN_SCORE } from '../../domain';
import type { Audience } from '../../domain';
import { evaluationMessages as m } from '../../i18n/areas/evaluation';
import { useT } from '../useT';

/** Five faces from very sad to very happy; a child recognises the face before the number. */
const FACES: ReadonlyArray<FluentIcon> = [EmojiSadRegular, EmojiSadSlightRegular, EmojiMehRegular, EmojiSmileSlightRegular, EmojiLaughRegular];

/** Which of the five faces goes with a score: 0-1, 2-3, 4-6, 7-8, 9-10. */
export function faceIndex(score: number): 0 | 1 | 2 | 3 | 4 {
  if (score <= 1) return 0;
  if (score <= 3) return 1;
  if (score <= 6) return 2;
  if (score <= 8) return 3;
  return 4;
}

export function FaceIcon({ score, className }: { score: number; className?: string }) {
  const Icon = FACES[faceIndex(score)] ?? EmojiMehRegular;
  return <Icon className={className} aria-hidden="true" />;
}

const useStyles = makeStyles({
  group: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalXS },
  childOption: { display: 'inline-flex', flexDirection: 'column', alignItems: 'center', gap: tokens.spacingVerticalXXS },
  face: { fontSize: '2rem', color: tokens.colorBrandForeground1 },
  ends: { display: 'flex', justifyContent: 'space-between', gap: tokens.spacingHorizontalL, color: tokens.colorNeutralForeground2, margin: 0 },
});

export interface ScaleInputProps {
  audience: Audience;
  value: number | null;
  onChange: (score: number) => void;
  /** The accessible name of the radio group, e.g. "Cijfer van Noor". */
  label: string;
  lowText: string;
  highText: string;
}

const SCORES = Array.from({ length: MAX_SCORE - MIN_SCORE + 1 }, (_, i) => MIN_SCORE + i);

/** A 0-10 scale as radio buttons; on the child scale every number carries a face, and the face is in its name. */
export function ScaleInput({ audience, value, onChange, label, lowText, highText }: ScaleInputProps) {
  const t = useT();
  const styles = useStyles();
  const child = audience === 'child';
  return (
    <div>
      <p className={styles.ends}>
        <span>{t(m['scale.low'], { text: lowText })}</span>
        <span>{t(m['scale.high'], { text: highText })}</span>
      </p>
      <RadioGroup className={styles.group} layout={child ? 'horizontal-stacked' : 'horizontal'} aria-label={label}
        value={value === null ? '' : String(value)} onChange={(_, d) => onChange(Number(d.value))}>
        {SCORES.map((score) => (
          <Radio key={score} value={String(score)}
            aria-label={child ? t(m['face.option'], { score, face: t(m[`face.${faceIndex(score)}`]) }) : String(score)}
            label={child
              ? <span className={styles.childOption}><FaceIcon score={score} className={styles.face} />{score}</span>
              : String(score)} />
        ))}
      </RadioGroup>
    </div>
  );
}
