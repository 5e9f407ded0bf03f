package org.sitrep.eval;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads a MEANTIME (NewsReader, CAT format) article as a {@link TimeMlDocument}: tokens with sentence numbers, and
 * TIMEX3 markables anchored to tokens. MEANTIME annotates only an article's first sentences (title, date line and
 * the first few of the body), so the text keeps the sentences up to the last one a markable touches; an expression
 * the tagger finds further on would count as spurious though nobody annotated there. Tokens are joined by single
 * spaces, one sentence a line (the original spacing is not in the file). The document date is the value of the
 * markable with functionInDocument CREATION_TIME (where it is an ISO date), else the first full date (the date line).
 */
public final class MeantimeDocument {
    private record Token(int sentence, String text) {
    }

    private record Markable(String type, String value, boolean creationTime, List<String> tokenIds) {
    }

    private static final String FULL_DATE = "\\d{4}-\\d\\d-\\d\\d";
    private static final String DAY_FIRST_DATE = "\\d\\d-\\d\\d-\\d{4}";

    private MeantimeDocument() {
    }

    public static TimeMlDocument read(Path file) {
        return parse(file.getFileName().toString(), EvalFiles.text(file));
    }

    static TimeMlDocument parse(String id, String xml) {
        Map<String, Token> tokens = new HashMap<>();
        List<String> order = new ArrayList<>();
        List<Markable> markables = new ArrayList<>();
        int lastAnnotated = -1;
        try {
            XMLInputFactory factory = XMLInputFactory.newFactory();
            factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
            XMLStreamReader reader = factory.createXMLStreamReader(new StringReader(xml));
            String tokenId = null;
            int sentence = 0;
            StringBuilder tokenText = new StringBuilder();
            Markable markable = null;
            boolean inMarkables = false;
            while (reader.hasNext()) {
                int event = reader.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    switch (reader.getLocalName()) {
                        case "token" -> {
                            tokenId = reader.getAttributeValue(null, "t_id");
                            sentence = Integer.parseInt(reader.getAttributeValue(null, "sentence"));
                            tokenText.setLength(0);
                        }
                        case "Markables" -> inMarkables = true;
                        case "TIMEX3" -> markable = new Markable(reader.getAttributeValue(null, "type"),
                                Optional.ofNullable(reader.getAttributeValue(null, "value")).orElse(""),
                                "CREATION_TIME".equals(reader.getAttributeValue(null, "functionInDocument")),
                                new ArrayList<>());
                        case "token_anchor" -> {
                            String anchored = reader.getAttributeValue(null, "t_id");
                            if (inMarkables && tokens.containsKey(anchored)) {
                                lastAnnotated = Math.max(lastAnnotated, tokens.get(anchored).sentence());
                                if (markable != null) {
                                    markable.tokenIds().add(anchored);
                                }
                            }
                        }
                        default -> { }
                    }
                } else if (event == XMLStreamConstants.CHARACTERS && tokenId != null) {
                    tokenText.append(reader.getText());
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    switch (reader.getLocalName()) {
                        case "token" -> {
                            tokens.put(tokenId, new Token(sentence, tokenText.toString().strip()));
                            order.add(tokenId);
                            tokenId = null;
                        }
                        case "TIMEX3" -> {
                            if (markable != null && !markable.tokenIds().isEmpty()) {
                                markables.add(markable);
                            }
                            markable = null;
                        }
                        case "Markables" -> inMarkables = false;
                        default -> { }
                    }
                }
            }
        } catch (XMLStreamException e) {
            throw new IllegalArgumentException(id + ": malformed MEANTIME file: " + e.getMessage(), e);
        }
        StringBuilder text = new StringBuilder();
        Map<String, int[]> offsets = new HashMap<>();
        int previousSentence = -1;
        for (String tokenId : order) {
            Token token = tokens.get(tokenId);
            if (token.sentence() > lastAnnotated) {
                break;
            }
            if (previousSentence >= 0) {
                text.append(token.sentence() != previousSentence ? "\n" : " ");
            }
            previousSentence = token.sentence();
            offsets.put(tokenId, new int[] {text.length(), text.length() + token.text().length()});
            text.append(token.text());
        }
        Optional<LocalDate> creation = Optional.empty();
        List<TimeMlDocument.Timex> timexes = new ArrayList<>();
        for (Markable m : markables) {
            if (m.creationTime() && m.value().matches(FULL_DATE + ".*")) {
                creation = Optional.of(LocalDate.parse(m.value().substring(0, 10)));
            } else if (m.creationTime() && m.value().matches(DAY_FIRST_DATE)) { // one article writes 03-02-2009
                creation = Optional.of(LocalDate.parse(m.value(), DateTimeFormatter.ofPattern("dd-MM-yyyy")));
            }
            int start = Integer.MAX_VALUE;
            int end = -1;
            for (String tokenId : m.tokenIds()) {
                int[] span = offsets.get(tokenId);
                start = Math.min(start, span[0]);
                end = Math.max(end, span[1]);
            }
            timexes.add(new TimeMlDocument.Timex(start, end, m.type(), m.value()));
        }
        timexes.sort(java.util.Comparator.comparingInt(TimeMlDocument.Timex::start));
        if (creation.isEmpty()) { // a few articles do not mark their date line as the creation time
            creation = timexes.stream().map(TimeMlDocument.Timex::value).filter(v -> v.matches(FULL_DATE))
                    .findFirst().map(LocalDate::parse);
        }
        return new TimeMlDocument(id, creation.orElseThrow(() -> new IllegalArgumentException(id + ": no DCT")),
                text.toString(), List.copyOf(timexes));
    }
}
