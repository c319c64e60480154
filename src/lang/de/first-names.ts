/**
 * Common given names in German-speaking countries by the gender they usually have, so a pronoun
 * („er“, „sie“) can agree with a person. Folded keys (lower case, umlauts spelled out). A name that
 * both genders bear („Kim“, „Toni“, „Luca“, „Sascha“) is left out: such a person's
 * gender stays unknown unless the text tells it („Frau“, „Ministerin“).
 */
import type { Gender } from './genders.ts';

const FEMININE = `
  agnes alexandra alina amelie andrea angela angelika anja anke anna annalena anne annegret annette antje
  astrid barbara beate bettina bianca birgit brigitte britta carina carmen carola caroline charlotte christa
  christiane christina christine claudia cordula corinna cornelia dagmar daniela diana doris dorothea edith
  elena elisabeth elke ellen elfriede emilia emma erika esther eva evelyn franziska frauke friederike gabriele
  gerda gisela gudrun hanna hannah heidi heike helene helga henrike hildegard ilona ilse imke ines inga
  ingeborg ingrid irene iris isabel isabell jana janina jasmin jessica johanna judith julia juliane jutta
  karin karina katharina kathrin katja katrin kerstin kirsten klara kristina lara laura lea lena lina lisa
  lydia maike mareike margarete margit maria marianne marie marina marion marlene martina melanie michaela
  miriam monika nadine nadja natalie nicole nina nora patricia paula petra pia priska ramona rebecca regina
  renate rita ronja rosemarie ruth sabine sabrina sandra sarah saskia silke simone sofia sonja stefanie
  stephanie susanne svenja swantje tanja tatjana theresa tina ulrike ursula ute vanessa vera verena veronika
  viktoria waltraud wiebke yvonne
`;

const MASCULINE = `
  achim adrian albert alexander alfred andreas armin arne arnold axel bastian benedikt benjamin bernd
  bernhard bertram bjoern boris burkhard carsten christian christoph christopher claus clemens daniel david
  dennis detlef dieter dietmar dirk dominik eberhard eckhard edgar egon elmar emil erich erik ernst erwin
  eugen fabian felix florian frank franz friedrich fritz georg gerald gerd gerhard gert gottfried gregor
  guenter guenther gunnar gustav hans harald hartmut heiko heinrich heinz helmut hendrik henning herbert
  hermann holger horst hubert hugo ingo jakob jan jens joachim jochen johann johannes jonas joerg josef
  juergen julian justus kai karl karsten klaus konrad konstantin kurt lars leon lorenz lothar lukas lutz
  manfred manuel marc marcel marco mario markus martin mathias matthias max maximilian michael moritz nico
  niklas nils norbert olaf oliver otto patrick paul peter philipp rainer ralf ralph reinhard reinhold rene
  richard robert roland rolf ruediger rudolf sebastian siegfried simon stefan steffen stephan sven
  thilo thomas thorsten tilo tim timo tobias torsten udo ulrich uwe volker walter werner wilfried wilhelm
  winfried wolfgang wolfram
`;

function genders(list: string, gender: Gender): [string, Gender][] {
  return list
    .split(/\s+/)
    .filter((w) => w.length > 0)
    .map((w) => [w, gender]);
}

/** Gender of a folded given name, where it is clear. */
export const FIRST_NAME_GENDER: ReadonlyMap<string, Gender> = new Map([
  ...genders(FEMININE, 'f'),
  ...genders(MASCULINE, 'm'),
]);
