// One problem as a link to what needs fixing, in the UI language.
import { Anchor, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Problem } from '../../../../../../shared/domain/customs/problems';
import { translateMessage } from '../../../../i18n/messages';
import { useOpenState } from '../form/reveal';
import { problemTarget } from './problemLink';

export function ProblemItem({ problem, documentId, onFollow }: { problem: Problem; documentId: number; onFollow?: () => void }) {
  const { t } = useTranslation();
  const { reveal } = useOpenState();
  const text = translateMessage(problem.code, problem.params, t);
  const target = problemTarget(problem, documentId);
  if (target.kind === 'none') return <Text size="sm">{text}</Text>;
  if (target.kind === 'elsewhere') {
    return (
      <Anchor component={Link} to={target.to} size="sm" onClick={onFollow}>
        {text}
      </Anchor>
    );
  }
  return (
    <Anchor
      component={Link}
      to={`/customs/documents/${documentId}?field=${encodeURIComponent(target.path)}`}
      size="sm"
      onClick={(e) => {
        // Same page: open what holds the field and put the cursor in it, without a navigation.
        e.preventDefault();
        onFollow?.();
        reveal(target.path);
      }}
    >
      {text}
    </Anchor>
  );
}
