package org.sitrep.ingest;

import com.rometools.rome.io.impl.DateParser;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Entities;
import org.sitrep.model.Span;

/**
 * RSS (0.9x, 1.0, 2.0) and Atom feeds: one article per entry, its HTML content reduced to text. The feed is read
 * as a stream (StAX), one entry at a time, so its size does not bound memory and the entries before a
 * malformed part still come through. No DTD is accepted: external entities (XXE) and entity expansion are
 * impossible. Dates are read with ROME's lenient RFC 822 / W3C parser. Thread-safe.
 */
public final class FeedFormat implements StreamingFormat {
    private static final Set<String> ROOTS = Set.of("rss", "RDF", "feed");
    private static final Set<String> ENTRIES = Set.of("item", "entry");
    private static final int MAX_DATE_CHARS = 200;
    private static final int PROLOG_BYTES = 512;
    /** The encoding in an XML prolog; bounded quantifiers, so no input makes it backtrack for long. */
    private static final Pattern DECLARED_ENCODING = Pattern.compile(
            "^<\\?xml[^>]{0,200}?encoding\\s{0,20}=\\s{0,20}[\"']([A-Za-z0-9._:-]{1,40})[\"']");

    @Override
    public Parsed parse(String origin, String xml) {
        return open(origin, null, new StringReader(xml)).collect();
    }

    @Override
    public ParsedStream stream(String origin, InputStream in) {
        return open(origin, in, null);
    }

    private static ParsedStream open(String origin, InputStream bytes, Reader chars) {
        Entries entries = new Entries(origin);
        try {
            XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
            factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
            factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
            factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
            entries.xml = factory.createXMLStreamReader(bytes != null ? decoding(bytes) : chars);
        } catch (XMLStreamException e) {
            entries.opening = malformed(origin, e);
        } catch (IOException e) {
            entries.opening = new BadInputException(origin, LimitedInputStream.oversized(e)
                    .orElse("cannot read: " + e.getMessage()), e);
        } catch (IllegalArgumentException e) {
            entries.opening = new BadInputException(origin, "malformed RSS/Atom feed: " + e.getMessage(), e);
        }
        return ParsedStream.closing(() -> {
            try {
                if (entries.xml != null) {
                    entries.xml.close();
                }
            } catch (XMLStreamException ignored) {
                // closing a reader frees nothing we depend on
            } finally {
                if (bytes != null) {
                    bytes.close();
                }
            }
        }, () -> Optional.ofNullable(entries.next()));
    }

    /** The reading state: where in the document the reader stands and what the feed said so far. */
    private static final class Entries {
        private final String origin;
        private XMLStreamReader xml;
        private BadInputException opening;
        private boolean started;
        private boolean ended;
        private int index;
        private String feedTitle;

        Entries(String origin) {
            this.origin = origin;
        }

        ParsedItem next() {
            if (ended) {
                return null;
            }
            if (opening != null) {
                return fatal(opening);
            }
            try {
                if (!started) {
                    started = true;
                    if (!toRoot()) {
                        return fatal(new BadInputException(origin, "malformed RSS/Atom feed: no root element"));
                    }
                    if (!ROOTS.contains(xml.getLocalName())) {
                        return fatal(new BadInputException(origin, "malformed RSS/Atom feed: root element <"
                                + xml.getLocalName() + "> is not rss, rdf:RDF or feed"));
                    }
                }
                // Walk to the next entry; a feed title met on the way (a title outside entries) is remembered.
                while (xml.hasNext()) {
                    int event = xml.next();
                    if (event == XMLStreamConstants.DTD) {
                        return fatal(noDoctype());
                    }
                    if (event == XMLStreamConstants.START_ELEMENT) {
                        String name = xml.getLocalName();
                        if (ENTRIES.contains(name)) {
                            index++;
                            return entry(origin + "#" + index);
                        }
                        if (name.equals("title") && feedTitle == null) {
                            feedTitle = plain(xml).strip();
                        }
                    }
                }
                ended = true;
                return index == 0 ? new ParsedItem.Problem(new BadInputException(origin, "feed without entries"), true)
                        : null;
            } catch (XMLStreamException e) {
                return fatal(malformed(origin, e));
            } catch (RuntimeException e) {
                // The JDK's parser throws unchecked errors on some broken inputs: still this feed's problem only.
                return fatal(new BadInputException(origin, "malformed RSS/Atom feed: " + e.getMessage(), e));
            }
        }

        /** Moves to the root element; false when the document has none. */
        private boolean toRoot() throws XMLStreamException {
            while (xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamConstants.DTD) {
                    throw new DoctypeRefused();
                }
                if (event == XMLStreamConstants.START_ELEMENT) {
                    return true;
                }
            }
            return false;
        }

        /** Reads one entry (the reader on its start tag) up to its end tag. */
        private ParsedItem entry(String entryOrigin) throws XMLStreamException {
            Entry entry = new Entry();
            // Each child is read up to its own end tag, so the next end tag met here is the entry's.
            for (int event = xml.next(); event != XMLStreamConstants.END_ELEMENT; event = xml.next()) {
                if (event == XMLStreamConstants.START_ELEMENT) {
                    entry.read(xml);
                }
            }
            String text = entry.articleText();
            if (text.isBlank()) {
                return new ParsedItem.Problem(new BadInputException(entryOrigin, "feed entry without text"), false);
            }
            return new ParsedItem.Document(new ParsedDocument(entryOrigin, text, new Span(0, text.length()),
                    Optional.ofNullable(entry.title).map(String::strip), entry.published(),
                    Optional.ofNullable(feedTitle), Optional.ofNullable(entry.link())));
        }

        private ParsedItem fatal(BadInputException problem) {
            ended = true;
            return new ParsedItem.Problem(problem, true);
        }

        private BadInputException noDoctype() {
            return new BadInputException(origin, "malformed RSS/Atom feed: a DOCTYPE is not allowed "
                    + "(no DTDs, external entities or entity expansion)");
        }

        private BadInputException malformed(String where, XMLStreamException e) {
            if (e instanceof DoctypeRefused) {
                return noDoctype();
            }
            return FeedFormat.malformed(where, e);
        }
    }

    /** What one entry said, field by field (its child elements, read whole as they come). */
    private static final class Entry {
        private String title;
        private String link;
        private String permaLink;
        private String published;
        private String updated;
        private final StringBuilder contents = new StringBuilder();
        private String description;

        /** Reads the child element the reader stands on, up to its end tag. */
        void read(XMLStreamReader xml) throws XMLStreamException {
            String name = xml.getLocalName();
            String namespace = Optional.ofNullable(xml.getNamespaceURI()).orElse("");
            switch (name) {
                case "title" -> title = first(title, plain(xml));
                case "link" -> {
                    String href = xml.getAttributeValue(null, "href");
                    String rel = xml.getAttributeValue(null, "rel");
                    String value = href != null ? href : text(xml);
                    if (href != null) {
                        skip(xml);
                    }
                    if (rel == null || rel.equals("alternate")) {
                        link = first(link, value.strip());
                    }
                }
                case "guid" -> {
                    boolean permalink = !"false".equalsIgnoreCase(xml.getAttributeValue(null, "isPermaLink"));
                    String value = text(xml).strip();
                    if (permalink && (value.startsWith("http://") || value.startsWith("https://"))) {
                        permaLink = first(permaLink, value);
                    }
                }
                case "pubDate", "published", "issued", "created" -> published = first(published, text(xml));
                case "date" -> {
                    String value = text(xml);
                    if (namespace.contains("purl.org/dc")) {
                        published = first(published, value);
                    }
                }
                case "updated", "modified" -> updated = first(updated, text(xml));
                case "encoded" -> contents.append(text(xml)).append('\n');
                case "content" -> contents.append(markupOrText(xml)).append('\n');
                case "description", "summary" -> description = first(description, markupOrText(xml));
                default -> skip(xml);
            }
        }

        String articleText() {
            String html = !contents.isEmpty() ? contents.toString() : description == null ? "" : description;
            return textOf(html);
        }

        String link() {
            return link != null && !link.isEmpty() ? link : permaLink;
        }

        Optional<LocalDate> published() {
            return date(published).or(() -> date(updated));
        }

        private static String first(String current, String candidate) {
            return current != null ? current : candidate;
        }
    }

    /**
     * The HTML an element holds: its text for escaped HTML (RSS, Atom {@code type="html"}), its child markup for
     * Atom {@code type="xhtml"}, its text escaped for Atom {@code type="text"}.
     */
    private static String markupOrText(XMLStreamReader xml) throws XMLStreamException {
        String type = Optional.ofNullable(xml.getAttributeValue(null, "type")).orElse("").toLowerCase(Locale.ROOT);
        if (type.equals("xhtml") || type.endsWith("xml")) {
            return markup(xml);
        }
        String text = text(xml);
        return type.equals("text") || type.equals("text/plain") ? Entities.escape(text) : text;
    }

    /** The element's text with any HTML markup in it dropped (titles may be typed HTML in Atom). */
    private static String plain(XMLStreamReader xml) throws XMLStreamException {
        String type = Optional.ofNullable(xml.getAttributeValue(null, "type")).orElse("").toLowerCase(Locale.ROOT);
        boolean html = type.equals("html") || type.equals("xhtml") || type.equals("text/html");
        String text = html && type.equals("xhtml") ? markup(xml) : text(xml);
        return html ? Jsoup.parseBodyFragment(text).body().text() : text;
    }

    /** The text of the element the reader stands on (all descendants), the reader left on its end tag. */
    private static String text(XMLStreamReader xml) throws XMLStreamException {
        StringBuilder text = new StringBuilder();
        int depth = 0;
        while (true) {
            int event = xml.next();
            switch (event) {
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE ->
                        text.append(xml.getText());
                case XMLStreamConstants.START_ELEMENT -> depth++;
                case XMLStreamConstants.END_ELEMENT -> {
                    if (depth == 0) {
                        return text.toString();
                    }
                    depth--;
                }
                default -> {
                }
            }
        }
    }

    /** The element's content as HTML markup (tags without attributes, text escaped), for inline XHTML. */
    private static String markup(XMLStreamReader xml) throws XMLStreamException {
        StringBuilder html = new StringBuilder();
        int depth = 0;
        while (true) {
            int event = xml.next();
            switch (event) {
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE ->
                        html.append(Entities.escape(xml.getText()));
                case XMLStreamConstants.START_ELEMENT -> {
                    depth++;
                    html.append('<').append(xml.getLocalName()).append('>');
                }
                case XMLStreamConstants.END_ELEMENT -> {
                    if (depth == 0) {
                        return html.toString();
                    }
                    depth--;
                    html.append("</").append(xml.getLocalName()).append('>');
                }
                default -> {
                }
            }
        }
    }

    private static void skip(XMLStreamReader xml) throws XMLStreamException {
        int depth = 0;
        while (true) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                if (depth == 0) {
                    return;
                }
                depth--;
            }
        }
    }

    /** An entry's HTML as text: one line per paragraph, list item, quote or heading. */
    private static String textOf(String html) {
        var page = Jsoup.parseBodyFragment(html);
        page.outputSettings().prettyPrint(false);
        StringBuilder text = new StringBuilder();
        var blocks = page.body().select("p, li, blockquote, h1, h2, h3, h4");
        if (blocks.isEmpty()) {
            text.append(page.body().text());
        } else {
            blocks.forEach(block -> text.append(block.text()).append('\n'));
        }
        return text.toString().strip();
    }

    /** The day a feed date names (RFC 822, W3C or the formats {@link Dates} knows), in UTC. */
    static Optional<LocalDate> date(String value) {
        if (value == null || value.isBlank() || value.length() > MAX_DATE_CHARS) {
            return Optional.empty();
        }
        String trimmed = value.strip();
        Date parsed = DateParser.parseDate(trimmed, Locale.US);
        if (parsed != null) {
            return Optional.of(parsed.toInstant().atZone(ZoneOffset.UTC).toLocalDate());
        }
        return Dates.parse(trimmed);
    }

    private static BadInputException malformed(String origin, XMLStreamException e) {
        Optional<String> oversized = LimitedInputStream.oversized(e);
        if (oversized.isPresent()) {
            return new BadInputException(origin, oversized.get() + "; the rest of the feed is not read", e);
        }
        String message = String.valueOf(e.getMessage());
        int cut = message.indexOf("Message: ");
        String problem = cut >= 0 ? message.substring(cut + "Message: ".length()) : message;
        if (LimitedInputStream.causeOf(e, CharacterCodingException.class).isPresent()) {
            problem = "not valid text in its encoding (UTF-8 unless the prolog declares another)";
        }
        String at = e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNumber() + ", column "
                + e.getLocation().getColumnNumber();
        return new BadInputException(origin, "malformed RSS/Atom feed" + at + ": " + problem.strip(), e);
    }

    /**
     * The feed's characters, decoded strictly in the encoding its prolog declares (UTF-8 by default): our own
     * decoder, because the JDK parser prints encoding errors to the console before it throws them.
     */
    private static Reader decoding(InputStream in) throws IOException {
        BufferedInputStream buffered = new BufferedInputStream(in, 8192);
        buffered.mark(PROLOG_BYTES);
        byte[] head = buffered.readNBytes(PROLOG_BYTES);
        buffered.reset();
        Charset charset = StandardCharsets.UTF_8;
        if (head.length >= 3 && (head[0] & 0xff) == 0xEF && (head[1] & 0xff) == 0xBB && (head[2] & 0xff) == 0xBF) {
            buffered.skipNBytes(3);
        } else {
            Matcher declared = DECLARED_ENCODING.matcher(new String(head, StandardCharsets.ISO_8859_1));
            if (declared.find()) {
                try {
                    charset = Charset.forName(declared.group(1));
                } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
                    throw new IllegalArgumentException("unknown encoding " + declared.group(1), e);
                }
            }
        }
        return new InputStreamReader(buffered, charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT));
    }

    /** A document type declaration: refused before any entity in it could be used. */
    private static final class DoctypeRefused extends XMLStreamException {
        private static final long serialVersionUID = 1L;

        DoctypeRefused() {
            super("DOCTYPE refused");
        }
    }
}
