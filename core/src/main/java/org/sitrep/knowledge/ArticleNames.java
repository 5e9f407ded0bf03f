package org.sitrep.knowledge;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.sitrep.language.LanguagePack;
import org.sitrep.language.WordList;
import org.sitrep.model.EntityType;
import org.sitrep.model.Mention;
import org.sitrep.nlp.Annotated;
import org.sitrep.nlp.Sentence;
import org.sitrep.nlp.Token;

/**
 * The names an article gives in full and then uses short: a person's surname or first name, an organisation's name
 * without its company form, and two names the NER joined by a conjunction where the article names each on its own.
 */
final class ArticleNames {
    /** How sure a bare surname the NER missed is of naming the article's person of that full name. */
    private static final double SURNAME_CONFIDENCE = 0.7;

    private final LanguagePack pack;
    private final LocativeUse locative;

    ArticleNames(LanguagePack pack, LocativeUse locative) {
        this.pack = pack;
        this.locative = locative;
    }

    /**
     * The article's mentions with their short names resolved: {@code linked} as the sentences linked them (for the
     * organisations' short names), {@code placed} after places were read by name (for the persons' full names).
     */
    List<LinkedMention> resolve(Annotated annotated, List<LinkedMention> linked, List<LinkedMention> placed) {
        Map<String, String> shortNames = shortNames(linked);
        Map<String, String> fullNames = fullNames(placed);
        List<LinkedMention> named = untaggedSurnames(annotated, fullNames,
                resolveSurnames(annotated, fullNames, placed));
        return resolveShortNames(annotated, shortNames, splitCoordinated(annotated, shortNames, named));
    }

    /** The short names of the article's organisations ("Magna" of "Magna International Inc"), each to its full name. */
    private Map<String, String> shortNames(List<LinkedMention> mentions) {
        Map<String, String> fullNames = new HashMap<>();
        for (LinkedMention m : mentions) {
            if (m.mention().type() == EntityType.ORGANIZATION && m.actor().isEmpty()) {
                String[] words = m.mention().text().split(" ");
                for (int k = words.length - 1; k > 0 && pack.has(WordList.ORGANISATION_FORMS, words[k]); k--) {
                    fullNames.putIfAbsent(String.join(" ", Arrays.copyOf(words, k)), m.mention().canonical());
                }
            }
        }
        return fullNames;
    }
    /**
     * "Mercantile and Commerce" that the NER read as one name is two where the article names each on its own
     * ("Mercantile", "Commerce Bancshares Inc"); a name with a conjunction of its own stands ("Trinidad and Tobago").
     */
    private static List<LinkedMention> splitCoordinated(Annotated annotated, Map<String, String> shortNames,
                                                        List<LinkedMention> mentions) {
        Set<String> names = new HashSet<>(shortNames.keySet());
        mentions.forEach(m -> names.add(m.mention().text()));
        String text = annotated.article().text();
        List<LinkedMention> out = new ArrayList<>(mentions.size());
        for (LinkedMention m : mentions) {
            List<Token> tokens = annotated.sentences().get(m.sentence()).tokens();
            int conjunction = -1;
            for (int k = m.firstToken() + 1; k < m.lastToken(); k++) {
                Token t = tokens.get(k);
                if (t.pos().equals("CC") && t.word().chars().allMatch(Character::isLowerCase)) {
                    conjunction = k;
                }
            }
            if (conjunction < 0 || m.actor().isPresent() || m.place().isPresent()) {
                out.add(m);
                continue;
            }
            List<LinkedMention> parts = List.of(part(text, tokens, m, m.firstToken(), conjunction - 1),
                    part(text, tokens, m, conjunction + 1, m.lastToken()));
            if (parts.stream().allMatch(p -> names.contains(p.mention().text()))) {
                out.addAll(parts);
            } else {
                out.add(m);
            }
        }
        return out;
    }
    private static LinkedMention part(String text, List<Token> tokens, LinkedMention whole, int first, int last) {
        Mention m = whole.mention();
        String phrase = text.substring(tokens.get(first).begin(), tokens.get(last).end());
        return new LinkedMention(whole.sentence(), first, last, new Mention(phrase, tokens.get(first).begin(),
                tokens.get(last).end(), m.type(), phrase, Optional.empty(), Optional.empty(), Optional.empty(),
                m.confidence()), Optional.empty(), Optional.empty());
    }
    /**
     * "Magna" beside "Magna International Inc": the words an organisation's full name in the article opens with, where
     * the rest is its company's form, name that organisation outside a place's context, whatever the NER or the
     * gazetteer read in them.
     */
    private List<LinkedMention> resolveShortNames(Annotated annotated, Map<String, String> fullNames,
                                                  List<LinkedMention> mentions) {
        if (fullNames.isEmpty()) {
            return mentions;
        }
        List<LinkedMention> resolved = new ArrayList<>(mentions.size());
        for (LinkedMention m : mentions) {
            Mention mention = m.mention();
            String full = fullNames.get(mention.text());
            if (full != null && mention.type() != EntityType.ORGANIZATION && m.actor().isEmpty()
                    && !locative.isLocative(annotated.sentences().get(m.sentence()), m.lastToken())) {
                resolved.add(new LinkedMention(m.sentence(), m.firstToken(), m.lastToken(), new Mention(mention.text(),
                        mention.start(), mention.end(), EntityType.ORGANIZATION, full, Optional.empty(),
                        Optional.empty(), Optional.empty(), mention.confidence()), Optional.empty(), Optional.empty()));
            } else {
                resolved.add(m);
            }
        }
        return resolved;
    }
    /**
     * "Alloush" after "Mahmoud Alloush", "Suu Kyi" after "Aung San Suu Kyi": the end of a person's full name used
     * elsewhere in the article names that person. Where the NER typed it otherwise, the full name is the evidence:
     * a bare surname it called an organisation, or a place or state it knows by that name outside a place's context
     * ("Washington came charging back" after "MaliVai Washington", "Jordan said" after "Neil Jordan"); "in
     * Washington" stays the place.
     */
    private List<LinkedMention> resolveSurnames(Annotated annotated, Map<String, String> fullNames,
                                                List<LinkedMention> mentions) {
        // "Ed, a teacher himself, said" after "Ed Kassig": a first name alone is the one person of the article so
        // named (none where two share it: "John" beside John Kerry and John McCain)
        Map<String, Optional<String>> firstNames = new HashMap<>();
        for (LinkedMention m : mentions) {
            if (unknownFullName(m)) {
                String canonical = m.mention().canonical();
                firstNames.merge(canonical.substring(0, canonical.indexOf(' ')), Optional.of(canonical),
                        (a, b) -> a.equals(b) ? a : Optional.empty());
            }
        }
        List<LinkedMention> resolved = new ArrayList<>(mentions.size());
        for (LinkedMention m : mentions) {
            Mention mention = m.mention();
            String full = fullNames.getOrDefault(mention.canonical(), mention.type() == EntityType.PERSON
                    && m.firstToken() == m.lastToken() ? firstNames.getOrDefault(mention.canonical(), Optional.empty())
                    .orElse(null) : null);
            boolean nameLike = mention.type() == EntityType.PERSON || mention.type() == EntityType.ORGANIZATION
                    || mention.type() == EntityType.MISC;
            if (nameLike && m.actor().isEmpty() && m.place().isEmpty() && full != null) {
                // the NER sometimes types a bare surname as an organisation; the article's full name says person
                resolved.add(new LinkedMention(m.sentence(), m.firstToken(), m.lastToken(), new Mention(mention.text(),
                        mention.start(), mention.end(), EntityType.PERSON, full, mention.ref(), mention.lat(),
                        mention.lon(), mention.confidence()), m.actor(), m.place()));
                continue;
            }
            String named = fullNames.get(mention.text());
            boolean placeLike = mention.type() == EntityType.LOCATION || mention.type() == EntityType.COUNTRY;
            if (placeLike && named != null && !named.equals(mention.text())
                    && !locative.isLocative(annotated.sentences().get(m.sentence()), m.lastToken())) {
                resolved.add(new LinkedMention(m.sentence(), m.firstToken(), m.lastToken(), new Mention(mention.text(),
                        mention.start(), mention.end(), EntityType.PERSON, named, Optional.empty(), Optional.empty(),
                        Optional.empty(), 0.7), Optional.empty(), Optional.empty()));
                continue;
            }
            resolved.add(m);
        }
        return resolved;
    }
    /** A person named in full (two words or more) whom the knowledge base does not know. */
    private static boolean unknownFullName(LinkedMention m) {
        return m.mention().type() == EntityType.PERSON && m.actor().isEmpty() && m.mention().canonical().contains(" ");
    }
    /** The ends of the article's full person names ("Alloush", "Suu Kyi", "Maliki" of "al-Maliki"), each to its name. */
    private Map<String, String> fullNames(List<LinkedMention> mentions) {
        Map<String, String> fullNames = new HashMap<>();
        for (LinkedMention m : mentions) {
            if (unknownFullName(m)) {
                String canonical = m.mention().canonical();
                for (int space = canonical.indexOf(' '); space >= 0; space = canonical.indexOf(' ', space + 1)) {
                    String rest = canonical.substring(space + 1);
                    fullNames.merge(rest, canonical, (a, b) -> a.length() >= b.length() ? a : b);
                    // "Maliki" after "Nouri al-Maliki": the surname without its joined particle
                    int hyphen = rest.indexOf('-');
                    if (hyphen > 0 && hyphen + 1 < rest.length()
                            && pack.has(WordList.NAME_PARTICLES, rest.substring(0, hyphen).toLowerCase(Locale.ROOT))) {
                        fullNames.merge(rest.substring(hyphen + 1), canonical,
                                (a, b) -> a.length() >= b.length() ? a : b);
                    }
                }
            }
        }
        return fullNames;
    }
    /**
     * "“…,” Ban said" after "Ban Ki-moon", "Holder urged" after "Eric Holder": a capitalised word standing alone that
     * the NER left untagged is the article's person whose full name ends in it. A word inside a longer name ("The
     * Hague", "Ban Ki-moon" itself) is not; and the word must act, a verb following it as its subject's does, for
     * a capitalised common word ("Airstrikes on the village" after a headline glued as "… Assad Airstrikes") is
     * no name.
     */
    private static List<LinkedMention> untaggedSurnames(Annotated annotated, Map<String, String> fullNames,
                                                        List<LinkedMention> mentions) {
        if (fullNames.isEmpty()) {
            return mentions;
        }
        List<LinkedMention> found = new ArrayList<>(mentions);
        for (Sentence sentence : annotated.sentences()) {
            List<Token> tokens = sentence.tokens();
            boolean[] covered = LinkedMention.covered(mentions, sentence);
            for (Token token : tokens) {
                int i = token.index();
                String full = fullNames.get(token.word());
                // capitalised, not necessarily tagged a proper noun: "Holder urged" opens its sentence as a noun
                if (full == null || covered[i] || !Character.isUpperCase(token.word().charAt(0))
                        || !token.ner().equals("O")
                        || i > 0 && (tokens.get(i - 1).isProperNoun() || tokens.get(i - 1).pos().equals("DT"))
                        || i + 1 < tokens.size() && tokens.get(i + 1).isProperNoun()
                        || !actsNext(tokens, i)) {
                    continue;
                }
                found.add(new LinkedMention(sentence.index(), i, i, new Mention(token.word(), token.begin(),
                        token.end(), EntityType.PERSON, full, Optional.empty(), Optional.empty(), Optional.empty(),
                        SURNAME_CONFIDENCE), Optional.empty(), Optional.empty()));
            }
        }
        found.sort(Comparator.comparingInt((LinkedMention m) -> m.mention().start()));
        return found;
    }
    /** Whether a verb follows the word, an adverb apart ("Hague also says"): the name acts, as a subject does. */
    private static boolean actsNext(List<Token> tokens, int word) {
        int next = word + 1;
        if (next < tokens.size() && tokens.get(next).pos().startsWith("RB")) {
            next++;
        }
        return next < tokens.size() && tokens.get(next).isVerb();
    }
}
