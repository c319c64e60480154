/**
 * Nouns that make a name with a complement or an adjective („Institut für Rechtsinformatik“,
 * „Nationales Forschungszentrum …“) but, before a word that is a name by itself, only say what kind
 * of thing it names: „des Förderprogramms LOEWE“, „das Kompetenzzentrum EC SPRIDE“, „vom Institut
 * ISPRAT“, „das Projekt Deutschland-Online-Infrastruktur“. Folded; a compound ending in one counts.
 */
export const KIND_HEADS: readonly string[] = ['programm', 'projekt', 'institut', 'zentrum'];
