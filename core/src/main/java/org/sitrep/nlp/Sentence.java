package org.sitrep.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** One sentence: its tokens, dependency parse and time expressions; offsets index the article text. */
public record Sentence(int index, int begin, int end, String text, List<Token> tokens, List<Dependency> dependencies,
                       List<TimexMention> timexes) {
    public Sentence {
        tokens = List.copyOf(tokens);
        dependencies = Dependencies.of(dependencies);
        timexes = List.copyOf(timexes);
    }

    /** Whether the character span [start, end) lies inside this sentence. */
    public boolean covers(int start, int end) {
        return start >= begin && end <= this.end;
    }

    /** Whether the parser ran on this sentence (a parsed sentence has at least its root). */
    public boolean parsed() {
        return !dependencies.isEmpty();
    }

    /** The index of the parse's root token; none where the sentence was not parsed. */
    public Optional<Integer> root() {
        return dependencies.stream().filter(d -> d.governor() < 0).map(Dependency::dependent).findFirst();
    }

    /** Dependents of a token, in sentence order. */
    public List<Dependency> children(int governor) {
        int[] positions = indexed().ofGovernor(governor);
        List<Dependency> children = new ArrayList<>(positions.length);
        for (int p : positions) {
            children.add(dependencies.get(p));
        }
        return children;
    }

    /** Dependents of a token whose relation starts with the given prefix (e.g. "obl" matches "obl:tmod"). */
    public List<Token> children(int governor, String relationPrefix) {
        List<Token> found = new ArrayList<>();
        for (int p : indexed().ofGovernor(governor)) {
            Dependency dependency = dependencies.get(p);
            if (dependency.relation().startsWith(relationPrefix)) {
                found.add(tokens.get(dependency.dependent()));
            }
        }
        return found;
    }

    /** The dependency that attaches a token to its head. */
    public Optional<Dependency> head(int dependent) {
        int p = indexed().ofDependent(dependent);
        return p < 0 ? Optional.empty() : Optional.of(dependencies.get(p));
    }

    /** Whether a modal auxiliary (the tag set's MD) stands on the verb: "would continue", "should prepare". */
    public boolean hasModal(int verb) {
        return children(verb, "aux").stream().anyMatch(t -> t.pos().equals("MD"));
    }

    private Dependencies indexed() {
        return (Dependencies) dependencies; // the compact constructor makes it so
    }

    /** The token and all tokens below it, as a sorted range of indices [first, last]. */
    public int[] subtreeRange(int root) {
        int first = root;
        int last = root;
        List<Integer> stack = new ArrayList<>(List.of(root));
        boolean[] seen = new boolean[tokens.size()];
        while (!stack.isEmpty()) {
            int current = stack.remove(stack.size() - 1);
            if (seen[current]) {
                continue;
            }
            seen[current] = true;
            first = Math.min(first, current);
            last = Math.max(last, current);
            for (Dependency child : children(current)) {
                stack.add(child.dependent());
            }
        }
        return new int[] {first, last};
    }
}
