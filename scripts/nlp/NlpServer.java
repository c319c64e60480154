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
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A German CoreNLP pipeline (tokenize, ssplit, mwt, pos, ner, depparse) behind a small HTTP API,
 * bound to 127.0.0.1 unless told otherwise. The stock StanfordCoreNLPServer cannot choose its
 * listen address (it takes every interface, without authentication), hence this launcher.
 *
 * Run without a build: java -cp "<NLP_HOME>/lib/*" scripts/nlp/NlpServer.java --port 9000
 * Options: --port N, --bind ADDRESS (only for a container), --threads N, --max-bytes N.
 *
 * POST /annotate  UTF-8 text body -> {"sentences":[...]}; offsets are Java string indices
 *                 (UTF-16 code units) into the posted text.
 * GET  /ready     200 once the models are loaded, 503 before.
 * GET  /health    200 while the process runs, with the pipeline description.
 * GET  /stats     annotate requests, characters and tokens served since start.
 */
public class NlpServer {
  static final String ANNOTATORS = "tokenize,ssplit,mwt,pos,ner,depparse";

  static volatile StanfordCoreNLP pipeline;
  static final AtomicLong requests = new AtomicLong();
  static final AtomicLong chars = new AtomicLong();
  static final AtomicLong tokens = new AtomicLong();
  static String version = "unknown";

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
        + ",\"annotators\":" + str(ANNOTATORS) + "}");
  }

  static void stats(HttpExchange ex) throws IOException {
    send(ex, 200, "{\"requests\":" + requests.get() + ",\"chars\":" + chars.get() + ",\"tokens\":" + tokens.get() + "}");
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
        if (t > 0) out.append(',');
        out.append("{\"word\":").append(str(tok.word()))
            .append(",\"start\":").append(tok.beginPosition())
            .append(",\"end\":").append(tok.endPosition())
            .append(",\"pos\":").append(str(tok.tag()))
            .append(",\"ner\":").append(str(tok.ner() == null ? "O" : tok.ner()))
            .append(",\"head\":").append(heads[t])
            .append(",\"dep\":").append(str(deps[t])).append('}');
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
