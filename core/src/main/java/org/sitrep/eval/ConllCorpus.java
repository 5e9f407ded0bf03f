package org.sitrep.eval;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A CoNLL-2003 file (word POS chunk tag, IOB1, -DOCSTART- between documents) as documents whose text is the
 * sentences' tokens joined by spaces, one sentence per line, with gold entities as character spans.
 */
public record ConllCorpus(List<Document> documents) {

    /** One document: its text, the character span of every token with its gold label, and the gold entities. */
    public record Document(String id, String text, List<TypedSpan> tokens, List<TypedSpan> entities) {
    }

    public static ConllCorpus read(Path file) {
        return parse(file.getFileName().toString(), EvalFiles.lines(file));
    }

    static ConllCorpus parse(String name, List<String> lines) {
        List<Document> documents = new ArrayList<>();
        Builder current = null;
        for (String line : lines) {
            if (line.startsWith("-DOCSTART-")) {
                if (current != null) {
                    documents.add(current.build());
                }
                current = new Builder(name + "#" + (documents.size() + 1));
                continue;
            }
            if (current == null) {
                current = new Builder(name + "#1");
            }
            if (line.isBlank()) {
                current.endSentence();
            } else {
                String[] fields = line.split(" ");
                current.token(fields[0], fields[fields.length - 1]);
            }
        }
        if (current != null) {
            documents.add(current.build());
        }
        documents.removeIf(d -> d.tokens().isEmpty());
        return new ConllCorpus(documents);
    }

    private static final class Builder {
        private final String id;
        private final StringBuilder text = new StringBuilder();
        private final List<TypedSpan> tokens = new ArrayList<>();
        private final List<TypedSpan> entities = new ArrayList<>();
        private int entityStart = -1;
        private int entityEnd = -1;
        private String entityType;
        private boolean sentenceOpen;

        Builder(String id) {
            this.id = id;
        }

        void token(String word, String tag) {
            if (sentenceOpen) {
                text.append(' ');
            }
            sentenceOpen = true;
            int start = text.length();
            text.append(word);
            String type = tag.equals("O") ? "O" : tag.substring(2);
            tokens.add(new TypedSpan(id, start, text.length(), type));
            boolean begins = tag.startsWith("B-") || !type.equals(entityType);
            if (entityType != null && (type.equals("O") || begins)) {
                closeEntity();
            }
            if (!type.equals("O")) {
                if (entityType == null) {
                    entityStart = start;
                    entityType = type;
                }
                entityEnd = text.length();
            }
        }

        void endSentence() {
            closeEntity();
            if (sentenceOpen) {
                text.append('\n');
                sentenceOpen = false;
            }
        }

        private void closeEntity() {
            if (entityType != null) {
                entities.add(new TypedSpan(id, entityStart, entityEnd, entityType));
                entityType = null;
            }
        }

        Document build() {
            endSentence();
            return new Document(id, text.toString(), tokens, entities);
        }
    }
}
