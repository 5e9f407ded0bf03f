package org.sitrep.arabic;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.sitrep.model.Actor.ActorKind;
import org.sitrep.model.EntityType;
import org.sitrep.model.Mention;

/**
 * Finds persons the knowledge base lacks by the cues of {@code person-cues.tsv}, without a tagger: the name after a
 * title and its complement ("وقال مدير مكتب الإغاثة في الأردن سامر بن خالد العتيبي"), the name between "عن" and a
 * speech verb ("نقل عن حداد قوله"), and the name right after a speech verb that a particle or a mark ends ("وقال
 * أوغلو إن"). A name starts at a given name or, after a title, at the first word past a definite one ("المرصد رامي
 * عبدالرحمن"); it runs over name words up to a particle, a preposition, a known name or a mark. Immutable;
 * thread-safe.
 */
public final class PersonFinder {
    private static final String PUNCTUATION = "«»“”\"،,:;؛()[].!?؟—–-/";
    private static final String ARTICLE = "ال";
    private static final String CONJUNCTION = "و";
    private static final String TO = "ل";
    private final Map<String, Set<String>> words;
    private final Set<String> titles;
    private final Set<String> speech;
    private final Clitics clitics;
    private final int titleWords;
    private final int complement;
    private final int longestName;

    private PersonFinder(Map<String, Set<String>> words, Set<String> speech, Clitics clitics, int complement,
                         int longestName) {
        this.words = Map.copyOf(words);
        this.titles = words.getOrDefault("title", Set.of());
        this.speech = Set.copyOf(speech);
        this.clitics = clitics;
        this.titleWords = titles.stream().mapToInt(t -> t.split(" ").length).max().orElse(1);
        this.complement = complement;
        this.longestName = longestName;
    }

    /** Loads the cues and speech verbs of the pack. */
    public static PersonFinder load(ArabicPack pack) {
        Map<String, Set<String>> words = new HashMap<>();
        for (String[] row : ArabicPack.rows("person-cues.tsv")) {
            Set<String> forms = words.computeIfAbsent(row[0].strip(), k -> new HashSet<>());
            for (String form : row[1].split("\\|")) {
                forms.add(pack.normalizer().normalize(form.strip()));
            }
        }
        words.replaceAll((kind, forms) -> Set.copyOf(forms));
        return new PersonFinder(words, SpeechVerbs.load(pack).forms(), pack.clitics(),
                pack.setting("person_complement"), pack.setting("person_longest_name"));
    }

    /**
     * Whether the speech verb at {@code verb} has no subject of its own: what follows it is a mark, a particle, a
     * preposition or nothing ("وأضاف في تصريح", "وقال إن", "ويضيف لـ«الشرق الأوسط»"), so its speaker is one named
     * before; a noun after it ("وقال مصدر", "ويرى المصدر") is a subject, named or not.
     */
    public boolean subjectless(Sentence sentence, String text, int verb) {
        Reading r = new Reading(sentence.tokens(), text, List.of());
        int next = verb + 1;
        return next >= r.size() || r.boundary(next) || is(r, next, "end") || is(r, next, "preposition")
                || withArticle(r, next) || speechVerb(r, next)
                || toWhom(r, next);
    }

    /**
     * How far a speech verb's subject may be sought after it: up to the first mark, particle or preposition
     * ("مشيرا إلى أن جبهة النصرة …": what follows إلى أن is what was said, not who said it).
     */
    public int subjectReach(Sentence sentence, String text, int verb) {
        Reading r = new Reading(sentence.tokens(), text, List.of());
        for (int k = verb + 1; k < r.size(); k++) {
            if (r.boundary(k) || is(r, k, "end") || is(r, k, "preposition")) {
                return k;
            }
        }
        return r.size();
    }

    /** Whether a speech verb's subject is an unnamed source right after it ("وقال مصدر", "كشف مصدر في …"). */
    public boolean unnamedSubject(Sentence sentence, String text, int verb) {
        Reading r = new Reading(sentence.tokens(), text, List.of());
        int next = verb + 1;
        return next < r.size() && !r.boundary(next) && is(r, next, "unnamed");
    }

    /** The persons named in a sentence that none of its known names covers, left to right. */
    public List<Person> find(Sentence sentence, String text, List<Name> known) {
        Reading reading = new Reading(sentence.tokens(), text, known);
        List<Person> persons = new ArrayList<>();
        int i = 0;
        while (i < reading.size()) {
            int at = i;
            Optional<Person> found = titled(reading, at).or(() -> sourced(reading, at))
                    .or(() -> subject(reading, at));
            if (found.isPresent()) {
                persons.add(found.get());
                i = found.get().last() + 1;
            } else {
                i++;
            }
        }
        return persons;
    }

    /** A title at {@code i}, its complement, then a name. */
    private Optional<Person> titled(Reading r, int i) {
        int cueEnd = titleEnd(r, i);
        if (cueEnd < 0) {
            return Optional.empty();
        }
        boolean anchor = definite(r, cueEnd);
        for (int j = cueEnd + 1; j < r.size() && j <= cueEnd + complement; j++) {
            if (r.boundary(j) || is(r, j, "end") || speechVerb(r, j)) {
                return Optional.empty();
            }
            Name name = r.known[j];
            if (name != null) {
                if (name.actor().filter(a -> a.kind() == ActorKind.PERSON).isPresent()) {
                    return Optional.empty(); // the knowledge base names this one
                }
                anchor = true;
                j = name.last();
                continue;
            }
            int inner = titleEnd(r, j);
            if (inner >= 0) {
                anchor = true; // a title within the complement: "المنسق الإقليمي للبرنامج الدكتور ماهر …"
                j = inner;
                continue;
            }
            if (is(r, j, "notname") || withArticle(r, j)) {
                anchor = false;
                continue;
            }
            if (definite(r, j)) {
                anchor = true;
                continue;
            }
            if (given(r, j) || (anchor && !verbLike(r, j) && !prefixed(r, j))) {
                Optional<Person> person = name(r, i, j);
                if (person.isPresent()) {
                    return person;
                }
            }
            anchor = false;
        }
        return Optional.empty();
    }

    /**
     * "عن" at {@code i}, a name, then a speech verb within reach, a title between allowed ("نقل عن حداد قوله", "عن
     * نبيل حداد المتحدث باسم الهيئة قوله").
     */
    private Optional<Person> sourced(Reading r, int i) {
        int j = i + 1;
        if (!is(r, i, "source") || j >= r.size() || !nameWord(r, j) || definite(r, j)
                || (!given(r, j) && (verbLike(r, j) || prefixed(r, j)))) {
            return Optional.empty();
        }
        int k = j;
        while (k + 1 < r.size() && k + 1 - j < longestName && laterNameWord(r, k + 1)) {
            k++;
        }
        while (k > j && is(r, k, "link")) {
            k--;
        }
        for (int v = k + 1; v < r.size() && v <= k + complement; v++) {
            if (r.boundary(v)) {
                return Optional.empty();
            }
            if (speechVerb(r, v)) {
                return is(r, k, "link") ? Optional.empty() : Optional.of(person(r, i, j, k));
            }
        }
        return Optional.empty();
    }

    /** A speech verb at {@code i} and right after it a name that a mark, particle or preposition ends. */
    private Optional<Person> subject(Reading r, int i) {
        int j = i + 1;
        if (!speechVerb(r, i) || j >= r.size() || !nameWord(r, j) || definite(r, j)
                || (!given(r, j) && (verbLike(r, j) || prefixed(r, j)))) {
            return Optional.empty();
        }
        boolean firstGiven = given(r, j);
        int k = j;
        while (k + 1 < r.size() && k + 1 - j < longestName && laterNameWord(r, k + 1)
                && (firstGiven || !definite(r, k + 1) || is(r, k, "link"))) {
            k++;
        }
        int next = k + 1;
        // a title may follow as apposition: "وقال نبيل حداد المتحدث باسم الهيئة"
        boolean ended = next == r.size() || r.boundary(next) || is(r, next, "end") || withArticle(r, next)
                || titleEnd(r, next) >= 0 || is(r, next, "preposition") || toWhom(r, next);
        return ended && !is(r, k, "link") ? Optional.of(person(r, j, j, k)) : Optional.empty();
    }

    /** The name starting at {@code j}: name words up to the longest, links not last; one word only if given. */
    private Optional<Person> name(Reading r, int cue, int j) {
        if (!nameWord(r, j)) {
            return Optional.empty();
        }
        int k = j;
        while (k + 1 < r.size() && k + 1 - j < longestName && !surnameEnds(r, k) && (laterNameWord(r, k + 1)
                || (is(r, k, "link") && placeWord(r, k + 1)))) {
            k++;
        }
        if (k + 1 < r.size() && !r.boundary(k + 1) && r.known[k + 1] != null
                && r.known[k + 1].actor().filter(a -> a.kind() == ActorKind.PERSON).isPresent()) {
            return Optional.empty(); // the first name of one the knowledge base knows ("ستافان دي ميستورا")
        }
        while (k > j && is(r, k, "link")) {
            k--;
        }
        if (is(r, k, "link") || (k == j && !given(r, j))) {
            return Optional.empty();
        }
        return Optional.of(person(r, cue, j, k));
    }

    private static Person person(Reading r, int cue, int first, int last) {
        Token a = r.tokens.get(first);
        Token b = r.tokens.get(last);
        String name = r.text.substring(a.start(), b.end());
        return new Person(cue, first, last, new Mention(name, a.start(), b.end(), EntityType.PERSON, name,
                Optional.empty(), Optional.empty(), Optional.empty(), 0.6));
    }

    /** Whether the word may be part of a name: no mark before it, not known, no particle, title or speech verb. */
    private boolean nameWord(Reading r, int k) {
        return !r.boundary(k) && r.known[k] == null && !is(r, k, "end") && !is(r, k, "notname")
                && !speechVerb(r, k) && !withArticle(r, k) && titleEnd(r, k) < 0
                && r.tokens.get(k).normal().length() > 1
                && r.tokens.get(k).normal().codePoints().allMatch(Character::isLetter);
    }

    /**
     * Whether the name ends with the word at {@code k}: a definite word not bound to a link before it is a family
     * name, and what follows it is no longer the name ("عبد الكريم السالم الموقف" ends at السالم; "عبد الله الثاني"
     * runs on past الله).
     */
    private boolean surnameEnds(Reading r, int k) {
        return definite(r, k) && (k == 0 || !is(r, k - 1, "link"));
    }

    /** A word that may continue a name: a name word not joined on by "و" unless a given name ("وأبو همام"). */
    private boolean laterNameWord(Reading r, int k) {
        return nameWord(r, k) && (given(r, k) || !r.tokens.get(k).normal().startsWith(CONJUNCTION));
    }

    /** A one-word known place after a link: a father's name that is also a village's ("بن علي"). */
    private static boolean placeWord(Reading r, int k) {
        Name name = r.known[k];
        return !r.boundary(k) && name != null && name.first() == k && name.last() == k && name.actor().isEmpty();
    }

    /** Whether the word says to whom something was said: "لـ«الشرق الأوسط»", "لوكالة". */
    private boolean toWhom(Reading r, int k) {
        String normal = r.tokens.get(k).normal();
        return normal.equals(TO) || (prefixed(r, k) && !given(r, k) && normal.startsWith(TO));
    }

    /** Whether the word may carry a proclitic ("بولاية", "لفترة"): a name not known as given does not start so. */
    private boolean prefixed(Reading r, int k) {
        return clitics.variants(r.tokens.get(k).normal()).size() > 1;
    }

    /** The last token of the title starting at {@code i}, or -1. */
    private int titleEnd(Reading r, int i) {
        for (int n = Math.min(titleWords, r.size() - i); n >= 1; n--) {
            StringBuilder rest = new StringBuilder();
            for (int k = i + 1; k < i + n; k++) {
                if (r.boundary(k)) {
                    rest = null;
                    break;
                }
                rest.append(' ').append(r.tokens.get(k).normal());
            }
            if (rest == null) {
                continue;
            }
            for (String first : clitics.variants(r.tokens.get(i).normal())) {
                if (titles.contains(first + rest)) {
                    return i + n - 1;
                }
            }
        }
        return -1;
    }

    private boolean is(Reading r, int k, String kind) {
        Set<String> set = words.getOrDefault(kind, Set.of());
        return clitics.variants(r.tokens.get(k).normal()).stream().anyMatch(set::contains);
    }

    private boolean given(Reading r, int k) {
        return words.getOrDefault("given", Set.of()).contains(r.tokens.get(k).normal());
    }

    private boolean speechVerb(Reading r, int k) {
        return clitics.variants(r.tokens.get(k).normal()).stream().anyMatch(speech::contains);
    }

    /** Whether the word has the article itself ("المرصد"). */
    private static boolean definite(Reading r, int k) {
        return r.tokens.get(k).normal().startsWith(ARTICLE);
    }

    /** Whether the word is a proclitic before the article ("للصحفيين", "والمعارضة"): not part of a name. */
    private boolean withArticle(Reading r, int k) {
        String normal = r.tokens.get(k).normal();
        return !normal.startsWith(ARTICLE) && clitics.variants(normal).stream().skip(1)
                .anyMatch(v -> v.startsWith(ARTICLE));
    }

    private boolean verbLike(Reading r, int k) {
        String normal = r.tokens.get(k).normal();
        return words.getOrDefault("verbprefix", Set.of()).stream().anyMatch(normal::startsWith);
    }

    /** A sentence's tokens with the known name covering each, and the text between tokens. */
    private static final class Reading {
        final List<Token> tokens;
        final String text;
        final Name[] known;

        Reading(List<Token> tokens, String text, List<Name> names) {
            this.tokens = tokens;
            this.text = text;
            this.known = new Name[tokens.size()];
            for (Name name : names) {
                for (int k = name.first(); k <= name.last(); k++) {
                    known[k] = name;
                }
            }
        }

        int size() {
            return tokens.size();
        }

        /** Whether a mark stands between token {@code k - 1} and token {@code k}. */
        boolean boundary(int k) {
            if (k == 0) {
                return false;
            }
            for (int c = tokens.get(k - 1).end(); c < tokens.get(k).start(); c++) {
                if (PUNCTUATION.indexOf(text.charAt(c)) >= 0) {
                    return true;
                }
            }
            return false;
        }
    }
}
