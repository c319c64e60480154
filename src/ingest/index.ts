export { buildCatalog, type Catalog, type CatalogEntry, loadCatalog, parseCatalogText } from './catalog.ts';
export { type CabinetTable, extractCabinet, ministryFromOffice, splitTitles } from './components/cabinet.ts';
export { acronymFits, type Definition, findDefinitions } from './definitions.ts';
export type { Annotator, Doc, DocMeta, PipelineContext } from './doc.ts';
export { foldCase, foldKey, foldWords, searchText } from './fold.ts';
export { nominative, typeFromHead, typeOfName } from './heads.ts';
export { type Match, MatchIndex, selectMatches, type Term, type Token, tokenize } from './matcher.ts';
export { type NormalisedText, normalise, toOriginal } from './normalise.ts';
export { assignPages, findPageCitations, type PageCitation } from './pages.ts';
export {
  catalogIndex,
  type ExtractOptions,
  extractDocument,
  extractText,
  ingestDocument,
  ingestText,
  newDoc,
  PIPELINE,
  pipelineContext,
  runPipeline,
} from './pipeline.ts';
export { type DocumentMeta, readDocument, type SourceDocument } from './read.ts';
export { EntityRegistry } from './resolve.ts';
export { findSections } from './sections.ts';
export { type Sentence, splitSentences } from './sentences.ts';
export { slug } from './slug.ts';
