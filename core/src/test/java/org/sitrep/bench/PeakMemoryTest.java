package org.sitrep.bench;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class PeakMemoryTest {
    @Test
    void residentPeakCoversWhatTheProcessHoldsNow() throws Exception {
        Path status = Path.of("/proc/self/status");
        assumeTrue(Files.isReadable(status), "no /proc here: the resident set is read on Linux only");
        long peak = PeakMemory.residentPeakBytes();
        long now = Files.readAllLines(status).stream().filter(line -> line.startsWith("VmRSS:"))
                .mapToLong(line -> Long.parseLong(line.replaceAll("\\D", "")) * 1024).findFirst().orElseThrow();
        assertTrue(now > 10L << 20, "a JVM holds more than 10 MB: " + now);
        assertTrue(peak >= now - (1 << 20), "peak " + peak + " below the current resident set " + now);
    }

    @Test
    void residentPeakCountsMemoryWrittenAfterARestart() {
        assumeTrue(PeakMemory.resetResident(), "this system does not let a process restart its high-water mark");
        byte[][] ballast = new byte[64][];
        for (int i = 0; i < ballast.length; i++) {
            ballast[i] = new byte[1 << 20];
            java.util.Arrays.fill(ballast[i], (byte) i);
        }
        long withBallast = PeakMemory.residentPeakBytes();
        assertTrue(withBallast > 64L << 20, "the 64 MB written count: " + withBallast);
    }
}
