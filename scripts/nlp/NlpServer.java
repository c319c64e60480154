import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.util.CoreMap;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URL;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import morfologik.stemming.Dictionary;
import morfologik.stemming.DictionaryLookup;
import morfologik.stemming.WordData;

/**
 * A German CoreNLP pipeline (tokenize, ssplit, mwt, pos, ner, depparse) behind a small HTTP API,
 * bound to 127.0.0.1 unless told otherwise; every token also gets its lemma and morphology from
 * LanguageTool's German full-form dictionary (GermanMorphology below). The stock StanfordCoreNLPServer cannot choose its
 * listen address (it takes every interface, without authentication), hence this launcher.
 *
 * Run without a build: java -cp "<NLP_HOME>/lib/*" scripts/nlp/NlpServer.java --port 9000
 * Options: --port N, --bind ADDRESS (only for a container), --threads N, --max-bytes N.
 *
 * POST /annotate  UTF-8 text body -> {"sentences":[...]}; offsets are Java string indices
 *                 (UTF-16 code units) into the posted text; each token has lemma and feats.
 * GET  /ready     200 once the models are loaded, 503 before.
 * GET  /health    200 while the process runs, with the pipeline description (CoreNLP version,
 *                 annotators, morphology dictionary and version).
 * GET  /stats     annotate requests, characters and tokens served since start, and the
 *                 milliseconds spent on lemmas and morphology.
 *
 * A single source file (the launcher compiles one file), hence the second class at the end.
 */
public class NlpServer {
  static final String ANNOTATORS = "tokenize,ssplit,mwt,pos,ner,depparse";

  static volatile StanfordCoreNLP pipeline;
  static final AtomicLong requests = new AtomicLong();
  static final AtomicLong chars = new AtomicLong();
  static final AtomicLong tokens = new AtomicLong();
  static final AtomicLong morphologyNanos = new AtomicLong();
  static String version = "unknown";
  static GermanMorphology morphology;

  public static void main(String[] args) throws Exception {
    int port = 9000;
    String bind = "127.0.0.1";
    int threads = 2;
    int maxBytes = 1_000_000;
    for (int i = 0; i + 1 < args.length; i += 2) {
      switch (args[i]) {
        case "--port" -> port = Integer.parseInt(args[i + 1]);
        case "--bind" -> bind = args[i + 1];
        case "--threads" -> threads = Integer.parseInt(args[i + 1]);
        case "--max-bytes" -> maxBytes = Integer.parseInt(args[i + 1]);
        default -> throw new IllegalArgumentException("unknown option " + args[i]);
      }
    }
    Package pkg = StanfordCoreNLP.class.getPackage();
    if (pkg != null && pkg.getImplementationVersion() != null) version = pkg.getImplementationVersion();
    // Before the port opens: /health names the dictionary from the first answer on.
    morphology = GermanMorphology.load();

    // Annotation runs on at most `threads` workers; the extra HTTP threads keep /ready and
    // /health answering while every worker is busy.
    Semaphore workers = new Semaphore(threads);
    HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getByName(bind), port), 64);
    server.setExecutor(Executors.newFixedThreadPool(threads + 2));
    final int limit = maxBytes;
    server.createContext("/annotate", ex -> handle(ex, "POST", () -> annotate(ex, limit, workers)));
    server.createContext("/ready", ex -> handle(ex, "GET", () -> ready(ex)));
    server.createContext("/health", ex -> handle(ex, "GET", () -> health(ex)));
    server.createContext("/stats", ex -> handle(ex, "GET", () -> stats(ex)));
    server.createContext("/", ex -> handle(ex, null, () -> error(ex, 404, "NOT_FOUND", "No such route.")));
    server.start();
    System.out.println("NlpServer listening on " + bind + ":" + port + "; loading German models …");

    long t0 = System.nanoTime();
    Properties props = new Properties();
    try (InputStream in = NlpServer.class.getClassLoader().getResourceAsStream("StanfordCoreNLP-german.properties")) {
      if (in == null) throw new IllegalStateException("StanfordCoreNLP-german.properties not on the classpath: is the models-german jar installed?");
      props.load(in);
    }
    props.setProperty("annotators", ANNOTATORS);
    // A blank line ends a sentence: a heading without a full stop is not the subject of the next
    // paragraph, and a text annotated in paragraph chunks gives the same sentences as in one piece.
    props.setProperty("ssplit.newlineIsSentenceBreak", "two");
    preloadInParallel(props);
    long t1 = System.nanoTime();
    StanfordCoreNLP built = new StanfordCoreNLP(props);
    System.out.printf("models loaded in %.1f s, pipeline assembled in %.1f s%n", (t1 - t0) / 1e9, (System.nanoTime() - t1) / 1e9);
    built.process("Die Modelle werden geladen."); // touches every annotator once
    pipeline = built;
    System.out.printf("NlpServer ready in %.1f s (CoreNLP %s, %d workers)%n", (System.nanoTime() - t0) / 1e9, version, threads);
  }

  /**
   * The models load one after another in the pipeline's constructor; loading the tagger, the NER
   * model and the parser on their own threads first fills CoreNLP's annotator cache in parallel,
   * and the pipeline built afterwards takes them from there.
   */
  static void preloadInParallel(Properties props) throws Exception {
    List<String> groups = List.of("tokenize,ssplit,mwt,pos", "ner", "depparse");
    List<Thread> loaders = new java.util.ArrayList<>();
    java.util.concurrent.atomic.AtomicReference<Throwable> failure = new java.util.concurrent.atomic.AtomicReference<>();
    for (String group : groups) {
      Properties p = new Properties();
      p.putAll(props);
      p.setProperty("annotators", group);
      p.setProperty("enforceRequirements", "false");
      Thread t = new Thread(() -> {
        try { new StanfordCoreNLP(p); } catch (Throwable e) { failure.compareAndSet(null, e); }
      }, "load-" + group);
      t.start();
      loaders.add(t);
    }
    for (Thread t : loaders) t.join();
    if (failure.get() != null) throw new IllegalStateException("loading the models failed", failure.get());
  }

  interface Action { void run() throws IOException; }

  static void handle(HttpExchange ex, String method, Action action) throws IOException {
    try {
      if (method != null && !method.equals(ex.getRequestMethod())) {
        ex.getResponseHeaders().set("Allow", method);
        error(ex, 405, "METHOD_NOT_ALLOWED", "Use " + method + " for " + ex.getRequestURI().getPath() + ".");
      } else {
        action.run();
      }
    } catch (IOException e) {
      // The client went away (closed, timed out): nothing to answer.
      System.err.println("request aborted: " + e.getMessage());
    } catch (Throwable t) {
      System.err.println("request failed: " + t);
      t.printStackTrace();
      try { error(ex, 500, "NLP_FAILED", "Annotation failed."); } catch (IOException ignored) { }
    } finally {
      ex.close();
    }
  }

  static void ready(HttpExchange ex) throws IOException {
    if (pipeline == null) error(ex, 503, "NOT_READY", "The models are still loading.");
    else send(ex, 200, "{\"ready\":true}");
  }

  static void health(HttpExchange ex) throws IOException {
    send(ex, 200, "{\"status\":\"ok\",\"ready\":" + (pipeline != null) + ",\"corenlp\":" + str(version)
        + ",\"annotators\":" + str(ANNOTATORS) + ",\"morphology\":" + str(morphology.name) + "}");
  }

  static void stats(HttpExchange ex) throws IOException {
    send(ex, 200, "{\"requests\":" + requests.get() + ",\"chars\":" + chars.get() + ",\"tokens\":" + tokens.get()
        + ",\"morphologyMs\":" + morphologyNanos.get() / 1_000_000 + "}");
  }

  static void annotate(HttpExchange ex, int maxBytes, Semaphore workers) throws IOException {
    StanfordCoreNLP nlp = pipeline;
    if (nlp == null) { error(ex, 503, "NOT_READY", "The models are still loading."); return; }
    String type = ex.getRequestHeaders().getFirst("Content-Type");
    if (type != null && !type.toLowerCase().startsWith("text/plain")) {
      error(ex, 415, "UNSUPPORTED_MEDIA_TYPE", "Post the text as text/plain; charset=utf-8.");
      return;
    }
    byte[] body = readLimited(ex.getRequestBody(), maxBytes);
    if (body == null) { error(ex, 413, "PAYLOAD_TOO_LARGE", "The text exceeds " + maxBytes + " bytes; split it."); return; }
    String text;
    try {
      text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(body)).toString();
    } catch (CharacterCodingException e) {
      error(ex, 400, "BAD_ENCODING", "The body is not valid UTF-8.");
      return;
    }
    Annotation doc = new Annotation(text);
    workers.acquireUninterruptibly();
    try {
      nlp.annotate(doc);
    } finally {
      workers.release();
    }
    StringBuilder json = new StringBuilder(text.length() * 8 + 32);
    int count = writeDocument(json, doc, text);
    requests.incrementAndGet();
    chars.addAndGet(text.length());
    tokens.addAndGet(count);
    send(ex, 200, json.toString());
  }

  /** Our compact shape; returns the number of tokens written. */
  static int writeDocument(StringBuilder out, Annotation doc, String text) {
    int count = 0;
    out.append("{\"sentences\":[");
    List<CoreMap> sentences = doc.get(CoreAnnotations.SentencesAnnotation.class);
    for (int s = 0; s < sentences.size(); s++) {
      CoreMap sentence = sentences.get(s);
      List<CoreLabel> toks = sentence.get(CoreAnnotations.TokensAnnotation.class);
      if (s > 0) out.append(',');
      int[] heads = new int[toks.size()];
      String[] deps = new String[toks.size()];
      readDependencies(sentence, heads, deps);
      out.append("{\"start\":").append(toks.isEmpty() ? 0 : toks.get(0).beginPosition())
          .append(",\"end\":").append(toks.isEmpty() ? 0 : toks.get(toks.size() - 1).endPosition())
          .append(",\"tokens\":[");
      for (int t = 0; t < toks.size(); t++) {
        CoreLabel tok = toks.get(t);
        String ner = tok.ner() == null ? "O" : tok.ner();
        long m0 = System.nanoTime();
        GermanMorphology.Analysis analysis = morphology.analyse(tok.word(), tok.tag(), ner);
        morphologyNanos.addAndGet(System.nanoTime() - m0);
        if (t > 0) out.append(',');
        out.append("{\"word\":").append(str(tok.word()))
            .append(",\"start\":").append(tok.beginPosition())
            .append(",\"end\":").append(tok.endPosition())
            .append(",\"pos\":").append(str(tok.tag()))
            .append(",\"ner\":").append(str(ner))
            .append(",\"head\":").append(heads[t])
            .append(",\"dep\":").append(str(deps[t]))
            .append(",\"lemma\":").append(str(analysis.lemma()));
        analysis.writeLemmas(out);
        out.append(",\"feats\":");
        analysis.writeFeats(out);
        out.append('}');
      }
      count += toks.size();
      out.append("],\"entities\":[");
      writeEntities(out, sentence, text);
      out.append("]}");
    }
    out.append("]}");
    return count;
  }

  /** Basic UD dependencies as (head index, relation) per token; a token outside the graph hangs off the root. */
  static void readDependencies(CoreMap sentence, int[] heads, String[] deps) {
    java.util.Arrays.fill(heads, -1);
    java.util.Arrays.fill(deps, "dep");
    SemanticGraph graph = sentence.get(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class);
    if (graph == null) return;
    for (IndexedWord root : graph.getRoots()) {
      if (root.index() >= 1 && root.index() <= heads.length) deps[root.index() - 1] = "root";
    }
    for (SemanticGraphEdge edge : graph.edgeIterable()) {
      int dependent = edge.getDependent().index() - 1;
      if (dependent < 0 || dependent >= heads.length) continue;
      heads[dependent] = edge.getGovernor().index() - 1;
      deps[dependent] = edge.getRelation().toString();
    }
  }

  static void writeEntities(StringBuilder out, CoreMap sentence, String text) {
    List<CoreMap> mentions = sentence.get(CoreAnnotations.MentionsAnnotation.class);
    if (mentions == null) return;
    int sentenceTokenBegin = sentence.get(CoreAnnotations.TokenBeginAnnotation.class);
    boolean first = true;
    for (CoreMap m : mentions) {
      int start = m.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
      int end = m.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
      if (!first) out.append(',');
      first = false;
      out.append("{\"start\":").append(start).append(",\"end\":").append(end)
          .append(",\"ner\":").append(str(m.get(CoreAnnotations.NamedEntityTagAnnotation.class)))
          .append(",\"text\":").append(str(text.substring(start, end)))
          .append(",\"tokenStart\":").append(m.get(CoreAnnotations.TokenBeginAnnotation.class) - sentenceTokenBegin)
          .append(",\"tokenEnd\":").append(m.get(CoreAnnotations.TokenEndAnnotation.class) - sentenceTokenBegin)
          .append('}');
    }
  }

  /** The body, or null when it is longer than the limit (read no further than limit + 1 bytes). */
  static byte[] readLimited(InputStream in, int limit) throws IOException {
    ByteArrayOutputStream buf = new ByteArrayOutputStream();
    byte[] chunk = new byte[16384];
    int n;
    while ((n = in.read(chunk)) != -1) {
      buf.write(chunk, 0, n);
      if (buf.size() > limit) return null;
    }
    return buf.toByteArray();
  }

  static void error(HttpExchange ex, int status, String code, String message) throws IOException {
    send(ex, status, "{\"error\":{\"code\":" + str(code) + ",\"message\":" + str(message) + "}}");
  }

  static void send(HttpExchange ex, int status, String json) throws IOException {
    byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
    ex.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
    ex.sendResponseHeaders(status, bytes.length);
    try (OutputStream os = ex.getResponseBody()) { os.write(bytes); }
  }

  static String str(String s) {
    if (s == null) return "null";
    StringBuilder b = new StringBuilder(s.length() + 2).append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> b.append("\\\"");
        case '\\' -> b.append("\\\\");
        case '\n' -> b.append("\\n");
        case '\r' -> b.append("\\r");
        case '\t' -> b.append("\\t");
        default -> {
          if (c < 0x20) b.append(String.format("\\u%04x", (int) c));
          else b.append(c);
        }
      }
    }
    return b.append('"').toString();
  }
}

/**
 * Lemma, case, number and gender of a German token from LanguageTool's full-form dictionary
 * (de.danielnaber:german-pos-dict, CC BY-SA 4.0; a morfologik automaton, tagset in german_tags.txt
 * beside it). Every reading of the word whose tag family fits the token's UPOS counts: the lemma is
 * the one most of them name, the features are their union, so an ambiguous form keeps all its cases.
 * A feature is left out when one of those readings does not give it (an infinitive has no number).
 * A noun the dictionary lacks is read by its longest known final part („Digitalministerien“ →
 * „…ministerien“ → lemma „Digitalministerium“). No fitting reading: the lemma is the word itself.
 */
final class GermanMorphology {
  static final String DICTIONARY = "/org/languagetool/resource/de/german.dict";
  static final String POM_PROPERTIES = "/META-INF/maven/de.danielnaber/german-pos-dict/pom.properties";
  /** Words already analysed (per UPOS); a document repeats most of its words. */
  static final int CACHE_SIZE = 50_000;
  /** Shortest final part of a compound that counts („Stadtrat“ → „Rat“). */
  static final int MIN_PART = 3;
  /** Longer tokens (a URL, a code) are not split: each split is a lookup. */
  static final int MAX_COMPOUND = 64;

  static final String[] CASES = {"Nom", "Gen", "Dat", "Acc"};
  static final String[] NUMBERS = {"Sing", "Plur"};
  static final String[] GENDERS = {"Masc", "Fem", "Neut"};
  static final Map<String, Integer> CASE_BITS = Map.of("NOM", 1, "GEN", 2, "DAT", 4, "AKK", 8);
  // SIG stands where SIN is meant in a few entries (all four cases of „Flocke“).
  static final Map<String, Integer> NUMBER_BITS = Map.of("SIN", 1, "SIG", 1, "PLU", 2);
  // ALG: all genders (plural pronouns); NOG (no gender) gives none.
  static final Map<String, Integer> GENDER_BITS = Map.of("MAS", 1, "FEM", 2, "NEU", 4, "ALG", 7);
  static final int CASE = 1, NUMBER = 2, GENDER = 4, ALL = CASE | NUMBER | GENDER;

  /** One dictionary entry of a word: its lemma and LanguageTool tag (e.g. SUB:AKK:PLU:NEU). */
  record Reading(String lemma, String tag) {}

  /**
   * The answer for one token; case/number/gender are bit sets over CASES, NUMBERS, GENDERS. `others`
   * are the further lemmas the fitting readings name („geleitet“: „leiten“ beside „geleiten“; a
   * participle read as an adjective: its verb), so a reader can match any of them.
   */
  record Analysis(String lemma, List<String> others, int cases, int numbers, int genders) {
    Analysis(String lemma, int cases, int numbers, int genders) {
      this(lemma, List.of(), cases, numbers, genders);
    }

    Analysis withOthers(List<String> more) {
      List<String> all = new ArrayList<>(others);
      for (String m : more) if (!m.equals(lemma) && !all.contains(m)) all.add(m);
      return new Analysis(lemma, List.copyOf(all), cases, numbers, genders);
    }

    void writeLemmas(StringBuilder out) {
      if (others.isEmpty()) return;
      out.append(",\"lemmas\":[").append(NlpServer.str(lemma));
      for (String o : others) out.append(',').append(NlpServer.str(o));
      out.append(']');
    }

    void writeFeats(StringBuilder out) {
      out.append('{');
      boolean first = writeSet(out, "case", cases, CASES, true);
      first = writeSet(out, "number", numbers, NUMBERS, first);
      writeSet(out, "gender", genders, GENDERS, first);
      out.append('}');
    }

    private static boolean writeSet(StringBuilder out, String name, int bits, String[] values, boolean first) {
      if (bits == 0) return first;
      if (!first) out.append(',');
      out.append('"').append(name).append("\":[");
      boolean firstValue = true;
      for (int i = 0; i < values.length; i++) {
        if ((bits & (1 << i)) == 0) continue;
        if (!firstValue) out.append(',');
        firstValue = false;
        out.append('"').append(values[i]).append('"');
      }
      out.append(']');
      return false;
    }
  }

  /** Tag families to try for a UPOS, in order (the first that has a reading wins), and the features it carries. */
  record Families(String[][] order, int features) {}

  static final Map<String, Families> BY_UPOS = new HashMap<>();
  static {
    String[] adjectives = {"ADJ", "PA1", "PA2"};
    BY_UPOS.put("NOUN", new Families(new String[][] {{"SUB"}, {"EIG"}}, ALL));
    BY_UPOS.put("PROPN", new Families(new String[][] {{"EIG"}, {"SUB"}}, ALL));
    BY_UPOS.put("ADJ", new Families(new String[][] {adjectives}, ALL));
    BY_UPOS.put("DET", new Families(new String[][] {{"ART"}, {"PRO"}}, ALL));
    BY_UPOS.put("PRON", new Families(new String[][] {{"PRO"}, {"ART"}}, ALL));
    // A finite verb has a number; participles and infinitives have none.
    BY_UPOS.put("VERB", new Families(new String[][] {{"VER"}, {"PA2", "PA1"}}, NUMBER));
    BY_UPOS.put("AUX", new Families(new String[][] {{"VER"}}, NUMBER));
    // A preposition's tag names the cases it governs (PRP:LOK:DAT+AKK).
    BY_UPOS.put("ADP", new Families(new String[][] {{"PRP"}}, CASE));
    BY_UPOS.put("ADV", new Families(new String[][] {{"ADV"}, adjectives}, 0));
    BY_UPOS.put("PART", new Families(new String[][] {{"ZUS", "NEG", "ADV", "PRP"}}, 0));
    BY_UPOS.put("CCONJ", new Families(new String[][] {{"KON"}}, 0));
    BY_UPOS.put("SCONJ", new Families(new String[][] {{"KON"}}, 0));
    BY_UPOS.put("NUM", new Families(new String[][] {{"ZAL"}}, 0));
    BY_UPOS.put("INTJ", new Families(new String[][] {{"INJ"}}, 0));
  }
  static final String[] NOUN = {"SUB"};
  static final String[] VERB_FAMILY = {"VER"};
  /** Possessives: the dictionary names every one „mein“; the lemma is the word's own stem. */
  static final Pattern POSSESSIVE = Pattern.compile("(mein|dein|sein|ihr|unser|euer|eur)(e|er|em|en|es)?");

  /** "german-pos-dict-1.2.2": what /health reports and the client checks. */
  final String name;
  private final ThreadLocal<DictionaryLookup> lookups;
  private final Map<String, Analysis> cache = Collections.synchronizedMap(new LinkedHashMap<>(4096, 0.75f, true) {
    @Override protected boolean removeEldestEntry(Map.Entry<String, Analysis> eldest) { return size() > CACHE_SIZE; }
  });

  private GermanMorphology(String name, Dictionary dictionary) {
    this.name = name;
    // A DictionaryLookup reuses its buffers (not thread-safe); the dictionary itself is shared.
    this.lookups = ThreadLocal.withInitial(() -> new DictionaryLookup(dictionary));
  }

  static GermanMorphology load() throws IOException {
    URL url = GermanMorphology.class.getResource(DICTIONARY);
    if (url == null) {
      throw new IllegalStateException(DICTIONARY + " is not on the classpath: is german-pos-dict installed (npm run nlp:install)?");
    }
    String version = "unknown";
    URL pom = GermanMorphology.class.getResource(POM_PROPERTIES);
    if (pom != null) {
      try (BufferedReader in = new BufferedReader(new InputStreamReader(pom.openStream(), StandardCharsets.UTF_8))) {
        for (String line = in.readLine(); line != null; line = in.readLine()) {
          if (line.startsWith("version=")) version = line.substring("version=".length()).trim();
        }
      }
    }
    // The suffix names the answer's shape (2: further lemmas), so a client notices an older service.
    return new GermanMorphology("german-pos-dict-" + version + "-s2", Dictionary.read(url));
  }

  Analysis analyse(String word, String upos, String ner) {
    Families families = BY_UPOS.get(upos);
    if (families == null || word.isEmpty()) return new Analysis(word, 0, 0, 0);
    boolean person = "PERSON".equals(ner);
    String key = upos + (person ? "\u0001" : "\u0000") + word;
    Analysis cached = cache.get(key);
    if (cached != null) return cached;
    Analysis result = compute(word, upos, families, person);
    cache.put(key, result);
    return result;
  }

  private Analysis compute(String word, String upos, Families families, boolean person) {
    for (String[] family : families.order()) {
      for (String variant : variants(word)) {
        List<Reading> fit = readings(variant, family);
        if (!fit.isEmpty()) return withVerb(variant, family, summarise(variant, fit, families.features()));
      }
    }
    // A compound noun is not listed; a person's name is not a compound.
    if ((upos.equals("NOUN") || upos.equals("PROPN")) && !person && word.length() <= MAX_COMPOUND) {
      Analysis compound = compound(word, families.features());
      if (compound != null) return compound;
    }
    return new Analysis(word, 0, 0, 0);
  }

  /** A participle read as an adjective („das angesiedelte Amt“) also names its verb („ansiedeln“). */
  private Analysis withVerb(String form, String[] family, Analysis analysis) {
    if (!Arrays.asList(family).contains("PA2") && !Arrays.asList(family).contains("PA1")) return analysis;
    List<String> verbs = new ArrayList<>();
    for (Reading r : readings(form, VERB_FAMILY)) {
      if ((r.tag().contains("PA2") || r.tag().contains("PA1")) && !verbs.contains(r.lemma())) verbs.add(r.lemma());
    }
    if (verbs.isEmpty()) {
      // An inflected participle („angesiedelte“) is listed under its bare form only as an adjective.
      for (Reading r : readings(form, family)) {
        if (!r.tag().startsWith("PA")) continue;
        for (Reading v : readings(r.lemma(), VERB_FAMILY)) if (v.tag().contains("PA") && !verbs.contains(v.lemma())) verbs.add(v.lemma());
      }
    }
    return analysis.withOthers(verbs);
  }

  /** The word as written, with its first letter in the other case (sentence start), and an all-caps word capitalised. */
  static List<String> variants(String word) {
    List<String> out = new ArrayList<>(3);
    out.add(word);
    int first = word.codePointAt(0);
    int width = Character.charCount(first);
    if (Character.isLetter(first)) {
      int flipped = Character.isUpperCase(first) ? Character.toLowerCase(first) : Character.toUpperCase(first);
      if (flipped != first) out.add(new StringBuilder().appendCodePoint(flipped).append(word, width, word.length()).toString());
    }
    if (word.length() > 1 && word.equals(word.toUpperCase(Locale.GERMAN)) && !word.equals(word.toLowerCase(Locale.GERMAN))) {
      out.add(word.substring(0, width) + word.substring(width).toLowerCase(Locale.GERMAN));
    }
    return out;
  }

  /** The dictionary's readings of exactly this form whose tag starts with one of the families. */
  private List<Reading> readings(String form, String[] families) {
    List<WordData> found = lookups.get().lookup(form);
    List<Reading> out = new ArrayList<>(found.size());
    for (WordData data : found) {
      // WordData is reused by the next lookup: copy its text now.
      String tag = data.getTag() == null ? "" : data.getTag().toString();
      String family = tag.indexOf(':') < 0 ? tag : tag.substring(0, tag.indexOf(':'));
      for (String f : families) {
        if (f.equals(family)) {
          out.add(new Reading(data.getStem().toString(), tag));
          break;
        }
      }
    }
    return out;
  }

  /**
   * „Staatssekretärin“ → „Staats“ + „Sekretärin“: the longest final part (at least MIN_PART letters,
   * capitalised) that the dictionary knows as a noun gives features and the lemma's end. A part
   * beginning with a linking „s“ yields to the part after it („Landes|amt“, not „Lande|samt“).
   */
  private Analysis compound(String word, int features) {
    int n = word.length();
    for (int i = 2; i <= n - MIN_PART; i++) {
      if (!Character.isLetter(word.charAt(i))) continue;
      List<Reading> fit = readings(capitalised(word, i), NOUN);
      if (fit.isEmpty()) continue;
      if (word.charAt(i) == 's' && Character.isLetter(word.charAt(i - 1)) && word.charAt(i - 1) != 's' && n - i - 1 >= MIN_PART) {
        List<Reading> linked = readings(capitalised(word, i + 1), NOUN);
        if (!linked.isEmpty()) {
          i++;
          fit = linked;
        }
      }
      String part = capitalised(word, i);
      Analysis head = summarise(part, fit, features);
      String prefix = word.substring(0, i);
      String headLemma = prefix.endsWith("-") ? head.lemma() : lowerFirst(head.lemma());
      return new Analysis(prefix + headLemma, head.cases(), head.numbers(), head.genders());
    }
    return null;
  }

  private static String capitalised(String word, int from) {
    return Character.toUpperCase(word.charAt(from)) + word.substring(from + 1);
  }

  private static String lowerFirst(String s) {
    return s.isEmpty() ? s : Character.toLowerCase(s.charAt(0)) + s.substring(1);
  }

  /** Lemma named by most readings (ties: the one spelled like the form, then the first alphabetically); features united. */
  static Analysis summarise(String form, List<Reading> fit, int features) {
    Map<String, Integer> votes = new HashMap<>();
    int cases = 0, numbers = 0, genders = 0;
    boolean allCases = true, allNumbers = true, allGenders = true;
    for (Reading r : fit) {
      votes.merge(r.lemma(), 1, Integer::sum);
      int c = 0, nu = 0, g = 0;
      for (String field : r.tag().split(":")) {
        for (String value : field.split("\\+")) {
          c |= CASE_BITS.getOrDefault(value, 0);
          nu |= NUMBER_BITS.getOrDefault(value, 0);
          g |= GENDER_BITS.getOrDefault(value, 0);
        }
      }
      cases |= c;
      numbers |= nu;
      genders |= g;
      allCases &= c != 0;
      allNumbers &= nu != 0;
      allGenders &= g != 0;
    }
    String lemma = null;
    for (Map.Entry<String, Integer> e : votes.entrySet()) {
      if (lemma == null || better(e.getKey(), e.getValue(), lemma, votes.get(lemma), form)) lemma = e.getKey();
    }
    List<String> others = new ArrayList<>();
    for (String l : votes.keySet()) if (!l.equals(lemma)) others.add(ownLemma(l, form));
    others.sort(null);
    return new Analysis(
        ownLemma(lemma, form),
        List.copyOf(others),
        (features & CASE) != 0 && allCases ? cases : 0,
        (features & NUMBER) != 0 && allNumbers ? numbers : 0,
        (features & GENDER) != 0 && allGenders ? genders : 0);
  }

  private static boolean better(String lemma, int votes, String best, int bestVotes, String form) {
    if (votes != bestVotes) return votes > bestVotes;
    boolean spelled = lemma.equalsIgnoreCase(form), bestSpelled = best.equalsIgnoreCase(form);
    if (spelled != bestSpelled) return spelled;
    return lemma.compareTo(best) < 0;
  }

  /** The dictionary lemmatises personal pronouns to „ich“ and possessives to „mein“, losing the person: keep the word's own. */
  private static String ownLemma(String lemma, String form) {
    String lower = form.toLowerCase(Locale.GERMAN);
    if (lemma.equals("ich")) return lower;
    if (lemma.equals("mein")) {
      Matcher m = POSSESSIVE.matcher(lower);
      if (m.matches()) return m.group(1).equals("eur") ? "euer" : m.group(1);
      return lower;
    }
    return lemma;
  }
}
