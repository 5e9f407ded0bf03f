package org.sitrep.situation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.sitrep.model.Article;
import org.sitrep.model.Facts;
import org.sitrep.model.Quote;

/**
 * A Lucene full-text index over articles, quotes and merged events, in memory. Articles are added as they come;
 * the merged events, which change as articles merge, are replaced as a whole. Thread-safe.
 */
public final class SearchIndex implements AutoCloseable {
    private final StandardAnalyzer analyzer = new StandardAnalyzer();
    private final IndexWriter writer;

    private SearchIndex(IndexWriter writer) {
        this.writer = writer;
    }

    /** An empty index, open for additions. */
    public static SearchIndex empty() {
        ByteBuffersDirectory directory = new ByteBuffersDirectory();
        try {
            return new SearchIndex(new IndexWriter(directory, new IndexWriterConfig(new StandardAnalyzer())));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the search index", e);
        }
    }

    /** Indexes one article's text and the quotes of its facts. */
    public synchronized void add(Article a, Facts facts) {
        try {
            writer.addDocument(document("article", a.id(), a.published().map(Object::toString).orElse("undated")
                    + " " + a.source() + ": " + a.title(), snippetSource(a)));
            int n = 0;
            for (Quote quote : facts.quotes()) {
                writer.addDocument(document("quote", a.id() + "/q" + n++, quote.speaker(),
                        quote.speaker() + ": " + quote.text()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot index article " + a.id(), e);
        }
    }

    /** The text a hit's snippet is cut from: the title and the body. */
    public static String snippetSource(Article article) {
        return article.title() + "\n" + article.body().of(article.text());
    }

    /** Replaces every merged event in the index with these. */
    public synchronized void replaceEvents(List<MergedEvent> events) {
        try {
            writer.deleteDocuments(new org.apache.lucene.index.Term("kind", "event"));
            for (MergedEvent event : events) {
                String label = event.date().map(d -> d.first().toString()).orElse("undated") + " " + event.type()
                        + " " + event.actor().orElse("?") + event.place().map(p -> " @ " + p).orElse("");
                String text = label + "\n" + String.join("\n", event.reports().stream()
                        .map(r -> r.evidence().sentence()).distinct().toList());
                writer.addDocument(document("event", event.id(), label, text));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot index merged events", e);
        }
    }

    @Override
    public synchronized void close() {
        try {
            writer.close();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot close the search index", e);
        }
    }

    /** One search result: what kind of thing matched, its id, a label and the matching text. */
    public record Hit(String kind, String id, String label, String text, float score) {
    }

    /** An index of these articles and events (for one-off searches). */
    public static SearchIndex build(Iterable<Facts> facts, Function<String, Optional<Article>> articles,
                                    List<MergedEvent> events) {
        SearchIndex index = empty();
        for (Facts f : facts) {
            articles.apply(f.article().id()).ifPresent(article -> index.add(article, f));
        }
        index.replaceEvents(events);
        return index;
    }

    private static Document document(String kind, String id, String label, String text) {
        Document doc = new Document();
        doc.add(new StringField("kind", kind, Field.Store.YES));
        doc.add(new StringField("id", id, Field.Store.YES));
        doc.add(new StoredField("label", label));
        // An article's text is indexed, not kept: its snippet comes from the store, for the hits only.
        doc.add(new TextField("text", text, kind.equals("article") ? Field.Store.NO : Field.Store.YES));
        return doc;
    }

    /**
     * The best matches of a query of plain words, at most {@code limit}. Query syntax is taken literally: special
     * characters are escaped and AND, OR, NOT are lowercased into words (the analyzer lowercases all terms anyway).
     */
    public List<Hit> search(String query, int limit) {
        return search(query, limit, id -> Optional.empty());
    }

    /** As {@link #search(String, int)}, with article snippets cut from the texts that {@code articleText} gives. */
    public synchronized List<Hit> search(String query, int limit, Function<String, Optional<String>> articleText) {
        // A near-real-time reader sees what the writer added without a commit per article.
        try (DirectoryReader reader = DirectoryReader.open(writer)) {
            IndexSearcher searcher = new IndexSearcher(reader);
            QueryParser parser = new MultiFieldQueryParser(new String[] {"text"}, analyzer);
            List<Hit> hits = new ArrayList<>();
            String words = QueryParser.escape(query.toLowerCase(java.util.Locale.ROOT));
            for (ScoreDoc hit : searcher.search(parser.parse(words), limit).scoreDocs) {
                Document doc = searcher.storedFields().document(hit.doc);
                String text = doc.get("kind").equals("article")
                        ? articleText.apply(doc.get("id")).orElse(doc.get("label")) : doc.get("text");
                hits.add(new Hit(doc.get("kind"), doc.get("id"), doc.get("label"), snippet(text, query), hit.score));
            }
            return hits;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot search", e);
        } catch (ParseException e) {
            throw new IllegalArgumentException("cannot parse query \"" + query + "\": " + e.getMessage(), e);
        }
    }

    /** The line of the text that holds the first query word, or its start. */
    private static String snippet(String text, String query) {
        String lower = text.toLowerCase(java.util.Locale.ROOT);
        for (String word : query.toLowerCase(java.util.Locale.ROOT).split("\\s+")) {
            int at = lower.indexOf(word);
            if (at >= 0) {
                int start = Math.max(0, Math.max(text.lastIndexOf('\n', at) + 1, at - 120));
                int end = Math.min(text.length(), at + 160);
                int newline = text.indexOf('\n', at);
                return text.substring(start, newline > 0 && newline < end ? newline : end).strip();
            }
        }
        return text.substring(0, Math.min(200, text.length())).strip();
    }
}
