import { describe, expect, it } from 'vitest';
import type { Annotator } from '../../../src/ingest/index.ts';
import { AnnotateAhead } from '../../../src/load/annotate-ahead.ts';
import type { Annotation } from '../../../src/nlp/annotation.ts';

/** A service that answers after a tick and records how many texts it holds at once. */
function recordingService() {
  const seen: string[] = [];
  let open = 0;
  let peak = 0;
  const annotator: Annotator = {
    async annotate(text) {
      seen.push(text);
      open += 1;
      peak = Math.max(peak, open);
      await new Promise((resolve) => setTimeout(resolve, 5));
      open -= 1;
      return { version: text, sentences: [] } as unknown as Annotation;
    },
  };
  return { annotator, seen, peak: () => peak };
}

/** A document's pass as the loader runs it: its text is the file name upper-cased. */
async function pass(annotator: Annotator, file: string): Promise<string> {
  const annotation = await annotator.annotate(file.toUpperCase());
  return annotation.version;
}

describe('AnnotateAhead', () => {
  it('keeps inFlight documents at the service beyond the one extracted, asks for each text once, answers in file order', async () => {
    const service = recordingService();
    const ahead = new AnnotateAhead(service.annotator, 3);
    const files = ['a', 'b', 'c', 'd', 'e'];
    const answers: string[] = [];
    for (const [index, file] of files.entries()) {
      ahead.lookAhead(files, index, (next) => pass(ahead.requester, next));
      answers.push(await pass(ahead, file));
    }
    expect(answers).toEqual(['A', 'B', 'C', 'D', 'E']);
    expect([...service.seen].sort()).toEqual(['A', 'B', 'C', 'D', 'E']);
    expect(service.peak()).toBe(4);
  });

  it('with inFlight 1 sends the next document while one is extracted', async () => {
    const service = recordingService();
    const ahead = new AnnotateAhead(service.annotator, 1);
    for (const [index, file] of ['a', 'b', 'c'].entries()) {
      ahead.lookAhead(['a', 'b', 'c'], index, (next) => pass(ahead.requester, next));
      await pass(ahead, file);
    }
    expect(service.peak()).toBe(2);
  });

  it('lets a failed request ahead fail the document in its own pass, not before', async () => {
    const failing: Annotator = { annotate: async () => Promise.reject(new Error('service down')) };
    const ahead = new AnnotateAhead(failing, 2);
    ahead.lookAhead(['a', 'b'], 0, (next) => pass(ahead.requester, next));
    await new Promise((resolve) => setTimeout(resolve, 5));
    await expect(pass(ahead, 'b')).rejects.toThrow('service down');
  });
});
