package org.sitrep.time;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the amount of a duration or an offset: figures ("1,500", "2.5", "5 1/2") or number words ("twenty-four",
 * "a few", "two and a half").
 */
final class Amounts {
    private static final Pattern FRACTION = Pattern.compile("(\\d+)[ _\u00a0]([1-9])/([1-9])"); // "5 1/2" is one token
    private static final Pattern AND_A_HALF = Pattern.compile("(.+) and a half");
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
        Matcher fraction = FRACTION.matcher(text);
        if (fraction.matches()) { // "5 1/2"
            BigDecimal whole = new BigDecimal(fraction.group(1));
            BigDecimal part = new BigDecimal(fraction.group(2)).divide(new BigDecimal(fraction.group(3)), 4,
                    RoundingMode.HALF_UP);
            return Optional.of(whole.add(part).stripTrailingZeros().toPlainString());
        }
        Matcher andAHalf = AND_A_HALF.matcher(text);
        if (andAHalf.matches()) { // "two and a half"
            return read(andAHalf.group(1)).filter(a -> a.matches("\\d+"))
                    .map(a -> new BigDecimal(a).add(new BigDecimal("0.5")).toPlainString());
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
