/**
 * „Im Jahr 2019 wurde Tobias Brandt Bürgermeister von Alsfeld“ parsed with the role glued to the
 * name as one more word of it (`flat`) and „von Alsfeld“ hung on the name: a role noun is never
 * part of a person's name. The role takes the name's place in the clause, the person becomes its
 * subject (as in „Tobias Brandt ist Bürgermeister von Alsfeld“), and the phrases after the role are
 * the role's.
 */
import { officeOf } from '../lang/de/roles.ts';
import { childrenOf, type ParsedSentence, type ParsedToken, rehang } from './parse-tree.ts';

export function roleAfterName(s: ParsedSentence, role: ParsedToken): void {
  const name = s.tokens[role.head];
  if (role.dep !== 'flat' || !name || name.i > role.i || name.ner !== 'PERSON' || role.ner === 'PERSON')
    return;
  if (role.pos !== 'NOUN' || !officeOf(role.key)) return;
  const after = childrenOf(s, name).filter((c) => c.i > role.i && c !== role);
  const head = s.tokens[name.head];
  if (head) rehang(s, role, head, name.dep);
  else {
    name.children = name.children.filter((c) => c !== role.i);
    role.head = -1;
    role.dep = 'root';
  }
  rehang(s, name, role, 'nsubj');
  for (const c of after) rehang(s, c, role, c.dep);
}
