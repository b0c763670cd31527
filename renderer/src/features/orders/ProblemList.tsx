// Confirmation problems, each with the field to fix, in the UI language.
import { List, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Problem } from '../../../../shared/domain/confirmation';
import { fieldLabel, translateMessage } from '../../i18n/messages';

/** The problem, and for a line's missing value who must supply it: the catalogue product or the order. */
export function problemText(problem: Problem): string {
  const text = translateMessage(`problems.${problem.code}`, problem.params);
  const lacking = problem.params?.lacking;
  return lacking === 'product' || lacking === 'order' ? `${text} ${translateMessage(`whoLacks.${lacking}`, problem.params)}` : text;
}

export function ProblemList({ problems }: { problems: Problem[] }) {
  const { t } = useTranslation();
  return (
    <List spacing={4} size="sm">
      {problems.map((p, i) => (
        <List.Item key={`${p.field}-${p.code}-${i}`}>
          <Text span fw={600} size="sm">
            {fieldLabel(p.field, t)}
          </Text>
          {': '}
          {problemText(p)}
        </List.Item>
      ))}
    </List>
  );
}
