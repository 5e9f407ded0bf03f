package org.sitrep.time;

import java.math.BigDecimal;
import java.util.Optional;

/** Reads the amount of a duration or an offset: figures ("1,500", "2.5") or number words ("twenty-four", "a few"). */
final class Amounts {
    private final TimeWords words;

    Amounts(TimeWords words) {
        this.words = words;
    }

    /** The amount as TIMEX3 writes it: an integer, a decimal, or X when vague ("several"); none if unreadable. */
    Optional<String> read(String phrase) {
        String text = phrase.strip();
        if (text.matches("\\d{1,3}(,\\d{3})+|\\d+(\\.\\d+)?")) {
            return Optional.of(new BigDecimal(text.replace(",", "")).stripTrailingZeros().toPlainString());
        }
        Optional<String> whole = words.value("VAGUE", text).or(() -> words.value("NUMBER", text));
        if (whole.isPresent()) {
            return whole;
        }
        // "twenty four", "twenty-four", "two hundred": tens and units add, a hundred multiplies.
        long total = 0;
        for (String part : text.split("[ -]")) {
            Optional<String> value = words.value("NUMBER", part);
            if (value.isEmpty() || value.get().contains(".")) {
                return Optional.empty();
            }
            long n = Long.parseLong(value.get());
            total = n == 100 && total > 0 ? total * 100 : total + n;
        }
        return Optional.of(Long.toString(total));
    }

    /** The amount as a whole number, if it is one. */
    Optional<Long> whole(String phrase) {
        return read(phrase).filter(a -> a.matches("\\d+")).map(Long::parseLong);
    }
}
